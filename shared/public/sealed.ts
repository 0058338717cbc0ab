import { hasKey } from '../disciplines/accounting/rule.ts';
import { disciplinesOf } from '../disciplines/ofSetup.ts';
import type { CompetitionSetup } from '../schemas/setup.ts';
import type { CompetitionState } from '../state.ts';

// Sealed accounting (DESIGN "Disciplines"): the answer key and every answer's value and mark
// reach no one but organizers and referees until every heat of the discipline is confirmed.

export type SealState = Pick<CompetitionState, 'setup' | 'heats'>;

const cache = new WeakMap<object, ReadonlySet<string>>();

/** The accounting disciplines with a heat not yet confirmed. */
export function sealedDisciplines(state: SealState): ReadonlySet<string> {
  const known = cache.get(state.heats);
  if (known) return known;
  const sealed = new Set<string>();
  for (const d of disciplinesOf(state.setup)) {
    if (d.kind !== 'accounting') continue;
    if (Object.values(state.heats).some((h) => h.disciplineId === d.id && h.status !== 'confirmed')) sealed.add(d.id);
  }
  // The heats map is replaced whenever a heat changes (and with the setup), so it keys the answer.
  cache.set(state.heats, sealed);
  return sealed;
}

/** Whether a heat's answers are sealed now. */
export const heatSealed = (state: SealState, heatId: string): boolean => {
  const heat = state.heats[heatId];
  return heat !== undefined && sealedDisciplines(state).has(heat.disciplineId);
};

/** Whether a setup carries an answer key of a discipline sealed now. */
export function setupHoldsSealedKey(state: SealState, setup: CompetitionSetup): boolean {
  const sealed = sealedDisciplines(state);
  return disciplinesOf(setup).some((d) => sealed.has(d.id) && d.rule.kind === 'accounting' && hasKey(d.rule));
}

/** Whether a setup carries any answer key at all (its event then needs a salt). */
export const setupHasKey = (setup: CompetitionSetup): boolean => disciplinesOf(setup).some((d) => d.rule.kind === 'accounting' && hasKey(d.rule));
