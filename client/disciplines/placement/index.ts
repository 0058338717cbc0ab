import { lazy } from 'react';
import type { PlacementChange, PlacementValue } from '../../../shared/disciplines/placement/reading.ts';
import type { PlacementRule } from '../../../shared/disciplines/placement/rule.ts';
import { deviationMm, liftScore } from '../../../shared/disciplines/placement/score.ts';
import type { PlacementResult } from '../../../shared/disciplines/placement/standings.ts';
import { formatMm, formatScore } from '../../i18n/format.ts';
import type { DisciplineView } from '../discipline.ts';
import { CorrectionFields } from './CorrectionFields.tsx';
import { EntryFields } from './EntryFields.tsx';
import { rankingColumns } from './rankingColumns.tsx';
import { ValueSummary } from './ValueSummary.tsx';
import { changeText, consoleText, offsetsText, settleChange, settleText } from './valueText.ts';

// recharts is about half of the app's JavaScript: it loads in its own chunk, so a screen shows
// the ranking first and a phone on venue Wi-Fi gets the standings before the charts.
const BoardCharts = lazy(() => import('./charts/Charts.tsx').then((m) => ({ default: m.ChartsView })));
const PhoneCharts = lazy(() => import('./charts/Charts.tsx').then((m) => ({ default: m.PhoneCharts })));

/** Placement accuracy on the screens: dx/dy steppers and slot target, deviation and score cells, landing charts. */
export const placementView = {
  kind: 'placement',
  heatDurationS: (rule) => rule.heatDurationS,
  emptyValue: { dxMm: 0, dyMm: 0, penalties: [], dropped: false },
  EntryFields,
  CorrectionFields,
  previewScore: liftScore,
  valueText: offsetsText,
  ValueSummary,
  changeText,
  consoleText,
  settleText,
  settleChange,
  rankingColumns,
  liftFigures: (rule, value, lang) => ({
    figure: value.dropped ? '✕' : formatMm(deviationMm(value), lang),
    score: formatScore(liftScore(rule, value), lang),
  }),
  BoardCharts,
  PhoneCharts,
} satisfies DisciplineView<PlacementRule, PlacementValue, PlacementChange, PlacementResult>;
