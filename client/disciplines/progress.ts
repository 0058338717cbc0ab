import { ruleOfHeat } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf } from '../../shared/disciplines/registry.ts';
import type { CompetitionState } from '../../shared/state.ts';

/**
 * How far a heat is, whatever its discipline: lifts counted of those it takes, or tasks
 * answered (withheld answers of a sealed exam count: the public may know how many; lifts
 * withheld while frozen do not, as before disciplines).
 */
export function heatProgress(state: CompetitionState, heatId: string): { done: number; required: number } {
  const rule = ruleOfHeat(state.setup, heatId);
  if (rule.kind === 'accounting') {
    const answered = Object.values(state.answers).filter((a) => a.heatId === heatId).length + (state.withheldAnswers?.[heatId] ?? 0);
    return { done: answered, required: rule.tasks.length };
  }
  const done = Object.values(state.lifts).filter((l) => l.heatId === heatId && !l.voided).length;
  return { done, required: disciplineOf(rule).readingsPerHeat(rule) };
}

/** A heat's clock length by its discipline's rule (heat duration or time limit). */
export function heatDurationS(state: Pick<CompetitionState, 'setup'>, heatId: string): number {
  const rule = ruleOfHeat(state.setup, heatId);
  return rule.kind === 'placement' ? rule.heatDurationS : rule.timeLimitS;
}
