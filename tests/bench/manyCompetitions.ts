// Bench: start-up time and memory with 100 competitions × ~5,000 events (issue 14, item 9).
// "eager" folds every competition at start, as the server did before; "lazy" is the server
// now (summaries at start, a competition folded on first use). Each runs in its own process.
// Usage: npx tsx tests/bench/manyCompetitions.ts [--competitions 100] [--events 5000]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decideHeat, decideLift } from '../../shared/decide.ts';
import { LiftSubmission, SetupDocument } from '../../shared/index.ts';
import { hashPins } from '../../server/auth/refereePins.ts';
import { Competitions } from '../../server/commands/competitions.ts';
import { EventStore } from '../../server/store/eventStore.ts';
import { openDatabase } from '../../server/store/open.ts';
import { SecretStore } from '../../server/store/secretStore.ts';
import { liftBody, setupDocument } from '../integration/harness.ts';

const { values } = parseArgs({
  options: { competitions: { type: 'string', default: '100' }, events: { type: 'string', default: '5000' }, measure: { type: 'string' }, db: { type: 'string' } },
});
const ADMIN = { role: 'admin' } as const;

if (values.measure) {
  // Child: open the database as start-up does and report time and memory.
  const started = performance.now();
  const competitions = new Competitions(new EventStore(openDatabase(values.db!)), new SecretStore(openDatabase(values.db!)));
  if (values.measure === 'eager') for (const { id } of competitions.list()) competitions.get(id);
  const startMs = performance.now() - started;
  globalThis.gc?.();
  const firstRead = performance.now();
  competitions.get(competitions.list()[0]!.id);
  console.log(JSON.stringify({ startMs, rssMb: process.memoryUsage().rss / 2 ** 20, heapMb: process.memoryUsage().heapUsed / 2 ** 20, firstReadMs: performance.now() - firstRead, loaded: competitions.loadedCount }));
  process.exit(0);
}

const count = Number(values.competitions);
const perCompetition = Number(values.events);
const dir = mkdtempSync(join(tmpdir(), 'gauge-bench-many-'));
const dbPath = join(dir, 'gauge.sqlite');
try {
  const built = performance.now();
  const db = openDatabase(dbPath);
  const competitions = new Competitions(new EventStore(db), new SecretStore(db));
  // 8 heats; each heat's lifts fill the rest: 1 created + 8 starts + 8 × lifts ≈ perCompetition.
  const liftsPerHeat = Math.min(1000, Math.floor((perCompetition - 9) / 8));
  for (let c = 0; c < count; c++) {
    const id = `bench-${c}`;
    const document = SetupDocument.parse(setupDocument(id, { rule: { liftsPerHeat }, roundTwoCranes: true }));
    competitions.create(document, ADMIN, await hashPins(document));
    const writes: Promise<unknown>[] = [];
    for (const heat of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8']) {
      writes.push(competitions.submit(id, ADMIN, null, (s, now) => decideHeat(s, heat, 'start', {}, now)));
      for (let i = 1; i <= liftsPerHeat; i++) {
        const lift = LiftSubmission.parse(liftBody(heat, i, { dxMm: i % 40, dyMm: (i * 7) % 30 }));
        writes.push(competitions.submit(id, ADMIN, null, (s) => decideLift(s, { role: 'admin' }, lift)));
      }
    }
    await Promise.all(writes);
  }
  const events = competitions.list().reduce((n, s) => n + s.lastSeq, 0);
  db.close();
  console.log(`built ${count} competitions, ${events.toLocaleString('en')} events in ${((performance.now() - built) / 1000).toFixed(0)} s`);
  for (const mode of ['eager', 'lazy']) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname, '--measure', mode, '--db', dbPath], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as { startMs: number; rssMb: number; heapMb: number; firstReadMs: number; loaded: number };
    console.log(`${mode.padEnd(5)} start ${r.startMs.toFixed(0).padStart(6)} ms  RSS ${r.rssMb.toFixed(0).padStart(5)} MB  heap ${r.heapMb.toFixed(0).padStart(5)} MB  folded ${r.loaded}  first read of one ${r.firstReadMs.toFixed(0)} ms`);
  }
} finally {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
