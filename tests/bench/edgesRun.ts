// `npm run bench -- --edges K`: the writer publishing to a real redis-server, K spectator
// edges (each its own process) and the N spectators spread evenly over the edges. Measures
// what the single-process run measures, per edge: accept→delivery latency, deliveries, heap
// per spectator on an edge, CPU of writer, each edge and Redis.
import { readFileSync } from 'node:fs';
import { startRedis } from '../support/redisServer.ts';
import { percentiles, startProbed, startSpectators, type Probed, type SpectatorTransport } from './processes.ts';

export interface EdgesFanOut {
  edges: number;
  transport: SpectatorTransport;
  connected: number;
  sent: number;
  deliveries: number;
  expectedDeliveries: number;
  latencyMs: ReturnType<typeof percentiles>;
  heapPerConnectionKB: number;
  cpuPercent: { writer: number; edges: number[]; redis: number };
}

export interface EdgesOptions {
  edges: number;
  n: number;
  workers: number;
  competitionId: string;
  transport: SpectatorTransport;
  /** Makes the competition on the writer and returns the load (resolves with events sent). */
  prepare(writerUrl: string): Promise<() => Promise<number>>;
}

const heap = async (p: Probed) => (await p.ask<{ heapUsed: number }>('heap')).heapUsed;
const cpu = async (p: Probed) => (await p.ask<{ cpu: NodeJS.CpuUsage }>('cpu')).cpu;
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
/** utime + stime of a process, in ms (Linux: clock ticks of 10 ms). */
const procCpuMs = (pid: number | undefined): number => {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const percentOf = (ms: number, elapsedMs: number) => Math.round((ms / elapsedMs) * 1000) / 10;

export async function edgesFanOut({ edges: count, n, workers, competitionId, transport, prepare }: EdgesOptions): Promise<EdgesFanOut> {
  const redis = await startRedis();
  const writer = await startProbed('./gaugeServer.ts', [redis.url]);
  const load = await prepare(writer.url);
  const edges = await Promise.all(Array.from({ length: count }, () => startProbed('./edgeServer.ts', [redis.url, writer.url])));
  try {
    const heapBefore = await Promise.all(edges.map(heap));
    const share = (i: number) => Math.floor(n / count) + (i < n % count ? 1 : 0);
    const groups = await Promise.all(edges.map((edge, i) => startSpectators(edge.url, share(i), Math.max(1, Math.round(workers / count)), competitionId, transport)));
    const heapAfter = await Promise.all(edges.map(heap));
    const connected = groups.reduce((sum, g) => sum + g.connected, 0);
    await Promise.all(groups.map((g) => g.record()));
    const cpuBefore = { writer: await cpu(writer), edges: await Promise.all(edges.map(cpu)), redis: procCpuMs(redis.pid()) };
    const started = performance.now();
    const sent = await load();
    for (let last = -1, quietSince = Date.now(); Date.now() - quietSince < 30_000; await new Promise((r) => setTimeout(r, 500))) {
      const received = (await Promise.all(groups.map((g) => g.received()))).reduce((a, b) => a + b, 0);
      if (received >= sent * connected) break;
      if (received !== last) [last, quietSince] = [received, Date.now()];
    }
    const elapsed = performance.now() - started;
    const cpuAfter = { writer: await cpu(writer), edges: await Promise.all(edges.map(cpu)), redis: procCpuMs(redis.pid()) };
    const reports = (await Promise.all(groups.map((g) => g.report()))).flat();
    await Promise.all(groups.map((g) => g.close()));
    const latencyMs = percentiles(reports);
    const grown = heapAfter.reduce((sum, h, i) => sum + h - heapBefore[i]!, 0);
    return {
      edges: count,
      transport,
      connected,
      sent,
      deliveries: latencyMs.count,
      expectedDeliveries: sent * connected,
      latencyMs,
      heapPerConnectionKB: Math.round((grown / connected / 1024) * 10) / 10,
      cpuPercent: {
        writer: percentOf(cpuMs(cpuAfter.writer) - cpuMs(cpuBefore.writer), elapsed),
        edges: cpuAfter.edges.map((c, i) => percentOf(cpuMs(c) - cpuMs(cpuBefore.edges[i]!), elapsed)),
        redis: percentOf(cpuAfter.redis - cpuBefore.redis, elapsed),
      },
    };
  } finally {
    await Promise.all(edges.map((e) => e.stop()));
    await writer.stop();
    await redis.stop();
  }
}
