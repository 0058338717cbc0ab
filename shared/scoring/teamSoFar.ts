import { disciplineOfHeat } from '../disciplines/ofSetup.ts';
import type { PlacementValue } from '../disciplines/placement/reading.ts';
import type { PlacementRule } from '../disciplines/placement/rule.ts';
import { liftScore } from '../disciplines/placement/score.ts';
import type { CompetitionState } from '../state.ts';

// The team duel's "so far": during a contest the final-rule team score counts every lift not
// yet made as 0 (an operator who has not started scores 0.00), so it says little about who is
// ahead. This is the team's mean over what has happened: each operator's mean placement lift
// score over their counted lifts, averaged over the operators who have lifted at all.

export interface TeamSoFar {
  teamId: string;
  /** Mean of the lifted operators' mean lift scores, exact; null before the team's first lift. */
  score: number | null;
  /** Operators with at least one counted lift (the ones averaged). */
  operators: number;
  /** Counted placement lifts of the team. */
  lifts: number;
}

/** Every team of the setup, in setup order, with its average over the placement lifts counted so far. */
export function teamAveragesSoFar(state: CompetitionState): TeamSoFar[] {
  // Per heat once: its operator and, for placement heats, the rule (thousands of lifts, a few heats).
  const placementHeats = new Map<string, { operatorId: string; rule: PlacementRule }>();
  for (const heat of Object.values(state.heats)) {
    const { rule } = disciplineOfHeat(state.setup, heat.id);
    if (rule.kind === 'placement') placementHeats.set(heat.id, { operatorId: heat.operatorId, rule });
  }
  const byOperator = new Map<string, { sum: number; n: number }>();
  for (const lift of Object.values(state.lifts)) {
    if (lift.voided) continue;
    const heat = placementHeats.get(lift.heatId);
    if (heat === undefined) continue;
    const { operatorId, rule } = heat;
    const entry = byOperator.get(operatorId) ?? { sum: 0, n: 0 };
    entry.sum += liftScore(rule, lift.value as PlacementValue);
    entry.n += 1;
    byOperator.set(operatorId, entry);
  }
  return state.setup.teams.map((team) => {
    const lifted = state.setup.operators.flatMap((o) => {
      const entry = o.teamId === team.id ? byOperator.get(o.id) : undefined;
      return entry ? [entry] : [];
    });
    const score = lifted.length ? lifted.reduce((s, e) => s + e.sum / e.n, 0) / lifted.length : null;
    return { teamId: team.id, score, operators: lifted.length, lifts: lifted.reduce((s, e) => s + e.n, 0) };
  });
}
