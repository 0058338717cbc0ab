import type { RankKey } from '../../scoring/ranking.ts';
import type { CompetitionState, LiftState } from '../../state.ts';
import type { OperatorResult } from '../discipline.ts';
import type { PlacementValue } from './reading.ts';
import type { PlacementRule } from './rule.ts';
import { deviationMm, liftScore, penaltyPoints } from './score.ts';

/** An operator's placement result: the score and what breaks ties, with the counts the board shows. */
export interface PlacementResult extends OperatorResult {
  meanDeviationMm: number | null;
  liftsCounted: number;
  liftsRequired: number;
  penaltyPoints: number;
  completionTimeS: number | null;
}

/** Every operator's result by the rule, with exact (unrounded) numbers. */
export function operatorResults(state: CompetitionState<PlacementValue>, rule: PlacementRule): PlacementResult[] {
  // One pass over the lifts (a competition holds thousands), each to its operator, in log order.
  const countedBy = new Map<string, LiftState<PlacementValue>[]>();
  for (const lift of Object.values(state.lifts)) {
    const operatorId = state.heats[lift.heatId]?.operatorId;
    if (lift.voided || operatorId === undefined) continue;
    const list = countedBy.get(operatorId);
    if (list) list.push(lift);
    else countedBy.set(operatorId, [lift]);
  }
  return state.setup.operators.map((operator) => {
    const heats = Object.values(state.heats).filter((h) => h.operatorId === operator.id);
    const counted = countedBy.get(operator.id) ?? [];
    const landed = counted.filter((l) => !l.value.dropped);
    const timed = heats.filter((h) => h.startedAt && h.finishedAt);
    const liftsRequired = rule.liftsPerHeat * heats.length;
    return {
      operatorId: operator.id,
      teamId: operator.teamId,
      // A lift never recorded counts 0: divide by what was required, not by what was done.
      score: liftsRequired ? counted.reduce((sum, l) => sum + liftScore(rule, l.value), 0) / liftsRequired : 0,
      meanDeviationMm: landed.length ? landed.reduce((sum, l) => sum + deviationMm(l.value), 0) / landed.length : null,
      liftsCounted: counted.length,
      liftsRequired,
      penaltyPoints: counted.reduce((sum, l) => sum + penaltyPoints(rule, l.value.penalties), 0),
      completionTimeS: timed.length
        ? timed.reduce((sum, h) => sum + (Date.parse(h.finishedAt as string) - Date.parse(h.startedAt as string)) / 1000, 0)
        : null,
    };
  });
}

/** rank: score desc, then mean deviation asc, then completion time asc (nulls last). */
export const rankKeys = (result: PlacementResult): RankKey[] => [
  { value: result.score, higherIsBetter: true },
  { value: result.meanDeviationMm, higherIsBetter: false },
  { value: result.completionTimeS, higherIsBetter: false },
];
