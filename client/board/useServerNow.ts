import { useEffect, useState } from 'react';
import { useLive } from '../live/liveStore.ts';

/** The server's time now (ms), ticking every `everyMs`; heat clocks count down in it. */
export function useServerNow(everyMs = 1000): number {
  const offset = useLive((s) => s.serverOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now + offset;
}
