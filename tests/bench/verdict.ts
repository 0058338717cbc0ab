// Whether a bench run passes, so a script can rely on `npm run bench`'s exit code: every
// broadcast reached every spectator, and each target is met or missed by no more than the
// noise the run itself shows. Pure: the rule is tested without running the bench.

export interface Thresholds {
  /** Gauge's p99 delivery latency at most this many times bare Socket.IO's. */
  latencyRatio: number;
  /** Gauge's acknowledged durable lifts/s at least this share of bare single-row inserts. */
  durableRatio: number;
  /** Server heap per spectator connection, KB. */
  heapKB: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { latencyRatio: 1.25, durableRatio: 0.8, heapKB: 8 };

/** Latencies are counted in whole milliseconds: a p99 is never closer than that. */
export const LATENCY_RESOLUTION_MS = 1;

export interface Delivery {
  deliveries: number;
  expectedDeliveries: number;
}

export interface RunFigures {
  gauge: Delivery & { p99Ms: number; heapPerConnectionKB: number; heapNoiseKB: number };
  /**
   * Gauge's SSE feed, the public transport the phone view follows: when measured, the heap
   * target is judged on it (Socket.IO's figure is printed beside it for comparison).
   */
  publicFeed?: Delivery & { heapPerConnectionKB: number; heapNoiseKB: number };
  /**
   * With `--edges`: the public transport (SSE) through the writer, Redis and the edges. Its p99
   * is judged against the latency target too; Socket.IO at the edges is printed beside it.
   */
  publicEdges?: Delivery & { p99Ms: number };
  /** Bare Socket.IO, run before and after Gauge: their difference is the latency noise. */
  baselines: [Delivery & { p99Ms: number }, Delivery & { p99Ms: number }];
  /** Gauge's durable lifts/s, and bare inserts/s before and after it: their difference is the noise. */
  durable: { gaugeLiftsPerS: number; bareRuns: [number, number] };
}

export type Outcome = 'met' | 'within noise' | 'missed';

export interface TargetCheck {
  name: 'latency' | 'durable' | 'heap' | 'edgesLatency';
  value: number;
  target: number;
  /** How far the target could move with the run's noise (relative for ratios, KB for heap). */
  noise: number;
  outcome: Outcome;
}

export interface Verdict {
  checks: TargetCheck[];
  /** Why the run fails; empty when it passes. */
  failures: string[];
  exitCode: 0 | 1;
}

const mean = (a: number, b: number) => (a + b) / 2;

/** Lower is better: met at or under the target, within noise up to target × (1 + noise). */
function atMost(name: TargetCheck['name'], value: number, target: number, noise: number, noiseIsRelative: boolean): TargetCheck {
  const limit = noiseIsRelative ? target * (1 + noise) : target + noise;
  return { name, value, target, noise, outcome: value <= target ? 'met' : value <= limit ? 'within noise' : 'missed' };
}

export function judge(figures: RunFigures, thresholds: Thresholds = DEFAULT_THRESHOLDS): Verdict {
  const [before, after] = figures.baselines;
  const reference = Math.max(mean(before.p99Ms, after.p99Ms), LATENCY_RESOLUTION_MS);
  const latencyNoise = (Math.abs(before.p99Ms - after.p99Ms) / 2 + LATENCY_RESOLUTION_MS) / reference;
  const [bareBefore, bareAfter] = figures.durable.bareRuns;
  const bare = mean(bareBefore, bareAfter);
  const durableNoise = Math.abs(bareBefore - bareAfter) / 2 / bare;
  const durableValue = figures.durable.gaugeLiftsPerS / bare;
  const durableLimit = thresholds.durableRatio * (1 - durableNoise);
  const checks: TargetCheck[] = [
    atMost('latency', figures.gauge.p99Ms / reference, thresholds.latencyRatio, latencyNoise, true),
    {
      name: 'durable',
      value: durableValue,
      target: thresholds.durableRatio,
      noise: durableNoise,
      outcome: durableValue >= thresholds.durableRatio ? 'met' : durableValue >= durableLimit ? 'within noise' : 'missed',
    },
    atMost('heap', (figures.publicFeed ?? figures.gauge).heapPerConnectionKB, thresholds.heapKB, (figures.publicFeed ?? figures.gauge).heapNoiseKB, false),
    ...(figures.publicEdges ? [atMost('edgesLatency', figures.publicEdges.p99Ms / reference, thresholds.latencyRatio, latencyNoise, true)] : []),
  ];

  const failures: string[] = [];
  const deliveries: [string, Delivery][] = [
    ['Gauge', figures.gauge],
    ['bare Socket.IO (before)', before],
    ['bare Socket.IO (after)', after],
    ...(figures.publicFeed ? [['Gauge SSE feed', figures.publicFeed] as [string, Delivery]] : []),
    ...(figures.publicEdges ? [['SSE feed at the edges', figures.publicEdges] as [string, Delivery]] : []),
  ];
  for (const [who, d] of deliveries) {
    if (d.deliveries !== d.expectedDeliveries) {
      const what = d.deliveries < d.expectedDeliveries ? `lost ${d.expectedDeliveries - d.deliveries}` : `delivered ${d.deliveries - d.expectedDeliveries} extra`;
      failures.push(`${who}: ${what} of ${d.expectedDeliveries} deliveries`);
    }
  }
  for (const check of checks.filter((c) => c.outcome === 'missed')) {
    failures.push(`${check.name}: ${check.value.toFixed(2)} misses the target ${check.target} by more than the run's noise (${describeNoise(check)})`);
  }
  return { checks, failures, exitCode: failures.length ? 1 : 0 };
}

export const describeNoise = (check: TargetCheck): string =>
  check.name === 'heap' ? `±${check.noise.toFixed(1)} KB` : `±${(check.noise * 100).toFixed(0)} %`;
