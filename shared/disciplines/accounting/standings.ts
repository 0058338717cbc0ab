import type { RankKey } from '../../scoring/ranking.ts';
import type { CompetitionState } from '../../state.ts';
import type { OperatorResult } from '../discipline.ts';
import type { AccountingRule } from './rule.ts';

/** An operator's accounting result: the share of the tasks' points, and the time it took. */
export interface AccountingResult extends OperatorResult {
  completionTimeS: number | null;
  /** Tasks answered over all the operator's heats of the discipline (withheld ones included). */
  tasksAnswered: number;
}

/**
 * score = 100 × Σ points / Σ maxPoints (over every task of every heat the operator sits);
 * `state` holds this discipline's heats only (see disciplineState).
 */
export function operatorResults(state: CompetitionState<never>, rule: AccountingRule): AccountingResult[] {
  const maxPerHeat = rule.tasks.reduce((sum, t) => sum + t.maxPoints, 0);
  const answers = Object.values(state.answers);
  return state.setup.operators.map((operator) => {
    const heats = Object.values(state.heats).filter((h) => h.operatorId === operator.id);
    const heatIds = new Set(heats.map((h) => h.id));
    const own = answers.filter((a) => heatIds.has(a.heatId));
    const withheld = heats.reduce((sum, h) => sum + (state.withheldAnswers?.[h.id] ?? 0), 0);
    const timed = heats.filter((h) => h.startedAt && h.finishedAt);
    const maxPoints = maxPerHeat * heats.length;
    return {
      operatorId: operator.id,
      teamId: operator.teamId,
      score: maxPoints ? (100 * own.reduce((sum, a) => sum + a.points, 0)) / maxPoints : 0,
      completionTimeS: timed.length
        ? timed.reduce((sum, h) => sum + (Date.parse(h.finishedAt as string) - Date.parse(h.startedAt as string)) / 1000, 0)
        : null,
      tasksAnswered: own.length + withheld,
    };
  });
}

/** rank: score desc, then completion time asc (nulls last); equal → shared. */
export const rankKeys = (result: AccountingResult): RankKey[] => [
  { value: result.score, higherIsBetter: true },
  { value: result.completionTimeS, higherIsBetter: false },
];
