import { withoutKey } from '../disciplines/accounting/rule.ts';
import { disciplinesOf } from '../disciplines/ofSetup.ts';
import type { CompetitionSetup } from '../schemas/setup.ts';
import { sealedDisciplines, type SealState } from './sealed.ts';

/** The setup as an anonymous reader may see it: sealed accounting tasks without answer or tolerance. */
export function publicSetup(state: SealState, setup: CompetitionSetup = state.setup): CompetitionSetup {
  const sealed = sealedDisciplines(state);
  if (!disciplinesOf(setup).some((d) => sealed.has(d.id) && d.rule.kind === 'accounting')) return setup;
  if (setup.rule?.kind === 'accounting') return { ...setup, rule: withoutKey(setup.rule) };
  if (!setup.disciplines) return setup;
  return {
    ...setup,
    disciplines: setup.disciplines.map((d) => (d.kind === 'accounting' && sealed.has(d.id) ? { ...d, rule: withoutKey(d.rule) } : d)),
  };
}
