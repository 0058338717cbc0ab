import { memoByState } from '../memoByState.ts';
import type { CompetitionState } from '../state.ts';

/**
 * What a spectator's screen starts from: the public state without each lift's history, the
 * audit trail only staff screens show. It is a third to a half of a snapshot's bytes, and a
 * board opened on 10,000 events parses all of them before it draws. Later events fold onto it
 * as onto the full state (the reducer appends to the empty history). One copy per state and
 * seq, however many screens subscribe at once after a restart.
 */
export const spectatorSnapshot = memoByState((state: CompetitionState): CompetitionState => {
  const lifts: CompetitionState['lifts'] = {};
  for (const [key, lift] of Object.entries(state.lifts)) lifts[key] = { ...lift, history: [] };
  return { ...state, lifts };
});
