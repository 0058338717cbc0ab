// npx tsx tests/bench/seriesLag.ts [--venues 4] [--rate 20] [--duration 30] [--poll-ms 10]
// A benchmark, not a test. A hub follows N venues (each its own Gauge process and SQLite
// file on loopback, as are the hub's); each venue takes `rate` acknowledged lifts a second.
// Lag = from a lift's ack at its venue (committed) to the first hub standings answer whose
// source lastSeq covers it (polled every `poll-ms`, so it is a little pessimistic). Reports
// p50/p95/p99/max, the hub's CPU (its process, from /proc) and writes bench-results JSON.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { containerNo, setupDocument } from '../integration/harness.ts';
import { freePort, ok, startNode, type Node } from '../integration/series/venues.ts';

const { values } = parseArgs({ options: { venues: { type: 'string', default: '4' }, rate: { type: 'string', default: '20' }, duration: { type: 'string', default: '30' }, 'poll-ms': { type: 'string', default: '10' } } });
const VENUES = Number(values.venues);
const RATE = Number(values.rate);
const DURATION_S = Number(values.duration);
const POLL_MS = Number(values['poll-ms']);
const log = (line: string) => console.log(`[series-bench] ${line}`);

/** utime + stime of a process in seconds (Linux /proc; clock ticks are 100 a second here). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const venues: Node[] = [];
let hub: Node | null = null;
try {
  for (let i = 0; i < VENUES; i++) venues.push(await startNode(undefined, await freePort()));
  hub = await startNode();
  const heats = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8'];
  // Enough lifts for the run: rate × duration spread over 8 heats.
  const liftsPerHeat = Math.ceil((RATE * DURATION_S * 1.2) / heats.length) + 10;
  for (const [i, venue] of venues.entries()) {
    await ok(venue.url, 'POST', '/api/competitions', setupDocument(`venue-${i}`, { rule: { liftsPerHeat }, roundTwoCranes: true }));
    for (const h of heats) await ok(venue.url, 'POST', `/api/competitions/venue-${i}/heats/${h}/start`, {});
  }
  await ok(hub.url, 'POST', '/api/series', { id: 'bench', name: { en: 'Bench' }, rounds: [{ id: 'r', name: { en: 'R' }, sources: venues.map((v, i) => ({ competitionId: `venue-${i}`, url: v.url })) }] });
  const pending = venues.map(() => [] as { seq: number; ackAt: number }[]);
  const lags: number[] = [];
  let polls = 0;
  const pollErrors: string[] = [];
  const writeErrors: string[] = [];
  let running = true;
  const poller = (async () => {
    while (running || pending.some((p) => p.length)) {
      const standings = await ok(hub!.url, 'GET', '/api/series/bench/standings').catch((error: unknown) => {
        pollErrors.push(String((error as Error).cause ?? error));
        return null;
      });
      if (!standings) continue;
      polls++;
      const now = performance.now();
      standings.rounds[0].sources.forEach((s: { lastSeq: number }, i: number) => {
        const queue = pending[i]!;
        while (queue.length && queue[0]!.seq <= s.lastSeq) lags.push(now - queue.shift()!.ackAt);
      });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  const hubPid = hub.server.process.pid!;
  const cpuBefore = cpuSeconds(hubPid);
  const started = performance.now();
  let sent = 0;
  // Each venue's lifts go out on schedule (a station does not wait for the previous ack).
  const inFlight: Promise<void>[] = [];
  const writers = venues.map(async (venue, v) => {
    const intervalMs = 1000 / RATE;
    for (let n = 0; performance.now() - started < DURATION_S * 1000; n++) {
      const due = started + n * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const heatId = heats[n % heats.length]!;
      const index = Math.floor(n / heats.length) + 1;
      const body = { id: `b-${n}`, heatId, index, containerNo: containerNo(500_000 + n), slot: 'A-01-1', dxMm: (n % 40) - 20, dyMm: (n % 17) - 8 };
      inFlight.push(
        ok(venue.url, 'POST', `/api/competitions/venue-${v}/lifts`, body).then((answer) => {
          const queue = pending[v]!;
          // Acks may come back out of order within a group commit; keep the queue in seq order.
          const at = queue.findIndex((p) => p.seq > answer.seq);
          queue.splice(at < 0 ? queue.length : at, 0, { seq: answer.seq, ackAt: performance.now() });
          sent++;
        }, (error: unknown) => void writeErrors.push(String((error as Error).cause ?? error))),
      );
    }
  });
  await Promise.all(writers);
  await Promise.all(inFlight);
  const elapsedS = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(hubPid) - cpuBefore;
  running = false;
  await Promise.race([poller, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const sorted = [...lags].sort((a, b) => a - b);
  const result = {
    venues: VENUES,
    ratePerVenue: RATE,
    durationS: Math.round(elapsedS * 10) / 10,
    liftsSent: sent,
    liftsSeenAtHub: lags.length,
    achievedRate: Math.round((sent / elapsedS) * 10) / 10,
    lagMs: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted.at(-1) ?? NaN) },
    pollMs: POLL_MS,
    standingsPolls: polls,
    pollErrors: pollErrors.length,
    writeErrors: writeErrors.slice(0, 5),
    hubCpuPercent: Math.round((cpuUsed / elapsedS) * 1000) / 10,
    targetP99Ms: 250,
  };
  console.table({ 'lag p50 ms': result.lagMs.p50, 'lag p95 ms': result.lagMs.p95, 'lag p99 ms': result.lagMs.p99, 'lag max ms': result.lagMs.max, 'hub CPU %': result.hubCpuPercent, 'lifts/s (all venues)': result.achievedRate, 'lifts seen at hub': `${result.liftsSeenAtHub}/${result.liftsSent}` });
  if (pollErrors.length || writeErrors.length) log(`errors: ${pollErrors.length} polls (${pollErrors[0] ?? ''}), ${writeErrors.length} writes (${writeErrors[0] ?? ''})`);
  log(result.lagMs.p99 <= 250 ? `p99 ${result.lagMs.p99} ms ≤ 250 ms target` : `p99 ${result.lagMs.p99} ms MISSES the 250 ms target`);
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/series-lag-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(result, null, 2));
  log(`wrote ${file}`);
} finally {
  for (const node of [...venues, ...(hub ? [hub] : [])]) {
    await node.server.stop();
    rmSync(dirname(node.dbPath), { recursive: true, force: true });
  }
}
