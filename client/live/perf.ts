import { useLayoutEffect } from 'react';

/**
 * Time per board update, from the start of folding a batch of events to the end of React's
 * commit of it (layout effects included), kept for the speed benchmark and readable in the
 * browser as `window.gaugeBoardPerf`. Bounded rings, never sent anywhere.
 */
const MAX = 5000;
const samples: number[] = [];
/** The fold + standings part of each update, before React renders. */
const computeSamples: number[] = [];
/** Chart redraws (throttled, see useThrottled): from the state change to the end of the commit. */
const chartSamples: number[] = [];
let chartStart: number | null = null;
let batches = 0;
let pendingStart: number | null = null;

declare global {
  interface Window {
    gaugeBoardPerf?: { samples: number[]; computeSamples: number[]; chartSamples: number[]; batches: () => number; reset: () => void };
  }
}

const push = (ring: number[], value: number) => {
  ring.push(value);
  if (ring.length > MAX) ring.shift();
};

/** Called by the store after folding a batch and computing standings, just before it publishes them. */
export function recordUpdate(startedAt: number, computedAt: number): void {
  batches++;
  push(computeSamples, computedAt - startedAt);
  pendingStart = startedAt;
}

/** In the page's top component: its layout effect runs last in the commit, so this closes the measurement. */
export function useCommitTiming(dependency: unknown): void {
  useLayoutEffect(() => {
    if (pendingStart === null) return;
    push(samples, performance.now() - pendingStart);
    pendingStart = null;
  }, [dependency]);
}

export const markChartStart = (): void => {
  chartStart = performance.now();
};

/** In the charts' container, whose layout effect runs after the charts'. */
export function useChartTiming(dependency: unknown): void {
  useLayoutEffect(() => {
    if (chartStart === null) return;
    push(chartSamples, performance.now() - chartStart);
    chartStart = null;
  }, [dependency]);
}

if (typeof window !== 'undefined') {
  window.gaugeBoardPerf = {
    samples,
    computeSamples,
    chartSamples,
    batches: () => batches,
    reset: () => {
      samples.length = 0;
      computeSamples.length = 0;
      chartSamples.length = 0;
      batches = 0;
    },
  };
}
