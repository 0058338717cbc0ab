import type { DisciplineModule } from '../discipline.ts';
import { valuesDisagree } from './dispute.ts';
import { placementExports } from './exportColumns.ts';
import { applyCorrection, checkReading, placementChange, placementReading, valueOf, valueOfBody, type PlacementChange, type PlacementValue } from './reading.ts';
import { PlacementRule } from './rule.ts';
import { liftScore } from './score.ts';
import { operatorResults, rankKeys, type PlacementResult } from './standings.ts';

/** Placement accuracy: each lift's dx/dy offset from its slot, penalties, dropped. */
export const placement = {
  kind: 'placement',
  takesLifts: true,
  ruleSchema: PlacementRule,
  readingShape: placementReading,
  correctionShape: placementChange,
  readingsPerHeat: (rule) => rule.liftsPerHeat,
  checkReading,
  valueOf,
  valueOfBody,
  applyCorrection,
  liftScore,
  disagree: (a, b, rule) => valuesDisagree(a, b, rule.reconcileToleranceMm),
  operatorResults,
  rankKeys,
  auditText(value) {
    const extra = [value.dropped ? 'dropped' : '', value.penalties.join(',')].filter(Boolean).join(' ');
    return `dx ${value.dxMm} dy ${value.dyMm}${extra ? ` ${extra}` : ''}`;
  },
  exports: placementExports,
} satisfies DisciplineModule<PlacementRule, PlacementValue, PlacementChange, PlacementResult>;
