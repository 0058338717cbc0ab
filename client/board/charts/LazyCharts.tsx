import { Suspense, useEffect, useRef, useState } from 'react';
import type { ChartsProps } from '../../disciplines/discipline.ts';
import { disciplineView } from '../../disciplines/registry.ts';

// A discipline's charts load on demand (see its view): the ranking shows while they come.

export function LazyChartsView(props: ChartsProps) {
  const { BoardCharts } = disciplineView(props.shown.setup.rule);
  return (
    <Suspense fallback={null}>
      <BoardCharts {...props} />
    </Suspense>
  );
}

/** On a phone the charts sit below the ranking: their code is fetched when the reader scrolls near them, not on mobile data up front. */
export function LazyPhoneCharts(props: ChartsProps) {
  const { PhoneCharts } = disciplineView(props.shown.setup.rule);
  const near = useNearViewport();
  return (
    <div ref={near.ref} className="phone-charts-slot">
      {near.seen && (
        <Suspense fallback={null}>
          <PhoneCharts {...props} />
        </Suspense>
      )}
    </div>
  );
}

function useNearViewport() {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    if (typeof IntersectionObserver === 'undefined') return setSeen(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return { ref, seen };
}
