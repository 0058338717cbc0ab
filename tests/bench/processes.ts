// Child processes for the bench: servers answering a probe, and spectator workers.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export interface Probed {
  child: ChildProcess;
  url: string;
  ask<T = Record<string, unknown>>(cmd: string, extra?: object): Promise<T>;
  stop(): Promise<void>;
}

let nextId = 1;

/** Forks a TypeScript file under tsx with --expose-gc and waits for its `ready`. */
export async function startProbed(file: string, args: string[] = []): Promise<Probed> {
  const child = fork(here(file), args, { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string }));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return {
    child,
    url,
    ask: (cmd, extra = {}) =>
      new Promise((resolve) => {
        const id = nextId++;
        const listener = (m: unknown) => {
          const message = m as { id?: number };
          if (message.id !== id) return;
          child.off('message', listener);
          resolve(message as never);
        };
        child.on('message', listener);
        child.send({ cmd, id, ...extra });
      }),
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface WorkerReport {
  received: number;
  histogram: [number, number][];
  cpu: NodeJS.CpuUsage;
}

/** How spectators follow: Socket.IO (board, staff screens) or the SSE feed (the phone view). */
export type SpectatorTransport = 'socket' | 'sse';

/** `n` spectators spread over `workers` processes; resolves once all are connected (and subscribed, given a competition). */
export async function startSpectators(url: string, n: number, workers: number, competitionId?: string, transport: SpectatorTransport = 'socket') {
  const children = Array.from({ length: workers }, (_, i) => {
    const count = Math.floor(n / workers) + (i < n % workers ? 1 : 0);
    return fork(here('./spectators.ts'), [url, String(count), ...(competitionId ? [competitionId, transport] : [])], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  });
  const next = (child: ChildProcess, cmd: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const listener = (m: unknown) => {
        const message = m as { cmd: string };
        if (message.cmd !== cmd) return;
        child.off('message', listener);
        resolve(message as Record<string, unknown>);
      };
      child.on('message', listener);
      child.once('exit', (code) => reject(new Error(`spectator worker exited with ${code}`)));
    });
  const connected = (await Promise.all(children.map((c) => next(c, 'ready')))).reduce((sum, m) => sum + (m.connected as number), 0);
  return {
    connected,
    record: async () => {
      const waits = children.map((c) => next(c, 'recording'));
      for (const c of children) c.send({ cmd: 'record' });
      await Promise.all(waits);
    },
    /** Deliveries recorded so far, over all workers. */
    received: async (): Promise<number> => {
      const waits = children.map((c) => next(c, 'count'));
      for (const c of children) c.send({ cmd: 'count' });
      return (await Promise.all(waits)).reduce((sum, m) => sum + (m.received as number), 0);
    },
    report: async (): Promise<WorkerReport[]> => {
      const waits = children.map((c) => next(c, 'report'));
      for (const c of children) c.send({ cmd: 'report' });
      return (await Promise.all(waits)) as unknown as WorkerReport[];
    },
    close: async () => {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null) return resolve();
              c.once('exit', () => resolve());
              c.send({ cmd: 'close' });
            }),
        ),
      );
    },
  };
}

/** p50/p95/p99/max of latencies from the workers' histograms. */
export function percentiles(reports: WorkerReport[]): { count: number; p50: number; p95: number; p99: number; max: number } {
  const merged = new Map<number, number>();
  for (const report of reports) for (const [ms, n] of report.histogram) merged.set(ms, (merged.get(ms) ?? 0) + n);
  const sorted = [...merged].sort((a, b) => a[0] - b[0]);
  const count = sorted.reduce((sum, [, n]) => sum + n, 0);
  const at = (q: number) => {
    let seen = 0;
    for (const [ms, n] of sorted) if ((seen += n) >= q * count) return ms;
    return sorted.at(-1)?.[0] ?? 0;
  };
  return { count, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)?.[0] ?? 0 };
}
