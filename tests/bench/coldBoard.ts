// Cold start of a board: a competition of 10,000 events, a board opened on it in Chromium.
// Measures from the moment the snapshot arrives (the subscribe answer: past SNAPSHOT_AFTER_EVENTS
// the server sends state, not events; counted from the start of the main-thread task that
// delivers that WebSocket message, so decoding it counts) to the first frame with the ranking
// drawn from it with every operator: the client CPU in between — the renderer main thread's busy
// time (its tasks in a Chromium trace, clipped to that window), which is what the target
// (≤ 300 ms) counts — and the wall clock. Before the snapshot the board draws its frame from the
// setup; the CPU from the page's start is printed too. Chromium runs with no inspector domain
// that copies network traffic (bareChromium.ts).
//   npx vite build && npx tsx tests/bench/coldBoard.ts [events]      (COLD_TRACE=trace.json keeps the last run's trace)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { launchBareChromium } from './bareChromium.ts';
import { benchCompetition, connectStations, gaugeLiftRate, readingsFor } from './durability.ts';

const EVENTS = Number(process.argv[2] ?? 10_000);
/** `COLD_TRACE=file.json`: keep the Chromium trace (open it in chrome://tracing or DevTools' Performance panel). */
const TRACE_FILE = process.env.COLD_TRACE;
/** Boards opened one after another, each in a new tab; the median counts. */
const RUNS = 3;
const CID = 'cold-board';
/**
 * Marks the page's start and the snapshot's arrival in the trace (a subscribe answer over the
 * WebSocket, before the app's own handler: listeners run in the order added). `gaugeDrawn(rows,
 * seq)` resolves once the first frame with the board at that seq and every row has been drawn.
 */
const PAGE_MARKS = `
  window.gaugeDrawn = (rows, seq) => new Promise((resolve) => {
    const check = () => {
      const board = document.querySelector('[data-testid="board"]');
      if (board?.getAttribute('data-seq') !== String(seq) || document.querySelectorAll('[data-testid="ranking"] tbody tr').length < rows) {
        return requestAnimationFrame(check);
      }
      // The frame's style, layout and paint run after its animation frame callbacks: mark after them.
      setTimeout(() => {
        console.timeStamp('gauge:drawn');
        resolve({ drawnAt: performance.now(), snapshotAt: window.snapshotAt });
      });
    };
    requestAnimationFrame(check);
  });
  console.timeStamp('gauge:start');
  const arrived = () => {
    if (window.snapshotAt !== undefined) return;
    window.snapshotAt = performance.now();
    console.timeStamp('gauge:snapshot');
  };
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (typeof e.data === 'string' && e.data.includes('"snapshot"')) arrived();
      });
    }
  };
`;
const setup = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')) as Record<string, unknown> & { heats: unknown[] };
// A heat holds at most 1,000 lifts: the rest of the events are voids of recorded lifts.
const perHeat = Math.min(1000, Math.ceil(EVENTS / setup.heats.length));

const dir = mkdtempSync(join(tmpdir(), 'gauge-cold-'));
const server = await startServer(
  loadConfig({ PORT: '0', HOST: '127.0.0.1', DB_PATH: join(dir, 'gauge.sqlite'), ADMIN_TOKEN: 'bench-admin', SEED_DEMO: '0', NODE_ENV: 'test', CLIENT_DIST: 'dist/client' }),
);
const browser = await launchBareChromium();
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
  const runs: { busyMs: number; wallMs: number; wholeMs: number; where: string }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    // A new tab each time: nothing parsed, laid out or cached in memory from the run before.
    const page = await browser.newPage(1920, 1080, PAGE_MARKS);
    await browser.startTracing(['devtools.timeline', 'disabled-by-default-devtools.timeline']);
    await page.navigate(`${server.url}/board/${CID}?view=ranking`);
    // Page.navigate answers once the navigation starts: wait for the board's document.
    while (!(await page.evaluate<boolean>('location.pathname.startsWith("/board/")').catch(() => false))) await new Promise((resolve) => setTimeout(resolve, 20));
    const { drawnAt, snapshotAt } = await page.evaluate<{ drawnAt: number; snapshotAt: number }>(`gaugeDrawn(${operators}, ${lastSeq})`);
    const traceText = await browser.stopTracing();
    if (TRACE_FILE) writeFileSync(TRACE_FILE, traceText);
    const trace = JSON.parse(traceText) as Trace;
    runs.push({
      busyMs: Math.round(mainThreadBusyMs(trace, 'gauge:snapshot', 'gauge:drawn')),
      wallMs: Math.round(drawnAt - snapshotAt),
      wholeMs: Math.round(mainThreadBusyMs(trace, 'gauge:start', 'gauge:drawn')),
      where: breakdown(trace, 'gauge:snapshot', 'gauge:drawn'),
    });
    await page.close();
  }
  const median = runs.map((r) => r.busyMs).sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Infinity;
  for (const [i, r] of runs.entries()) {
    console.log(`[cold] run ${i + 1}: client CPU ${r.busyMs} ms from the snapshot to the ranking drawn (wall clock ${r.wallMs} ms from the page's message listener); ${r.wholeMs} ms from the page's start (frame from the setup, then the snapshot); where (ms): ${r.where}`);
  }
  console.log(`[cold] board of ${lastSeq} events, median of ${RUNS}: client CPU ${median} ms from the snapshot to the ranking drawn; target ≤ 300 ms: ${median <= 300 ? 'MET' : 'NOT MET on this machine'}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { message?: string } } }
interface Trace { traceEvents: TraceEvent[] }

/**
 * The main thread's complete events between two marks, each clipped to that window. The window
 * opens at the start of the task the first mark was made in (the task that received the
 * snapshot spent time on it before the page's listener ran).
 */
function windowOf(trace: Trace, from: string, to: string): { name: string; us: number }[] {
  const mark = (message: string) => trace.traceEvents.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const start = mark(from);
  const end = mark(to);
  if (!start || !end) throw new Error('trace lacks the snapshot or drawn mark');
  const thread = trace.traceEvents.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
  const task = thread.find((e) => e.name === 'RunTask' && e.ts <= start.ts && start.ts <= e.ts + (e.dur ?? 0));
  const opens = task?.ts ?? start.ts;
  return thread
    .map((e) => ({ name: e.name, us: Math.max(0, Math.min(e.ts + (e.dur ?? 0), end.ts) - Math.max(e.ts, opens)) }))
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
