/**
 * Time per board update (fold + standings + React commit), kept for the speed benchmark
 * and readable in the browser as `window.gaugeBoardPerf`. A bounded ring, never sent anywhere.
 */
const samples: number[] = [];
const MAX = 5000;
let batches = 0;

declare global {
  interface Window {
    gaugeBoardPerf?: { samples: number[]; batches: () => number; reset: () => void };
  }
}

export function recordUpdate(startedAt: number): void {
  batches++;
  // Measure up to the end of React's synchronous commit of this update: the next macrotask.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    samples.push(performance.now() - startedAt);
    if (samples.length > MAX) samples.shift();
  };
  channel.port2.postMessage(null);
}

if (typeof window !== 'undefined') {
  window.gaugeBoardPerf = {
    samples,
    batches: () => batches,
    reset: () => {
      samples.length = 0;
      batches = 0;
    },
  };
}
