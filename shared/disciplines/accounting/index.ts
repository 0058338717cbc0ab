import type { DisciplineModule } from '../discipline.ts';
import { accountingExports } from './exportColumns.ts';
import { AccountingRule } from './rule.ts';
import { operatorResults, rankKeys, type AccountingResult } from './standings.ts';

// An accounting heat takes answers (POST /answers), never lifts: the lift functions below are
// never reached (decideLift refuses a lift for a heat whose discipline takes none), and their
// value type is `never` to say so.

const noLifts = (): never => {
  throw new Error('an accounting heat holds no lifts');
};

/** Accounting: tasks answered on paper or screen, marked by key or by the examiner. */
export const accounting = {
  kind: 'accounting',
  takesLifts: false,
  ruleSchema: AccountingRule,
  readingShape: {},
  correctionShape: {},
  readingsPerHeat: () => 0,
  checkReading: () => ({ field: 'heatId', message: 'an accounting heat takes answers (POST /answers), not lifts' }),
  valueOf: noLifts,
  valueOfBody: noLifts,
  applyCorrection: noLifts,
  liftScore: () => null,
  disagree: () => false,
  operatorResults,
  rankKeys,
  auditText: noLifts,
  exports: accountingExports,
} satisfies DisciplineModule<AccountingRule, never, never, AccountingResult>;
