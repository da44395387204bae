// Shows that each custom Spectral rule of .spectral.yaml fails on a spec that breaks it: the
// committed spec is copied, each rule's cause is put back into the copy (one change per rule, the
// shapes that broke generated clients before issue 14), and the copy is linted. Every rule must
// report an error on the copy; the committed spec must give no error.
//   node .ci/spectral-selftest.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const spec = JSON.parse(readFileSync('openapi/openapi.json', 'utf8'));
const paths = spec.paths;
const schemas = spec.components.schemas;
const param = (path, name) => paths[path].get.parameters.find((p) => p.name === name);

const breaks = {
  'ref-stands-alone': () => {
    schemas.Agency.properties.kind = { type: 'string', description: 'Kind of agency.', $ref: '#/components/schemas/AgencyKind' };
  },
  'nullable-ref-is-anyof-with-null': () => {
    schemas.Status.properties.current_release.type = 'object';
  },
  'downloads-are-binary': () => {
    paths['/v1/datasets/{name}.{extension}'].get.responses['200'].content['application/json'].schema = { type: 'array', items: {} };
  },
  'errors-are-problems': () => {
    paths['/admin/imports'].post.responses['401'] = { description: 'No API key given.' };
  },
  'release-reads-declare-404': () => {
    delete paths['/v1/figures'].get.responses['404'];
  },
  'reads-declare-cache-headers': () => {
    delete paths['/v1/agencies'].get.responses['200'].headers.ETag;
  },
  'listings-declare-link': () => {
    delete paths['/v1/sources'].get.responses['200'].headers.Link;
  },
  'objects-declare-required': () => {
    delete schemas.Figure.required;
  },
  'enum-parameters-typed': () => {
    delete param('/v1/figures', 'format').schema.type;
  },
  'date-parameters-have-example': () => {
    param('/v1/figures', 'from').example = '1/1/2017';
  },
  'path-parameters-in-path-order': () => {
    paths['/v1/datasets/{name}.{extension}'].get.parameters.reverse();
  },
  'oas3-unused-component': () => {
    schemas.DisclosureTable = { type: 'object', properties: { dataset: { type: 'string' } }, required: ['dataset'] };
  },
};

function lint(file) {
  let out;
  try {
    out = execFileSync('npx', ['spectral', 'lint', '-q', '-f', 'json', '-r', '.spectral.yaml', file], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // spectral exits 1 when it finds errors
  }
  return JSON.parse(out.slice(out.indexOf('[')));
}

const errors = (results) => new Set(results.filter((r) => r.severity === 0).map((r) => r.code));

const clean = errors(lint('openapi/openapi.json'));
let failed = clean.size > 0 ? 1 : 0;
console.log(clean.size === 0 ? 'ok   the committed spec: no error' : `FAIL the committed spec: ${[...clean].join(', ')}`);

for (const breakIt of Object.values(breaks)) breakIt();
const file = join(mkdtempSync(join(tmpdir(), 'spectral-selftest-')), 'broken.json');
writeFileSync(file, JSON.stringify(spec, null, 2));
const found = errors(lint(file));
let passed = clean.size === 0 ? 1 : 0;
for (const rule of Object.keys(breaks)) {
  if (found.has(rule)) {
    console.log(`ok   ${rule} fails on the broken copy`);
    passed++;
  } else {
    console.log(`FAIL ${rule} does not fail on the broken copy`);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
