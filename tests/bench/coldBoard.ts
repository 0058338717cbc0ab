// Cold start of a board: a competition of 10,000 events, a board opened on it in Chromium.
// Measures from the moment the subscribe answer (a snapshot: past SNAPSHOT_AFTER_EVENTS the
// server sends state, not events) reaches the WebSocket to the first frame with the ranking
// drawn with every operator: the wall clock, and the client CPU in between — the renderer main
// thread's busy time (its tasks in a Chromium trace, clipped to that window), which is what the
// target (≤ 300 ms) counts; waiting for the network (a lazy chunk, a font) is not CPU.
//   npx vite build && npx tsx tests/bench/coldBoard.ts [events]      (COLD_TRACE=trace.json keeps the trace)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { launchChromium } from '../support/chromium.ts';
import { benchCompetition, connectStations, gaugeLiftRate, readingsFor } from './durability.ts';

const EVENTS = Number(process.argv[2] ?? 10_000);
/** `COLD_TRACE=file.json`: keep the Chromium trace (open it in chrome://tracing or DevTools' Performance panel). */
const TRACE_FILE = process.env.COLD_TRACE;
const CID = 'cold-board';
const setup = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')) as Record<string, unknown> & { heats: unknown[] };
// A heat holds at most 1,000 lifts: the rest of the events are voids of recorded lifts.
const perHeat = Math.min(1000, Math.ceil(EVENTS / setup.heats.length));

const dir = mkdtempSync(join(tmpdir(), 'gauge-cold-'));
const server = await startServer(
  loadConfig({ PORT: '0', HOST: '127.0.0.1', DB_PATH: join(dir, 'gauge.sqlite'), ADMIN_TOKEN: 'bench-admin', SEED_DEMO: '0', NODE_ENV: 'test', CLIENT_DIST: 'dist/client' }),
);
const browser = await launchChromium();
try {
  const stations = await connectStations(server.url, CID, await benchCompetition(server.url, CID, setup, perHeat));
  const rate = await gaugeLiftRate(stations, readingsFor(setup, perHeat, 'cold'));
  for (const station of stations.values()) station.close();
  const login = await fetch(`${server.url}/api/auth/referee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ competitionId: CID, pin: setup.refereePin }) });
  const { token } = (await login.json()) as { token: string };
  const heatIds = (setup.heats as { id: string }[]).map((h) => h.id);
  const voids = Array.from({ length: Math.max(0, EVENTS - server.competitions.get(CID).lastSeq) }, (_, i) => `cold-${heatIds[i % heatIds.length]}-${Math.floor(i / heatIds.length) + 1}`);
  const voidLane = async () => {
    for (let liftId = voids.shift(); liftId; liftId = voids.shift()) {
      const res = await fetch(`${server.url}/api/competitions/${CID}/lifts/${liftId}/void`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ id: `void-${liftId}`, reason: 'bench' }),
      });
      if (res.status !== 201) throw new Error(`void ${liftId}: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, voidLane));
  const lastSeq = server.competitions.get(CID).lastSeq;
  console.log(`[cold] ${lastSeq} events written (${rate.toFixed(0)} lifts/s)`);

  const operators = (setup.operators as unknown[]).length;
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // Notes when the snapshot arrives (before the app's own handler: listeners run in the order added).
  await page.addInitScript(() => {
    const w = window as unknown as { snapshotAt?: number };
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        this.addEventListener('message', (e) => {
          if (w.snapshotAt === undefined && typeof e.data === 'string' && e.data.includes('"snapshot"')) {
            w.snapshotAt = performance.now();
            console.timeStamp('gauge:snapshot'); // marks the trace
          }
        });
      }
    };
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${server.url}/board/${CID}?view=ranking`);
  await page.waitForFunction(() => (window as unknown as { snapshotAt?: number }).snapshotAt !== undefined, undefined, { polling: 5, timeout: 60_000 });
  // Checked every animation frame: the first frame with every operator's row drawn.
  const drawn = await page.waitForFunction(
    (rows) => {
      if (document.querySelectorAll('[data-testid="ranking"] tbody tr').length < rows) return false;
      console.timeStamp('gauge:drawn');
      return performance.now();
    },
    operators,
    { polling: 'raf', timeout: 60_000 },
  );
  const drawnAt = (await drawn.jsonValue()) as number;
  const snapshotAt = await page.evaluate(() => (window as unknown as { snapshotAt: number }).snapshotAt);
  const traceText = (await browser.stopTracing()).toString('utf8');
  if (TRACE_FILE) writeFileSync(TRACE_FILE, traceText);
  const trace = JSON.parse(traceText) as Trace;
  const busyMs = Math.round(mainThreadBusyMs(trace, 'gauge:snapshot', 'gauge:drawn'));
  const wallMs = Math.round(drawnAt - snapshotAt);
  console.log(`[cold] board of ${lastSeq} events: client CPU (main thread busy) ${busyMs} ms and wall clock ${wallMs} ms from the snapshot to the ranking drawn; target ≤ 300 ms of client CPU: ${busyMs <= 300 ? 'MET' : 'NOT MET on this machine'}`);
  console.log(`[cold] where it went (ms): ${breakdown(trace, 'gauge:snapshot', 'gauge:drawn')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { message?: string } } }
interface Trace { traceEvents: TraceEvent[] }

/** The marks and the main thread's complete events, each clipped to the window between the marks. */
function windowOf(trace: Trace, from: string, to: string): { name: string; us: number }[] {
  const mark = (message: string) => trace.traceEvents.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const start = mark(from);
  const end = mark(to);
  if (!start || !end) throw new Error('trace lacks the snapshot or drawn mark');
  return trace.traceEvents
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
    .map((e) => ({ name: e.name, us: Math.max(0, Math.min(e.ts + (e.dur ?? 0), end.ts) - Math.max(e.ts, start.ts)) }))
    .filter((e) => e.us > 0);
}

/** The renderer main thread's task time between two `console.timeStamp` marks. */
function mainThreadBusyMs(trace: Trace, from: string, to: string): number {
  return windowOf(trace, from, to).filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + e.us, 0) / 1000;
}

/** Script, layout, style, paint and GC inside that window (nested, so they need not add up to the busy time). */
function breakdown(trace: Trace, from: string, to: string): string {
  const kinds: Record<string, string[]> = {
    script: ['FunctionCall', 'EvaluateScript', 'v8.compile'],
    style: ['UpdateLayoutTree'],
    layout: ['Layout'],
    paint: ['Paint', 'PrePaint', 'Layerize'],
    gc: ['MinorGC', 'MajorGC'],
  };
  const events = windowOf(trace, from, to);
  return Object.entries(kinds)
    .map(([kind, names]) => `${kind} ${Math.round(events.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.us, 0) / 1000)}`)
    .join(', ');
}
