import type { TransshipmentChange, TransshipmentValue } from '../../../shared/disciplines/transshipment/reading.ts';
import type { TransshipmentRule } from '../../../shared/disciplines/transshipment/rule.ts';
import { penaltySeconds } from '../../../shared/disciplines/transshipment/score.ts';
import type { TransshipmentResult } from '../../../shared/disciplines/transshipment/standings.ts';
import { formatInt } from '../../i18n/format.ts';
import type { DisciplineView } from '../discipline.ts';
import { MoveFields } from './MoveFields.tsx';
import { rankingColumns } from './rankingColumns.tsx';
import { TransshipmentHeat } from './TransshipmentHeat.tsx';
import { ValueSummary } from './ValueSummary.tsx';
import { changeText, moveText, slotsText } from './valueText.ts';

/** Transshipment on the screens: a tap per container, fault seconds, net time against the clock. */
export const transshipmentView = {
  kind: 'transshipment',
  heatDurationS: (rule) => rule.timeLimitS,
  HeatScreen: TransshipmentHeat,
  emptyValue: { penalties: [] },
  EntryFields: MoveFields,
  CorrectionFields: MoveFields,
  // A move earns no points alone: the heat's time does.
  previewScore: () => null,
  valueText: moveText,
  ValueSummary,
  changeText,
  consoleText: moveText,
  settleText: moveText,
  settleChange: (value) => ({ penalties: value.penalties }),
  rankingColumns,
  liftFigures: (rule, value, lang) => {
    const seconds = penaltySeconds(rule, value.penalties);
    return { figure: slotsText(value), score: seconds ? `+${formatInt(seconds, lang)} s` : '✓' };
  },
} satisfies DisciplineView<TransshipmentRule, TransshipmentValue, TransshipmentChange, TransshipmentResult>;
