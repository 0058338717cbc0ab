import { disciplineState } from '../../shared/disciplines/disciplineState.ts';
import { disciplinesOf, type Discipline, type SetupDisciplines } from '../../shared/disciplines/ofSetup.ts';
import type { CompetitionState } from '../../shared/state.ts';

/** The first discipline of a setup: the only one of a competition written with `rule`. */
export function firstDiscipline(setup: SetupDisciplines): Discipline {
  const first = disciplinesOf(setup)[0];
  if (!first) throw new Error('a setup without a discipline');
  return first;
}

const cache = new WeakMap<CompetitionState, Map<string, CompetitionState>>();

/**
 * The state as a competition of this one discipline: its heats, lifts and answers, and its rule
 * as the setup's `rule`. Screens written for one discipline (a kind's charts) draw it as they
 * drew every competition before disciplines. A one-discipline competition is itself.
 */
export function asSingleDiscipline(state: CompetitionState, discipline: Discipline): CompetitionState {
  if (disciplinesOf(state.setup).length <= 1) return state;
  const known = cache.get(state)?.get(discipline.id);
  if (known) return known;
  const own = disciplineState(state, discipline.id);
  const { disciplines: _disciplines, ...setup } = state.setup;
  const single: CompetitionState = {
    ...own,
    setup: { ...setup, rule: discipline.rule, heats: setup.heats.filter((h) => Object.hasOwn(own.heats, h.id)) },
  };
  cache.set(state, (cache.get(state) ?? new Map()).set(discipline.id, single));
  return single;
}
