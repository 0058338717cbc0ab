// Bench: /health latency while referee PINs are guessed (issue 14, item 1). The server runs
// as a child process; 5 competitions get 20 wrong PINs each at once (the issue's "20 wrong
// PINs from 5 addresses", made heavier) while /health is asked back to back.
// Usage: npx tsx tests/bench/pinGuessing.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_ADMIN_TOKEN, startChildServer } from '../support/childServer.ts';

const dir = mkdtempSync(join(tmpdir(), 'gauge-bench-pins-'));
const server = await startChildServer(join(dir, 'gauge.sqlite'));
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8'));
const post = (path: string, body: unknown, token?: string) =>
  fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

try {
  const cids = ['p1', 'p2', 'p3', 'p4', 'p5'];
  for (const id of cids) await post('/api/competitions', { ...fixture, id }, CHILD_ADMIN_TOKEN);
  // Baseline: /health alone for 3 s, to tell the box's own load from the guessing's.
  const idle: number[] = [];
  for (const until = performance.now() + 3_000; performance.now() < until; ) {
    const t = performance.now();
    await (await fetch(`${server.url}/api/health`)).json();
    idle.push(performance.now() - t);
  }
  idle.sort((a, b) => a - b);
  console.log(`/health idle:           n=${idle.length} p50=${idle[Math.floor(idle.length / 2)]!.toFixed(1)} ms p99=${idle[Math.floor(idle.length * 0.99)]!.toFixed(1)} ms`);
  let guessing = true;
  const started = performance.now();
  const guesses = Promise.all(cids.flatMap((id) => Array.from({ length: 20 }, (_, i) => post('/api/auth/referee', { competitionId: id, pin: String(100_000 + i) })))).finally(() => (guessing = false));
  const timesMs: number[] = [];
  while (guessing) {
    const t = performance.now();
    await (await fetch(`${server.url}/api/health`)).json();
    timesMs.push(performance.now() - t);
  }
  const answers = await guesses;
  timesMs.sort((a, b) => a - b);
  const at = (q: number) => timesMs[Math.min(timesMs.length - 1, Math.floor(timesMs.length * q))]!.toFixed(1);
  const statuses = answers.reduce<Record<number, number>>((n, a) => ({ ...n, [a.status]: (n[a.status] ?? 0) + 1 }), {});
  console.log(`${answers.length} guesses in ${(performance.now() - started).toFixed(0)} ms, answered ${JSON.stringify(statuses)}`);
  console.log(`/health while guessing: n=${timesMs.length} p50=${at(0.5)} ms p99=${at(0.99)} ms max=${timesMs.at(-1)!.toFixed(1)} ms`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
