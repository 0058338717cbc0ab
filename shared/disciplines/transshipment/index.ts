import type { DisciplineModule } from '../discipline.ts';
import { transshipmentExports } from './exportColumns.ts';
import {
  applyCorrection,
  checkReading,
  transshipmentChange,
  transshipmentReading,
  valueOf,
  valueOfBody,
  type TransshipmentChange,
  type TransshipmentValue,
} from './reading.ts';
import { TransshipmentRule } from './rule.ts';
import { operatorResults, rankKeys, type TransshipmentResult } from './standings.ts';

/** Transshipment: containers moved from standard-gauge wagons to broad-gauge ones, against the clock. */
export const transshipment = {
  kind: 'transshipment',
  takesLifts: true,
  ruleSchema: TransshipmentRule,
  readingShape: transshipmentReading,
  correctionShape: transshipmentChange,
  readingsPerHeat: (rule) => rule.containers,
  checkReading,
  valueOf,
  valueOfBody,
  applyCorrection,
  // Time is the heat's, not a move's: a single move earns no points.
  liftScore: () => null,
  // A station only says that a container moved; the referee's penalties stand without a dispute.
  disagree: () => false,
  operatorResults,
  rankKeys,
  auditText(value) {
    const slots = value.fromSlot || value.toSlot ? `${value.fromSlot ?? '?'}→${value.toSlot ?? '?'}` : 'moved';
    return `${slots}${value.penalties.length ? ` ${value.penalties.join(',')}` : ''}`;
  },
  exports: transshipmentExports,
} satisfies DisciplineModule<TransshipmentRule, TransshipmentValue, TransshipmentChange, TransshipmentResult>;
