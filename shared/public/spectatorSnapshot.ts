import type { CompetitionState } from '../state.ts';

const light = new WeakMap<CompetitionState, { seq: number; state: CompetitionState }>();

/**
 * What a spectator's screen starts from: the public state without each lift's history, the
 * audit trail only staff screens show. It is a third to a half of a snapshot's bytes, and a
 * board opened on 10,000 events parses all of them before it draws. Later events fold onto it
 * as onto the full state (the reducer appends to the empty history). One copy per state and
 * seq, however many screens subscribe at once after a restart.
 */
export function spectatorSnapshot(state: CompetitionState): CompetitionState {
  const known = light.get(state);
  if (known?.seq === state.lastSeq) return known.state;
  const lifts: CompetitionState['lifts'] = {};
  for (const [key, lift] of Object.entries(state.lifts)) lifts[key] = { ...lift, history: [] };
  const made = { ...state, lifts };
  light.set(state, { seq: state.lastSeq, state: made });
  return made;
}
