// npm run verify -- FILE.json [--key PUBKEY]: re-checks a Gauge JSON export; exits 1 on any mismatch.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyExport } from './verifyExport.ts';

const { values, positionals } = parseArgs({ options: { key: { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("usage: npm run verify -- FILE.json [--key PUBKEY]   (PUBKEY: the server's results key, GET /api/keys)");
  process.exit(2);
}
let document: unknown;
try {
  document = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`cannot read ${file}: ${String(error)}`);
  process.exit(2);
}
const checks = verifyExport(document, values.key);
for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}: ${check.detail}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(failed ? `${failed} check(s) failed` : 'all checks passed');
process.exit(failed ? 1 : 0);
