// Results that can be proven: a re-hashed log is easy to forge, a signature by the server's
// Ed25519 key is not. Exports in every format carry it; sign-off records it in the log;
// `npm run verify -- FILE.json --key PUBKEY` refuses a forgery and says why.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../../shared/hashChain.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';
import { fold } from '../../shared/reducer.ts';
import { ADMIN_TOKEN, TestServer, liftBody, type Competition, type Json } from './harness.ts';

let server: TestServer;
let c: Competition;
let publicKey: string;
const dir = mkdtempSync(join(tmpdir(), 'gauge-signed-'));

const download = async (format: string): Promise<Buffer> =>
  Buffer.from(await (await fetch(`${server.url}/api/competitions/${c.cid}/export?format=${format}`)).arrayBuffer());

function verifyCli(document: unknown, ...args: string[]): Promise<{ status: number; stdout: string }> {
  const file = join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document));
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'server/cli/verify.ts', file, ...args], { encoding: 'utf8' }, (error, stdout) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout });
    });
  });
}

/** What a forger would do: change a lift, re-hash every event after it, re-fold the standings. */
function forge(document: Json): Json {
  const forged = structuredClone(document);
  const lift = forged.events.find((e: Json) => e.type === 'lift.recorded' && e.data.lift.id === 'h1-2');
  lift.data.lift.dxMm = 0;
  lift.data.lift.dyMm = 0;
  let prev = GENESIS_HASH;
  for (const event of forged.events) {
    event.hash = eventHash(prev, event);
    prev = event.hash;
  }
  forged.lastHash = prev;
  forged.standings = roundStandings(computeStandings(fold(forged.events)!));
  return forged;
}

beforeAll(async () => {
  server = await TestServer.start();
  c = await server.createCompetition('signed', { heats: ['h1'], rule: { protestWindowMin: 0, liftsPerHeat: 2 } });
  await server.heat(c, 'h1', 'start');
  await server.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }));
  await server.lift(c, liftBody('h1', 2, { dxMm: 30, dyMm: 40 })); // dev 50 → 80
  await server.heat(c, 'h1', 'finish', 'confirm');
  publicKey = (await server.api('GET', '/api/keys')).body.results.publicKey;
}, 30_000);
afterAll(() => server.close());

describe('the server key', () => {
  it('is published at /api/keys and /api/health and stays the same after a restart', async () => {
    expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
    expect((await server.api('GET', '/api/health')).body.resultsKey).toBe(publicKey);
    server = await server.restart();
    expect((await server.api('GET', '/api/keys')).body.results).toEqual({ algorithm: 'Ed25519', publicKey });
  });
});

describe('exports carry the signature', () => {
  it('CSV and PDF print the key and the signature beside the last hash', async () => {
    const rows = parseCsv(await download('csv'), { bom: true, relax_column_count: true }) as string[][];
    expect(rows.find((r) => r[0] === 'Signed by key')?.[1]).toBe(publicKey);
    expect(rows.find((r) => r[0] === 'Signature (Ed25519)')?.[1]).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    const file = join(dir, 'results.pdf');
    writeFileSync(file, await download('pdf'));
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(publicKey);
  });

  it('verify accepts the real export with the server key', async () => {
    const document = JSON.parse((await download('json')).toString('utf8'));
    const run = await verifyCli(document, '--key', publicKey);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain("ok    signing key: the server's key");
  });

  it('verify refuses a forged export whose chain and standings were all recomputed, and names why', async () => {
    const forged = forge(JSON.parse((await download('json')).toString('utf8')));
    const run = await verifyCli(forged, '--key', publicKey);
    expect(run.status).toBe(1);
    // The chain and the re-folded standings check out; the signature over the head does not.
    expect(run.stdout).toContain('ok    hash chain');
    expect(run.stdout).toContain('ok    standings.operators');
    expect(run.stdout).toMatch(/FAIL  signed head: .*re-hashed or cut/);
  });

  it('a forger who signs with a key of their own is refused when the server key is given', async () => {
    const { newKeyPair, signerFrom } = await import('../../server/signing/signedHead.ts');
    const forged = forge(JSON.parse((await download('json')).toString('utf8')));
    const forger = signerFrom(newKeyPair().privateKeyPem);
    forged.signature = forger.sign({ competitionId: forged.competitionId, lastSeq: forged.lastSeq, lastHash: forged.lastHash });
    const run = await verifyCli(forged, '--key', publicKey);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('ok    signature');
    expect(run.stdout).toMatch(/FAIL  signing key: signed by .*, not by the expected/);
  });

  it('a file with its signature removed is refused', async () => {
    const { signature: _dropped, ...unsigned } = JSON.parse((await download('json')).toString('utf8'));
    const run = await verifyCli(unsigned);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAIL  signature: the file carries no signature');
  });
});

describe('sign-off', () => {
  it('records the signed head of the log in the results.official event', async () => {
    const before = (await server.api('GET', `/api/competitions/${c.cid}/results`)).body;
    const answer = await server.api('POST', `/api/competitions/${c.cid}/official`, {}, ADMIN_TOKEN);
    expect(answer.status).toBe(200);
    const { events } = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body;
    const official = events.at(-1);
    expect(official.type).toBe('results.official');
    expect(official.data.signedHead).toMatchObject({ algorithm: 'Ed25519', publicKey, head: { competitionId: c.cid, lastSeq: before.lastSeq, lastHash: before.lastHash } });
    const run = await verifyCli(JSON.parse((await download('json')).toString('utf8')), '--key', publicKey);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(`ok    sign-off signature: the sign-off at seq ${official.seq} is signed by ${publicKey}`);
  });
});
