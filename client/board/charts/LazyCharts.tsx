import { lazy, Suspense } from 'react';
import type { Language } from '../../../shared/schemas/common.ts';
import type { CompetitionState } from '../../../shared/state.ts';

// recharts is about half of the app's JavaScript: it loads in its own chunk, so a screen shows
// the ranking first and a phone on venue Wi-Fi gets the standings before the charts.
const BoardCharts = lazy(() => import('./Charts.tsx').then((m) => ({ default: m.ChartsView })));
const PhoneChartsLazy = lazy(() => import('./Charts.tsx').then((m) => ({ default: m.PhoneCharts })));

interface Props {
  shown: CompetitionState;
  languages: Language[];
}

export const LazyChartsView = (props: Props) => (
  <Suspense fallback={null}>
    <BoardCharts {...props} />
  </Suspense>
);

export const LazyPhoneCharts = (props: Props) => (
  <Suspense fallback={null}>
    <PhoneChartsLazy {...props} />
  </Suspense>
);
