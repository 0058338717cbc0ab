import type { CompetitionState } from '../../shared/state.ts';

/** The public view of a competition: setup and live state, never secrets. */
export function publicCompetition(state: CompetitionState) {
  return { ...state.setup, status: state.status, lastSeq: state.lastSeq, heats: state.setup.heats.map((h) => ({ ...h, ...state.heats[h.id] })) };
}
