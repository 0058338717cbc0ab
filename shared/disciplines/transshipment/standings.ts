import type { RankKey } from '../../scoring/ranking.ts';
import type { CompetitionState, LiftState } from '../../state.ts';
import type { OperatorResult } from '../discipline.ts';
import type { TransshipmentValue } from './reading.ts';
import type { TransshipmentRule } from './rule.ts';
import { heatTime, pointsFor } from './score.ts';

/** An operator's transshipment result: mean net time over finished heats, and its parts. */
export interface TransshipmentResult extends OperatorResult {
  /** Mean over finished heats; null when none has finished. */
  netTimeS: number | null;
  /** Mean penalty seconds (penalties and missing containers) over finished heats; null when none. */
  penaltyS: number | null;
  /** Containers moved (counted lifts) over all the operator's heats of the discipline. */
  containersMoved: number;
}

/** `state` holds this discipline's heats and lifts only (see disciplineState). */
export function operatorResults(state: CompetitionState<TransshipmentValue>, rule: TransshipmentRule): TransshipmentResult[] {
  const liftsByHeat = new Map<string, LiftState<TransshipmentValue>[]>();
  for (const lift of Object.values(state.lifts)) {
    const list = liftsByHeat.get(lift.heatId);
    if (list) list.push(lift);
    else liftsByHeat.set(lift.heatId, [lift]);
  }
  return state.setup.operators.map((operator) => {
    const heats = Object.values(state.heats).filter((h) => h.operatorId === operator.id);
    const times = heats.flatMap((h) => {
      const time = heatTime(rule, h, liftsByHeat.get(h.id) ?? []);
      return time ? [time] : [];
    });
    const mean = (pick: (t: (typeof times)[number]) => number) => (times.length ? times.reduce((s, t) => s + pick(t), 0) / times.length : null);
    const netTimeS = mean((t) => t.netTimeS);
    const containersMoved = heats.reduce((sum, h) => sum + (liftsByHeat.get(h.id) ?? []).filter((l) => !l.voided).length, 0);
    return {
      operatorId: operator.id,
      teamId: operator.teamId,
      // None finished → 0 points (and last, since a null net time sorts last).
      score: netTimeS === null ? 0 : pointsFor(rule, netTimeS),
      netTimeS,
      penaltyS: mean((t) => t.penaltyS),
      containersMoved,
    };
  });
}

/** rank: net time asc (none finished last); equal → shared. */
export const rankKeys = (result: TransshipmentResult): RankKey[] => [{ value: result.netTimeS, higherIsBetter: false }];
