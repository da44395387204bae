// Calls every GET operation of the OpenAPI document through the generated TypeScript client
// (typescript-fetch), compiled with tsc together with it.
//   node check.js SPEC_JSON BASE_URL
// Path parameters come from the first row of the listing above the path; enumerated ones are
// tried with each value; an operation with date parameters is called once more with each set to
// its example. A JSON answer must come back as an object holding as many non-null values
// as the service sent, each under its typed (camelCase) name, timestamps as Date objects (nothing
// dropped or left undefined); a download as a Blob with the file's bytes. Prints one line per call and 'N passed, N failed'; exits 1 on any failure.
import * as client from './client/index';

declare const process: { argv: string[]; exitCode: number };
declare function require(name: string): any;

const fs = require('fs');
const [specPath, baseArg] = process.argv.slice(2);
const base = baseArg.replace(/\/$/, '');
const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
const configuration = new client.Configuration({ basePath: base });

function apiOf(tag: string): any {
  const name = tag.split(/[^A-Za-z0-9]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') + 'Api';
  const Api = (client as any)[name];
  if (!Api) throw new Error(`no class ${name} in the client`);
  return new Api(configuration);
}

function leaves(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leaves(v), 0);
  if (typeof value === 'object') return Object.values(value as object).reduce((n: number, v) => n + leaves(v), 0);
  return 1;
}

// the generator's names: snake_case to camelCase, a leading '@' dropped (JSON-LD's '@type' is 'type')
const camel = (name: string) => name.replace(/^@/, '').replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function resolve(schema: any): any {
  while (schema) {
    if (schema.$ref) schema = spec.components.schemas[schema.$ref.split('/').pop()];
    else if (schema.allOf?.length === 1) schema = schema.allOf[0];
    else if (schema.anyOf) schema = schema.anyOf.find((s: any) => s.type !== 'null');
    else return schema;
  }
  return schema;
}

/**
 * Walks what the service sent beside what the client made of it, by the spec's schema: every
 * property sent must be there under its typed (camelCase) name, every date a Date. Returns the
 * first difference, or null.
 */
function differs(sent: any, typed: any, schema: any, at: string): string | null {
  schema = resolve(schema);
  if (sent === null || sent === undefined || !schema) return null;
  if (typed === undefined || typed === null) return `${at} is ${typed}, the service sent ${JSON.stringify(sent).slice(0, 60)}`;
  if (schema.format === 'date-time') {
    return typed instanceof Date ? null : `${at} is a ${typeof typed}, not a Date`;
  }
  if (schema.format === 'date') {
    // a day, kept as its 'YYYY-MM-DD' string (--type-mappings=date=string): a Date would shift it by the time zone
    return typed === sent ? null : `${at} is ${typed}, not the day sent, ${sent}`;
  }
  if (Array.isArray(sent)) {
    for (let i = 0; i < sent.length; i++) {
      const d = differs(sent[i], typed[i], schema.items, `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (typeof sent === 'object') {
    if (schema.properties) {
      for (const [name, property] of Object.entries(schema.properties)) {
        const d = differs(sent[name], typed[camel(name)], property, `${at}.${camel(name)}`);
        if (d) return d;
      }
    } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      for (const key of Object.keys(sent)) {
        const d = differs(sent[key], typed[key], schema.additionalProperties, `${at}[${key}]`);
        if (d) return d;
      }
    }
  }
  return null;
}

async function raw(path: string): Promise<Uint8Array> {
  const r = await fetch(base + path);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

async function main(): Promise<void> {
  const firstRows = new Map<string, any>();
  let passed = 0;
  let failed = 0;
  const paths = Object.keys(spec.paths).filter((p) => p.startsWith('/v1') && spec.paths[p].get).sort();
  for (const path of paths) {
    const op = spec.paths[path].get;
    let variants: Record<string, string>[] = [{}];
    for (const p of op.parameters ?? []) {
      if (p.in !== 'path') continue;
      const values: string[] = p.schema?.enum ?? (p.name === 'extension' ? ['csv'] : []); // the spec before issue 14 had no enum
      if (values.length > 0) {
        variants = variants.flatMap((v) => values.map((e) => ({ ...v, [p.name]: e })));
      } else {
        const listing = path.slice(0, path.indexOf('/{'));
        if (!firstRows.has(listing)) {
          firstRows.set(listing, JSON.parse(new TextDecoder().decode(await raw(listing))).data[0]);
        }
        variants = variants.map((v) => ({ ...v, [p.name]: firstRows.get(listing)[p.name] }));
      }
    }
    // once more with every date parameter set to its example ('YYYY-MM-DD': generated with --type-mappings=date=string)
    const dates: Record<string, string> = {};
    for (const p of op.parameters ?? []) {
      if (p.in === 'query' && p.schema?.format === 'date') dates[p.name] = p.example;
    }
    const calls: [Record<string, string>, Record<string, string>][] = variants.map((v) => [v, {}]);
    if (Object.keys(dates).length > 0) calls.push([variants[0], dates]);
    let ok = true;
    for (const [args, query] of calls) {
      let urlPath = Object.entries(args).reduce((u, [k, v]) => u.replace(`{${k}}`, v), path);
      if (Object.keys(query).length > 0) urlPath += '?' + new URLSearchParams(query).toString();
      const label = `${op.operationId} ${urlPath}`;
      try {
        const params: Record<string, string> = { ...args };
        for (const [name, value] of Object.entries(query)) params[camel(name)] = value;
        const answer = await apiOf(op.tags[0])[op.operationId](params);
        const body = await raw(urlPath);
        if (answer instanceof Blob) {
          const bytes = new Uint8Array(await answer.arrayBuffer());
          if (bytes.length !== body.length || bytes.some((b, i) => b !== body[i])) {
            throw new Error(`${bytes.length} bytes, not the ${body.length} served`);
          }
        } else {
          const sent = JSON.parse(new TextDecoder().decode(body));
          const typed = leaves(answer);
          if (typed !== leaves(sent)) throw new Error(`the answer holds ${typed} values of the ${leaves(sent)} sent`);
          const d = differs(sent, answer, op.responses['200'].content['application/json'].schema, 'answer');
          if (d) throw new Error(d);
        }
        console.log(`ok   ${label} -> ${answer?.constructor?.name ?? typeof answer}`);
      } catch (e) {
        console.log(`FAIL ${label}: ${e instanceof Error ? e.message : String(e)}`);
        ok = false;
      }
    }
    if (ok) passed++;
    else failed++;
  }
  console.log(`typescript client: ${paths.length} GET operations, each with every value of its enumerated path parameters`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.log(`FAIL ${e}`);
  process.exitCode = 1;
});
