import type { CompetitionState } from '../state.ts';
import { disciplinesOf } from './ofSetup.ts';

const cache = new WeakMap<CompetitionState, Map<string, CompetitionState>>();

/**
 * The state as one discipline's module sees it: only that discipline's heats, lifts and
 * answers. A one-discipline competition is its own state (nothing to filter).
 */
export function disciplineState(state: CompetitionState, disciplineId: string): CompetitionState {
  if (disciplinesOf(state.setup).length <= 1) return state;
  const known = cache.get(state)?.get(disciplineId);
  if (known) return known;
  const heats = Object.fromEntries(Object.entries(state.heats).filter(([, h]) => h.disciplineId === disciplineId));
  const inHeats = <T extends { heatId: string }>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([, v]) => Object.hasOwn(heats, v.heatId)));
  const view: CompetitionState = { ...state, heats, lifts: inHeats(state.lifts), answers: inHeats(state.answers) };
  cache.set(state, (cache.get(state) ?? new Map()).set(disciplineId, view));
  return view;
}
