// Self-test of .ci/validate-catalogs.mjs without the Java service: serves the fixtures in
// .ci/fixtures/catalogs/ (valid, then broken in one way per case) from a throwaway HTTP server on
// 127.0.0.1 and checks the validator's exit code and message for each case.
//
// Fixture templating: "localhost:PORT" becomes the server's 127.0.0.1:<port>; in datapackage.json.in
// "@<file>:bytes@" and "@<file>:sha256@" become the size and SHA-256 of the served <file>.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures', 'catalogs');
const VALIDATOR = join(HERE, 'validate-catalogs.mjs');

function fixtureFiles() {
  const files = {};
  for (const name of readdirSync(FIXTURES)) files[name] = readFileSync(join(FIXTURES, name), 'utf8');
  return files;
}

function render(files, port) {
  const host = `127.0.0.1:${port}`;
  const out = {};
  for (const [name, text] of Object.entries(files)) {
    let body = text.replaceAll('localhost:PORT', host);
    if (name.endsWith('.in')) {
      body = body.replace(/@([^@:]+):(bytes|sha256)@/g, (_, file, what) => {
        const data = Buffer.from(files[file], 'utf8');
        return what === 'bytes' ? String(data.length) : createHash('sha256').update(data).digest('hex');
      });
    }
    out[name.replace(/\.in$/, '')] = body;
  }
  return out;
}

function serve(files) {
  return new Promise((resolve) => {
    let rendered;
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const name = path === '/v1/data.json' || path === '/v1/datapackage.json' ? path.slice(4)
        : path.startsWith('/v1/data/') ? path.slice('/v1/data/'.length) : null;
      if (name === null || !(name in rendered)) {
        res.writeHead(404).end('not found');
        return;
      }
      const type = name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
      res.writeHead(200, { 'content-type': type }).end(rendered[name]);
    });
    server.listen(0, '127.0.0.1', () => {
      rendered = render(files, server.address().port);
      resolve(server);
    });
  });
}

function runValidator(base) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VALIDATOR, base], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const edit = (name, from, to) => (files) => {
  if (!files[name].includes(from)) throw new Error(`fixture ${name} has no "${from}"`);
  files[name] = files[name].replace(from, to);
};

const cases = [
  { name: 'valid fixtures pass', mutate: () => {}, code: 0, expect: /ok resource figures: 3 rows/ },
  {
    name: 'data.json without accessLevel fails',
    mutate: edit('data.json', '"accessLevel": "public",', ''),
    code: 1,
    expect: /data\.json: \/dataset\/0 must have required property 'accessLevel'/,
  },
  {
    name: 'non-integer in an integer column fails',
    mutate: edit('figures.csv', 'f2,2024-01,7,', 'f2,2024-01,seven,'),
    code: 1,
    expect: /resource figures: .*\n.*detained.*(row 4)?/,
  },
  {
    name: 'wrong sha256 fails',
    mutate: edit('datapackage.json.in', 'sha256:@figures.csv:sha256@', `sha256:${'0'.repeat(64)}`),
    code: 1,
    expect: /resource figures: sha256 0{64} declared, [0-9a-f]{64} served/,
  },
  {
    name: 'foreign key value absent from the referenced resource fails',
    mutate: edit('figures.csv', 'f2,2024-01,7,', 'f9,2024-01,7,'),
    code: 1,
    expect: /resource figures: Foreign key "facility_id" violation in row 4/,
  },
  {
    name: 'duplicate primary key fails',
    mutate: edit('figures.csv', 'f1,2024-02,,', 'f1,2024-01,,'),
    code: 1,
    expect: /resource figures: Row 3 has an unique constraint violation in column "facility_id, month"/,
  },
  {
    name: 'foreign key to a resource not in the package fails',
    mutate: edit('datapackage.json.in', '"resource": "facilities"', '"resource": "facility"'),
    code: 1,
    expect: /references resource "facility", which is not in the package/,
  },
  {
    name: 'bad resource name fails',
    mutate: edit('datapackage.json.in', '"name": "figures"', '"name": "Figures"'),
    code: 1,
    expect: /resources\/1\/name.*in descriptor/s,
  },
];

let passed = 0;
let failed = 0;
for (const c of cases) {
  const files = fixtureFiles();
  c.mutate(files);
  const server = await serve(files);
  const { code, out } = await runValidator(`http://127.0.0.1:${server.address().port}`);
  server.close();
  if (process.env.SELFTEST_VERBOSE) console.log(out.replace(/^/gm, "     | "));
  if (code === c.code && c.expect.test(out)) {
    passed += 1;
    console.log(`ok   ${c.name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${c.name}: exit ${code} (want ${c.code}), output:\n${out.replace(/^/gm, '     | ')}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
