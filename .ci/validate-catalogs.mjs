// Validates the two machine-readable catalogs a running OpenDetainers instance publishes:
//   GET /v1/data.json         DCAT-US 1.1 (Project Open Data) catalog, against the committed
//                             non-federal schema in schemas/dcat-us-1.1/non-federal-v1.1/ (no network)
//   GET /v1/datapackage.json  Frictionless Data Package (tabular-data-package): descriptor, then every
//                             resource's bytes (size, hash) and every row cast against its Table Schema
//                             (types, constraints, primary key / unique, foreign keys).
// Usage: node .ci/validate-catalogs.mjs BASE_URL     e.g. http://localhost:18080
// Exit 0 when both are valid, 1 on any validation error, 2 on a usage error.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const { Package } = require('datapackage');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = join(ROOT, 'schemas', 'dcat-us-1.1', 'non-federal-v1.1');

let failures = 0;
function fail(where, message) {
  failures += 1;
  console.error(`FAIL ${where}: ${message}`);
}

async function fetchOk(url) {
  let res;
  try {
    res = await fetch(url, { redirect: 'manual' });
  } catch (e) {
    throw new Error(`GET ${url}: ${e.cause ? e.cause.code || e.cause.message : e.message}`);
  }
  if (res.status !== 200) throw new Error(`GET ${url} -> HTTP ${res.status}`);
  return res;
}

async function fetchJson(url) {
  const res = await fetchOk(url);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`GET ${url}: not JSON (${e.message})`);
  }
}

// ---------------------------------------------------------------- DCAT-US (data.json)

function dcatValidator() {
  // The POD schemas are draft-04 (`id`, not `$id`), and their patterns use identity escapes
  // such as `\:` and `\~` that are only legal without the regexp `u` flag.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const load = (f) => JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8'));
  ajv.addSchema(load('dataset-non-federal.json'));
  return ajv.compile(load('catalog.json'));
}

async function checkDataJson(base) {
  const url = `${base}/v1/data.json`;
  let doc;
  try {
    doc = await fetchJson(url);
  } catch (e) {
    fail('data.json', e.message);
    return;
  }
  const validate = dcatValidator();
  if (!validate(doc)) {
    for (const err of validate.errors) {
      const extra = err.params && Object.keys(err.params).length ? ` ${JSON.stringify(err.params)}` : '';
      fail('data.json', `${err.instancePath || '/'} ${err.message}${extra} (schema ${err.schemaPath})`);
    }
    return;
  }
  // Not in the schema but harvesters rely on it: identifiers unique within the catalog.
  const ids = new Map();
  doc.dataset.forEach((d, i) => {
    if (ids.has(d.identifier)) fail('data.json', `/dataset/${i}/identifier "${d.identifier}" repeats /dataset/${ids.get(d.identifier)}`);
    else ids.set(d.identifier, i);
  });
  const distributions = doc.dataset.reduce((n, d) => n + (Array.isArray(d.distribution) ? d.distribution.length : 0), 0);
  console.log(`ok data.json: ${doc.dataset.length} datasets, ${distributions} distributions (DCAT-US 1.1 non-federal schema)`);
}

// ---------------------------------------------------------------- Data Package (datapackage.json)

function expectedDigest(hash) {
  // Frictionless v1: "<algorithm>:<hex>", or a bare 32-hex md5.
  const m = /^([^:]+):([0-9a-fA-F]+)$/.exec(hash);
  if (m) return { algorithm: m[1].toLowerCase(), hex: m[2].toLowerCase() };
  if (/^[0-9a-fA-F]{32}$/.test(hash)) return { algorithm: 'md5', hex: hash.toLowerCase() };
  return null;
}

function describe(error) {
  const parts = [error.message];
  if (error.rowNumber && !/\brow \d/i.test(error.message)) parts.push(`(row ${error.rowNumber})`);
  for (const e of error.errors || []) {
    parts.push(`\n    - ${e.message}${e.rowNumber && !/\brow \d/i.test(e.message) ? ` (row ${e.rowNumber})` : ''}${e.columnNumber ? ` (column ${e.columnNumber})` : ''}`);
  }
  return parts.join(' ');
}

async function checkBytes(resource, where) {
  const desc = resource.descriptor;
  const res = await fetchOk(resource.source);
  const body = Buffer.from(await res.arrayBuffer());
  if (desc.bytes !== undefined && desc.bytes !== body.length) {
    fail(where, `bytes ${desc.bytes} declared, ${body.length} served by ${resource.source}`);
  }
  if (desc.hash !== undefined) {
    const want = expectedDigest(desc.hash);
    if (!want) {
      fail(where, `hash "${desc.hash}" is neither "<algorithm>:<hex>" nor a 32-hex md5`);
    } else {
      let got;
      try {
        got = createHash(want.algorithm).update(body).digest('hex');
      } catch {
        fail(where, `hash algorithm "${want.algorithm}" is not supported`);
        return;
      }
      if (got !== want.hex) fail(where, `${want.algorithm} ${want.hex} declared, ${got} served by ${resource.source}`);
    }
  }
}

function checkForeignKeyTargets(pkg, resource, where) {
  // tableschema silently skips a foreign key whose reference.resource it cannot find, so check the
  // targets here: the resource must exist in the package (or be "" = itself) and have the fields.
  const fks = (resource.descriptor.schema && resource.descriptor.schema.foreignKeys) || [];
  let ok = true;
  for (const fk of fks) {
    const refName = fk.reference.resource;
    const target = refName === '' ? resource : pkg.getResource(refName);
    if (!target) {
      fail(where, `foreign key [${fk.fields}] references resource "${refName}", which is not in the package`);
      ok = false;
      continue;
    }
    const refFields = [].concat(fk.reference.fields);
    const have = ((target.descriptor.schema || {}).fields || []).map((f) => f.name);
    const missing = refFields.filter((f) => !have.includes(f));
    if (missing.length) {
      fail(where, `foreign key [${fk.fields}] references ${refName || '(self)'}.[${missing}], not fields of that resource`);
      ok = false;
    }
    if (!target.tabular) {
      fail(where, `foreign key [${fk.fields}] references resource "${refName}", which is not tabular`);
      ok = false;
    }
  }
  return ok;
}

async function checkDataPackage(base) {
  const url = `${base}/v1/datapackage.json`;
  let descriptor;
  try {
    descriptor = await fetchJson(url);
  } catch (e) {
    fail('datapackage.json', e.message);
    return;
  }
  if (descriptor.profile !== 'tabular-data-package') {
    fail('datapackage.json', `profile is ${JSON.stringify(descriptor.profile)}, expected "tabular-data-package"`);
  }
  let pkg;
  try {
    pkg = await Package.load(descriptor, { basePath: url.replace(/\/[^/]*$/, ''), strict: false });
  } catch (e) {
    fail('datapackage.json', describe(e));
    return;
  }
  if (!pkg.valid) {
    for (const e of pkg.errors) fail('datapackage.json', describe(e));
    pkg.resources.forEach((r, i) => {
      for (const e of r.errors) fail(`datapackage.json /resources/${i} (${r.name})`, describe(e));
    });
    return;
  }
  for (const resource of pkg.resources) {
    const where = `resource ${resource.name}`;
    const before = failures;
    if (!resource.remote) fail(where, `path ${JSON.stringify(resource.descriptor.path)} is not an absolute http(s) URL`);
    if (!resource.tabular) fail(where, 'not tabular (profile must be "tabular-data-resource")');
    if (failures > before) continue;
    try {
      await checkBytes(resource, where);
    } catch (e) {
      fail(where, e.message);
      continue;
    }
    if (!checkForeignKeyTargets(pkg, resource, where)) continue;
    let rows;
    try {
      rows = await resource.read({ keyed: true, cast: true, relations: true });
    } catch (e) {
      fail(where, describe(e));
      continue;
    }
    const fieldNames = resource.descriptor.schema.fields.map((f) => f.name);
    const headers = resource.table.headers || [];
    if (JSON.stringify(headers) !== JSON.stringify(fieldNames)) {
      fail(where, `CSV header [${headers}] differs from schema fields [${fieldNames}]`);
      continue;
    }
    if (failures === before) console.log(`ok resource ${resource.name}: ${rows.length} rows`);
  }
  if (failures === 0) console.log(`ok datapackage.json: ${pkg.resources.length} resources`);
}

// ----------------------------------------------------------------

const base = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+/.test(base)) {
  console.error('usage: validate-catalogs BASE_URL   (e.g. http://localhost:18080)');
  process.exit(2);
}
const started = Date.now();
await checkDataJson(base);
await checkDataPackage(base);
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (failures) {
  console.error(`validate-catalogs: ${failures} error(s) in ${secs}s`);
  process.exit(1);
}
console.log(`validate-catalogs: data.json and datapackage.json valid in ${secs}s`);
