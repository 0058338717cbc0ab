import type { StoredEvent } from '../events.ts';
import { fold } from '../reducer.ts';
import type { CompetitionState } from '../state.ts';
import { isWithheldCopy, type PublicEvent, type WithheldEvent } from './publicEvent.ts';

/**
 * Folds a public log with the shared reducer. A withheld event changes no value: it moves
 * the chain on and counts a lift for its heat, so a board can say "3 lifts since the freeze".
 */
export function foldPublic(events: readonly PublicEvent[], from: CompetitionState | null = null): CompetitionState | null {
  let state = from;
  let run: StoredEvent[] = [];
  for (const event of events) {
    if (!isWithheldCopy(event)) {
      run.push(event);
      continue;
    }
    state = fold(run, state);
    run = [];
    if (!state) throw new Error(`${event.type} before competition.created`);
    state = passWithheld(state, event);
  }
  return fold(run, state);
}

function passWithheld(state: CompetitionState, event: WithheldEvent): CompetitionState {
  const heatId = event.type === 'lift.recorded' ? event.data.heatId : undefined;
  const withheldLifts = heatId ? { ...state.withheldLifts, [heatId]: (state.withheldLifts?.[heatId] ?? 0) + 1 } : state.withheldLifts;
  return { ...state, lastSeq: event.seq, lastHash: event.hash, withheldLifts };
}
