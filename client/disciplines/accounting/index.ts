import type { AccountingRule } from '../../../shared/disciplines/accounting/rule.ts';
import type { AccountingResult } from '../../../shared/disciplines/accounting/standings.ts';
import type { DisciplineView } from '../discipline.ts';
import { AccountingHeat } from './AccountingHeat.tsx';
import { rankingColumns } from './rankingColumns.tsx';

// An accounting heat holds answers, never lifts: the lift parts of the view are never reached
// (the examiner's screen replaces the lift form and list, and no lift of such a heat exists).

const noLifts = (): never => {
  throw new Error('an accounting heat holds no lifts');
};
const NoFields = () => null;

/** Accounting on the screens: the examiner's task list and keypad, tasks answered and score on the board. */
export const accountingView = {
  kind: 'accounting',
  heatDurationS: (rule) => rule.timeLimitS,
  HeatScreen: AccountingHeat,
  get emptyValue(): never {
    return noLifts();
  },
  EntryFields: NoFields,
  CorrectionFields: NoFields,
  previewScore: () => null,
  valueText: noLifts,
  ValueSummary: NoFields,
  changeText: noLifts,
  consoleText: noLifts,
  settleText: noLifts,
  settleChange: noLifts,
  rankingColumns,
  liftFigures: noLifts,
} satisfies DisciplineView<AccountingRule, never, never, AccountingResult>;
