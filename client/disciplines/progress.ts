import { ruleOfHeat } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf } from '../../shared/disciplines/registry.ts';
import { memoByState } from '../../shared/memoByState.ts';
import type { CompetitionState } from '../../shared/state.ts';

/**
 * How far a heat is, whatever its discipline: lifts counted of those it takes, or tasks
 * answered (withheld answers of a sealed exam count: the public may know how many; lifts
 * withheld while frozen do not, as before disciplines).
 */
export function heatProgress(state: CompetitionState, heatId: string): { done: number; required: number } {
  const rule = ruleOfHeat(state.setup, heatId);
  const counts = countsOf(state);
  if (rule.kind === 'accounting') {
    return { done: (counts.answers.get(heatId) ?? 0) + (state.withheldAnswers?.[heatId] ?? 0), required: rule.tasks.length };
  }
  return { done: counts.lifts.get(heatId) ?? 0, required: disciplineOf(rule).readingsPerHeat(rule) };
}

interface Counts {
  /** Heat → lifts not voided. */
  lifts: Map<string, number>;
  /** Heat → answers given. */
  answers: Map<string, number>;
}

/** One pass over a state's lifts and answers for every heat a screen asks about (a board asks for 60). */
const countsOf = memoByState((state: CompetitionState): Counts => {
  const add = (map: Map<string, number>, heatId: string) => map.set(heatId, (map.get(heatId) ?? 0) + 1);
  const counts: Counts = { lifts: new Map(), answers: new Map() };
  for (const lift of Object.values(state.lifts)) if (!lift.voided) add(counts.lifts, lift.heatId);
  for (const answer of Object.values(state.answers)) add(counts.answers, answer.heatId);
  return counts;
});

/** A heat's clock length by its discipline's rule (heat duration or time limit). */
export function heatDurationS(state: Pick<CompetitionState, 'setup'>, heatId: string): number {
  const rule = ruleOfHeat(state.setup, heatId);
  return rule.kind === 'placement' ? rule.heatDurationS : rule.timeLimitS;
}
