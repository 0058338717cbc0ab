import { useEffect, useRef, useState } from 'react';
import { markChartStart } from '../../live/perf.ts';

/**
 * The value, at most once per `intervalMs`: charts redraw about once a second however fast
 * lifts arrive (a recharts redraw of a full competition costs far more than a table row),
 * and the latest value always lands.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastAt = useRef(0);
  useEffect(() => {
    const wait = lastAt.current + intervalMs - performance.now();
    const update = () => {
      lastAt.current = performance.now();
      markChartStart();
      setShown(value);
    };
    if (wait <= 0) return update();
    const timer = setTimeout(update, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}
