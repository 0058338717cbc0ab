import { Suspense } from 'react';
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

export function LazyPhoneCharts(props: ChartsProps) {
  const { PhoneCharts } = disciplineView(props.shown.setup.rule);
  return (
    <Suspense fallback={null}>
      <PhoneCharts {...props} />
    </Suspense>
  );
}
