import { rankBy } from '../scoring/ranking.ts';
import type { OperatorResult } from './discipline.ts';
import type { Discipline } from './ofSetup.ts';

// The overall ranking of a competition of several disciplines:
// overall = Σ weight_d × points_d / Σ weight_d, a discipline with no result counting 0.

/** An operator's overall result: the weighted score and the points of each discipline. */
export interface OverallResult extends OperatorResult {
  /** Points per discipline id (0 where the operator has no result). */
  disciplines: Record<string, number>;
}

/** `results` by discipline id: each discipline's operator results (exact). */
export function overallResults(
  operators: readonly { id: string; teamId: string }[],
  disciplines: readonly Pick<Discipline, 'id' | 'weight'>[],
  results: ReadonlyMap<string, readonly OperatorResult[]>,
): OverallResult[] {
  const totalWeight = disciplines.reduce((sum, d) => sum + d.weight, 0);
  return operators.map((operator) => {
    const points: Record<string, number> = {};
    for (const d of disciplines) points[d.id] = results.get(d.id)?.find((r) => r.operatorId === operator.id)?.score ?? 0;
    const weighted = disciplines.reduce((sum, d) => sum + d.weight * (points[d.id] as number), 0);
    return { operatorId: operator.id, teamId: operator.teamId, score: totalWeight ? weighted / totalWeight : 0, disciplines: points };
  });
}

/** rank: overall desc; equal → shared. */
export const rankOverall = <T extends OperatorResult>(results: readonly T[]) => rankBy(results, (r) => [{ value: r.score, higherIsBetter: true }]);
