import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { disciplinesOf } from '../../../shared/disciplines/ofSetup.ts';
import type { ChartsProps } from '../../disciplines/discipline.ts';
import { disciplineView } from '../../disciplines/registry.ts';
import { asSingleDiscipline } from '../../disciplines/single.ts';

// A discipline's charts load on demand (see its view): the ranking shows while they come. With
// several disciplines, the charts are the first discipline's that has any (placement's
// landings), drawn from that discipline's heats alone.

function Charts({ props, which }: { props: ChartsProps; which: 'BoardCharts' | 'PhoneCharts' }) {
  const found = disciplinesOf(props.shown.setup)
    .map((d) => ({ d, Chart: disciplineView(d.rule)[which] as ComponentType<ChartsProps> | undefined }))
    .find((c) => c.Chart);
  if (!found?.Chart) return null;
  const { d, Chart } = found;
  return (
    <Suspense fallback={null}>
      <Chart {...props} shown={asSingleDiscipline(props.shown, d)} />
    </Suspense>
  );
}

export const LazyChartsView = (props: ChartsProps) => <Charts props={props} which="BoardCharts" />;

/** On a phone the charts sit below the ranking: their code is fetched when the reader scrolls near them, not on mobile data up front. */
export function LazyPhoneCharts(props: ChartsProps) {
  const near = useNearViewport();
  return (
    <div ref={near.ref} className="phone-charts-slot">
      {near.seen && <Charts props={props} which="PhoneCharts" />}
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
