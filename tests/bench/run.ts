// npm run bench -- [--n 2000] [--duration 15] [--rate 20] [--workers k] [--lifts 4000] [--edges K]
//                  [--latency-ratio 1.25] [--durable-ratio 0.8] [--heap-kb 8]
// A benchmark, not a test. In one run: (a) bare Socket.IO broadcasting a lift-sized payload
// to N clients (the baseline), before and after Gauge; (b) Gauge with N subscribed
// spectators while stations post lifts at the same rate; (c) acknowledged durable lifts/s
// against bare better-sqlite3 single-row inserts (before and after), both synchronous=FULL;
// (d) with --edges K, the writer publishing through a real redis-server to K spectator edges
// with the N spectators spread over them (edgesRun.ts). (b) and (d) run twice: spectators on
// Socket.IO (board, staff screens) and on the SSE feed (the phone view, the public transport).
// Servers and spectators run in processes of their own. Prints a table, writes
// bench-results/bench-<timestamp>.json, and exits 1 when deliveries were lost or a target
// was missed by more than the run's own noise (see verdict.ts), else 0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { StationClient, StationReading } from '../../server/cli/stationClient.ts';
import { bareInsertRate, benchCompetition, connectStations, gaugeLiftRate, readingsFor } from './durability.ts';
import { edgesFanOut, type EdgesFanOut } from './edgesRun.ts';
import { percentiles, startProbed, startSpectators, type Probed, type SpectatorTransport } from './processes.ts';
import { DEFAULT_THRESHOLDS, describeNoise, judge, type TargetCheck } from './verdict.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '15' },
    rate: { type: 'string', default: '20' },
    workers: { type: 'string' },
    lifts: { type: 'string', default: '4000' },
    'latency-ratio': { type: 'string', default: String(DEFAULT_THRESHOLDS.latencyRatio) },
    'durable-ratio': { type: 'string', default: String(DEFAULT_THRESHOLDS.durableRatio) },
    'heap-kb': { type: 'string', default: String(DEFAULT_THRESHOLDS.heapKB) },
    edges: { type: 'string', default: '0' },
  },
});
const N = Number(values.n);
const DURATION_S = Number(values.duration);
const RATE = Number(values.rate);
const WORKERS = Number(values.workers ?? Math.max(1, Math.ceil(N / 500)));
const DURABLE_LIFTS = Number(values.lifts);
const EDGES = Number(values.edges);
const THRESHOLDS = { latencyRatio: Number(values['latency-ratio']), durableRatio: Number(values['durable-ratio']), heapKB: Number(values['heap-kb']) };
const setup = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const log = (line: string) => console.log(`[bench] ${line}`);

const cpuPercent = (before: NodeJS.CpuUsage, after: NodeJS.CpuUsage, ms: number) =>
  Math.round(((after.user - before.user + after.system - before.system) / 1000 / ms) * 1000) / 10;

interface FanOut {
  connected: number;
  sent: number;
  deliveries: number;
  expectedDeliveries: number;
  latencyMs: ReturnType<typeof percentiles>;
  heapPerConnectionKB: number;
  /** Two heap readings of the idle server differ by this much, spread over the connections (KB). */
  heapNoiseKB: number;
  serverCpuPercent: number;
  clientCpuPercent: number;
}

/** Connect N spectators (heap before/after), run the load, gather latencies and CPU. */
async function fanOut(server: Probed, competitionId: string | undefined, load: () => Promise<number>, transport: SpectatorTransport = 'socket'): Promise<FanOut> {
  const heapFirst = (await server.ask<{ heapUsed: number }>('heap')).heapUsed;
  const heapBefore = (await server.ask<{ heapUsed: number }>('heap')).heapUsed;
  const spectators = await startSpectators(server.url, N, WORKERS, competitionId, transport);
  const heapAfter = (await server.ask<{ heapUsed: number }>('heap')).heapUsed;
  log(`${spectators.connected} spectators connected; heap +${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB`);
  await spectators.record();
  const cpuBefore = (await server.ask<{ cpu: NodeJS.CpuUsage }>('cpu')).cpu;
  const started = performance.now();
  const sent = await load();
  // Let the last broadcasts arrive: until every spectator has every event, or 30 s of nothing new.
  for (let last = -1, quietSince = Date.now(); Date.now() - quietSince < 30_000; await new Promise((r) => setTimeout(r, 500))) {
    const received = await spectators.received();
    if (received >= sent * spectators.connected) break;
    if (received !== last) [last, quietSince] = [received, Date.now()];
  }
  const elapsed = performance.now() - started;
  const cpuAfter = (await server.ask<{ cpu: NodeJS.CpuUsage }>('cpu')).cpu;
  const reports = await spectators.report();
  await spectators.close();
  const latencyMs = percentiles(reports);
  const clientCpu = reports.reduce((sum, r) => sum + (r.cpu.user + r.cpu.system) / 1000, 0);
  return {
    connected: spectators.connected,
    sent,
    deliveries: latencyMs.count,
    expectedDeliveries: sent * spectators.connected,
    latencyMs,
    heapPerConnectionKB: Math.round(((heapAfter - heapBefore) / spectators.connected / 1024) * 10) / 10,
    heapNoiseKB: Math.round((Math.abs(heapBefore - heapFirst) / spectators.connected / 1024) * 10) / 10,
    serverCpuPercent: cpuPercent(cpuBefore, cpuAfter, elapsed),
    clientCpuPercent: Math.round((clientCpu / elapsed) * 1000) / 10,
  };
}

/** Stations post lifts round-robin at RATE for DURATION_S; resolves with how many were acked. */
async function postLifts(stations: Map<string, StationClient>, readings: Map<string, StationReading[]>): Promise<number> {
  const total = Math.round(RATE * DURATION_S);
  const cranes = [...stations.keys()];
  const started = Date.now();
  const acks: Promise<unknown>[] = [];
  for (let sent = 0; sent < total; ) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * RATE) + 1);
    for (; sent < due; sent++) {
      const craneId = cranes[sent % cranes.length]!;
      acks.push(stations.get(craneId)!.submit(readings.get(craneId)!.shift()!));
    }
    await new Promise((r) => setTimeout(r, Math.min(1000 / RATE, 20)));
  }
  const answers = await Promise.all(acks);
  return answers.filter((a) => (a as { ok: boolean }).ok).length;
}

/** A real lift event as spectators get it, from a competition of its own: the baseline's payload. */
async function sampleLiftEvent(url: string): Promise<Record<string, unknown>> {
  const keys = await benchCompetition(url, 'bench-sample', setup, 1);
  const [craneId, key] = Object.entries(keys)[0]!;
  const reading = readingsFor(setup, 1, 'sample').get(craneId)![0]!;
  const posted = await fetch(`${url}/api/competitions/bench-sample/lifts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ ...reading, slot: 'A-01-1', penalties: [], dropped: false }),
  });
  const { seq } = (await posted.json()) as { seq: number };
  const page = (await (await fetch(`${url}/api/competitions/bench-sample/events?since=${seq - 1}&limit=1`)).json()) as { events: Record<string, unknown>[] };
  return page.events[0]!;
}

/** (a) bare Socket.IO, the same payload at the same rate. */
async function baselineRun(bare: Probed, payload: Record<string, unknown>, when: string): Promise<FanOut> {
  const run = await fanOut(bare, undefined, async () => (await bare.ask<{ sent: number }>('broadcast', { rate: RATE, durationS: DURATION_S, payload })).sent);
  log(`baseline (${when}): p50 ${run.latencyMs.p50} p99 ${run.latencyMs.p99} ms, ${run.heapPerConnectionKB} KB/conn`);
  return run;
}

log(`N=${N} spectators over ${WORKERS} processes, ${RATE} lifts/s for ${DURATION_S} s; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const gauge = await startProbed('./gaugeServer.ts');
const sample = await sampleLiftEvent(gauge.url);
const bare = await startProbed('./bareServer.ts');
const baselineBefore = await baselineRun(bare, sample, 'before');

// (b) Gauge: the real server, N subscribed spectators, stations posting lifts.
const liveKeys = await benchCompetition(gauge.url, 'bench-live', setup, 1000);
const liveStations = await connectStations(gauge.url, 'bench-live', liveKeys);
const liveReadings = readingsFor(setup, 1000, 'live');
const gaugeFanOut = await fanOut(gauge, 'bench-live', () => postLifts(liveStations, liveReadings));
for (const s of liveStations.values()) s.close();
log(`gauge: p50 ${gaugeFanOut.latencyMs.p50} p99 ${gaugeFanOut.latencyMs.p99} ms, ${gaugeFanOut.heapPerConnectionKB} KB/conn`);

// (b') the same, the spectators on the SSE feed (what the phone view follows).
const sseKeys = await benchCompetition(gauge.url, 'bench-sse', setup, 1000);
const sseStations = await connectStations(gauge.url, 'bench-sse', sseKeys);
const sseFanOut = await fanOut(gauge, 'bench-sse', () => postLifts(sseStations, readingsFor(setup, 1000, 'sse')), 'sse');
for (const s of sseStations.values()) s.close();
log(`gauge SSE: p50 ${sseFanOut.latencyMs.p50} p99 ${sseFanOut.latencyMs.p99} ms, ${sseFanOut.heapPerConnectionKB} KB/conn`);

// (c) durable writes: bare inserts, Gauge, bare again (the mean of the two bare runs is the reference).
const bareBefore = bareInsertRate(DURABLE_LIFTS);
const perHeat = Math.ceil(DURABLE_LIFTS / (setup.heats as unknown[]).length);
const durableKeys = await benchCompetition(gauge.url, 'bench-durable', setup, perHeat);
const durableStations = await connectStations(gauge.url, 'bench-durable', durableKeys);
const gaugeLiftsPerS = await gaugeLiftRate(durableStations, readingsFor(setup, perHeat, 'durable'));
for (const s of durableStations.values()) s.close();
const bareAfter = bareInsertRate(DURABLE_LIFTS);
await gauge.stop();
const bareInsertsPerS = (bareBefore + bareAfter) / 2;
log(`durable: gauge ${gaugeLiftsPerS.toFixed(0)} lifts/s, bare ${bareBefore.toFixed(0)} / ${bareAfter.toFixed(0)} inserts/s`);

// (d) spectator edges: writer → Redis → K edges, the same N spectators and the same load.
/** Spectators on edges, following by `transport`, under the same load as the single process. */
async function edgesRunOf(transport: SpectatorTransport): Promise<EdgesFanOut> {
  const competitionId = `bench-edges-${transport}`;
  const run = await edgesFanOut({
    edges: EDGES,
    n: N,
    workers: WORKERS,
    competitionId,
    transport,
    prepare: async (writerUrl) => {
      const stations = await connectStations(writerUrl, competitionId, await benchCompetition(writerUrl, competitionId, setup, 1000));
      const readings = readingsFor(setup, 1000, competitionId);
      return async () => {
        const sent = await postLifts(stations, readings);
        for (const s of stations.values()) s.close();
        return sent;
      };
    },
  });
  log(`edges (${EDGES}, ${transport}): p50 ${run.latencyMs.p50} p99 ${run.latencyMs.p99} ms, ${run.heapPerConnectionKB} KB/conn on an edge`);
  return run;
}
const edgesRuns: EdgesFanOut[] = EDGES > 0 ? [await edgesRunOf('socket'), await edgesRunOf('sse')] : [];

const baselineAfter = await baselineRun(bare, sample, 'after');
await bare.stop();

const sseEdges = edgesRuns.find((r) => r.transport === 'sse');
const verdict = judge(
  {
    gauge: { ...gaugeFanOut, p99Ms: gaugeFanOut.latencyMs.p99 },
    publicFeed: sseFanOut,
    baselines: [
      { ...baselineBefore, p99Ms: baselineBefore.latencyMs.p99 },
      { ...baselineAfter, p99Ms: baselineAfter.latencyMs.p99 },
    ],
    durable: { gaugeLiftsPerS, bareRuns: [bareBefore, bareAfter] },
    ...(sseEdges ? { publicEdges: { ...sseEdges, p99Ms: sseEdges.latencyMs.p99 } } : {}),
  },
  THRESHOLDS,
);
const check = (name: TargetCheck['name']) => verdict.checks.find((c) => c.name === name)!;
const met = (name: TargetCheck['name']) => check(name).outcome === 'met';
const OUTCOME = { met: 'MET', 'within noise': 'MISSED WITHIN NOISE', missed: 'NOT MET' } as const;
const judged = (c: TargetCheck, bound: string) => `${bound} ${c.target}, noise ${describeNoise(c)}: ${OUTCOME[c.outcome]}`;
const both = (a: string | number, b: string | number) => `${a} / ${b}`;
const baseline = baselineBefore;

const row = (name: string, b: string | number, g: string | number, f: string | number, note = '') =>
  `| ${name.padEnd(38)} | ${String(b).padStart(12)} | ${String(g).padStart(14)} | ${String(f).padStart(12)} | ${note}`;
const ratio = (p99: number) => (p99 / Math.max(1, baseline.latencyMs.p99)).toFixed(2);
const edgesRow = (name: string, value: (run: EdgesFanOut) => string | number, note = '') =>
  row(name, '', value(edgesRuns.find((r) => r.transport === 'socket')!), value(edgesRuns.find((r) => r.transport === 'sse')!), note);
const table = [
  row('', 'bare', 'Gauge Socket.IO', 'Gauge SSE'),
  row('spectators connected', baseline.connected, gaugeFanOut.connected, sseFanOut.connected),
  row('events sent', baseline.sent, gaugeFanOut.sent, sseFanOut.sent),
  row('deliveries / expected', `${baseline.deliveries}/${baseline.expectedDeliveries}`, `${gaugeFanOut.deliveries}/${gaugeFanOut.expectedDeliveries}`, `${sseFanOut.deliveries}/${sseFanOut.expectedDeliveries}`),
  row('  bare after Gauge', `${baselineAfter.deliveries}/${baselineAfter.expectedDeliveries}`, '', ''),
  row('latency p50 ms (bare before / after)', both(baseline.latencyMs.p50, baselineAfter.latencyMs.p50), gaugeFanOut.latencyMs.p50, sseFanOut.latencyMs.p50),
  row('latency p95 ms', both(baseline.latencyMs.p95, baselineAfter.latencyMs.p95), gaugeFanOut.latencyMs.p95, sseFanOut.latencyMs.p95),
  row('latency p99 ms', both(baseline.latencyMs.p99, baselineAfter.latencyMs.p99), gaugeFanOut.latencyMs.p99, sseFanOut.latencyMs.p99, `Socket.IO ratio ${check('latency').value.toFixed(2)} (${judged(check('latency'), 'target ≤')}); SSE ratio ${ratio(sseFanOut.latencyMs.p99)}`),
  row('latency max ms', both(baseline.latencyMs.max, baselineAfter.latencyMs.max), gaugeFanOut.latencyMs.max, sseFanOut.latencyMs.max),
  row('server heap per connection KB', baseline.heapPerConnectionKB, gaugeFanOut.heapPerConnectionKB, sseFanOut.heapPerConnectionKB, `public transport (SSE) ${judged(check('heap'), 'target ≤')}`),
  row('server CPU % of a core', baseline.serverCpuPercent, gaugeFanOut.serverCpuPercent, sseFanOut.serverCpuPercent),
  row('spectator processes CPU %', baseline.clientCpuPercent, gaugeFanOut.clientCpuPercent, sseFanOut.clientCpuPercent),
  row('durable writes/s (sync=FULL)', both(bareBefore.toFixed(0), bareAfter.toFixed(0)), gaugeLiftsPerS.toFixed(0), '', `ratio ${check('durable').value.toFixed(2)} (${judged(check('durable'), 'target ≥')})`),
  ...(edgesRuns.length
    ? [
        edgesRow(`${EDGES} edges: spectators / deliveries`, (r) => `${r.connected}: ${r.deliveries}/${r.expectedDeliveries}`),
        edgesRow('  latency p50 / p95 / p99 ms', (r) => `${r.latencyMs.p50}/${r.latencyMs.p95}/${r.latencyMs.p99}`, `p99 ratio to bare: SSE ${ratio(sseEdges?.latencyMs.p99 ?? 0)} (the public transport, ${sseEdges ? judged(check('edgesLatency'), 'target ≤') : ''}), Socket.IO ${ratio(edgesRuns.find((r) => r.transport === 'socket')?.latencyMs.p99 ?? 0)} (boards and staff screens, shown)`),
        edgesRow('  heap per spectator on an edge KB', (r) => r.heapPerConnectionKB),
        edgesRow('  CPU % writer / edges / redis', (r) => `${r.cpuPercent.writer}/${r.cpuPercent.edges.join('+')}/${r.cpuPercent.redis}`),
      ]
    : []),
].join('\n');

const notes = [
  met('latency')
    ? `p99 latency within ${THRESHOLDS.latencyRatio}× bare Socket.IO.`
    : `p99 latency above ${THRESHOLDS.latencyRatio}× bare Socket.IO: Gauge’s \`at\` is taken when the command is accepted, so its latency also holds the commit (one fsync) before the broadcast; the rest is the per-lift work (parse, idempotency lookup, hash, fold) on the same core that serialises and writes the broadcast.`,
  met('durable')
    ? `Durable lifts/s within ${THRESHOLDS.durableRatio * 100} % of bare single-row inserts: both are bounded by one fsync per commit.`
    : `Durable lifts/s below ${THRESHOLDS.durableRatio * 100} % of bare inserts: Gauge group-commits the lifts that arrive together (one fsync for many), but each lift still costs a socket round trip, zod parse, idempotency lookup, hash and fold, and the station clients share the two cores with the server.`,
  met('heap')
    ? `Server heap per public spectator (the SSE feed the phone view follows) within ${THRESHOLDS.heapKB} KB; Socket.IO (board, staff screens) ${gaugeFanOut.heapPerConnectionKB} KB.`
    : `Heap per public spectator (SSE feed) above ${THRESHOLDS.heapKB} KB: each stream holds Node's socket, request and response objects and its heartbeat timer; with few spectators, what the first connection sets up once weighs on each.`,
  'The machine is shared (2 cores, other jobs running): compare the ratios within this run, not absolute figures across runs. Noise: half the difference between the two bare runs (plus 1 ms of latency resolution); for heap, two readings of the idle server.',
];

console.log(`\n${table}\n\n${notes.map((n) => `* ${n}`).join('\n')}`);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
const machine = { cores: cpus().length, model: cpus()[0]?.model, loadavg: loadavg(), node: process.version };
writeFileSync(
  file,
  JSON.stringify({ params: { n: N, durationS: DURATION_S, rate: RATE, workers: WORKERS, durableLifts: DURABLE_LIFTS, thresholds: THRESHOLDS }, machine, baseline: baselineBefore, baselineAfter, gauge: gaugeFanOut, sse: sseFanOut, edges: edgesRuns, durable: { gaugeLiftsPerS, bareInsertsPerS, bareRuns: [bareBefore, bareAfter] }, verdict, notes }, null, 2),
);
console.log(`\nwrote ${file}`);
// A delivery lost through the edges fails the run like one lost by the single process.
const failures = [...verdict.failures];
for (const run of edgesRuns) if (run.deliveries < run.expectedDeliveries) failures.push(`edges (${run.transport}) lost deliveries: ${run.deliveries} of ${run.expectedDeliveries}`);
if (failures.length) console.log(`\nFAIL (exit 1):\n${failures.map((f) => `* ${f}`).join('\n')}`);
else console.log('\nPASS: every delivery arrived; every target met or missed only within the noise.');
process.exit(failures.length ? 1 : 0);
