import type { StoredEvent } from '../events.ts';
import { fold } from '../reducer.ts';
import type { CompetitionState } from '../state.ts';
import { isWithheldCopy, type PublicEvent, type WithheldEvent } from './publicEvent.ts';

/**
 * Folds a public log with the shared reducer. A withheld event changes no value: it moves
 * the chain on and counts a lift (or an answered task) for its heat, so a board can say
 * "3 lifts since the freeze". A setup withheld for its answer key is folded without the key.
 */
export function foldPublic(events: readonly PublicEvent[], from: CompetitionState | null = null): CompetitionState | null {
  let state = from;
  let run: StoredEvent[] = [];
  for (const event of events) {
    if (!isWithheldCopy(event)) {
      run.push(event);
      continue;
    }
    if (event.data.setup) {
      run.push(setupEvent(event));
      continue;
    }
    state = fold(run, state);
    run = [];
    if (!state) throw new Error(`${event.type} before competition.created`);
    state = passWithheld(state, event);
  }
  return fold(run, state);
}

/** A setup event as the public has it: the setup without the sealed key. */
function setupEvent(event: WithheldEvent): StoredEvent {
  const { withheld: _withheld, data, ...rest } = event;
  return { ...rest, data: { setup: data.setup } } as StoredEvent;
}

const counted = (map: Record<string, number> | undefined, heatId: string) => ({ ...map, [heatId]: (map?.[heatId] ?? 0) + 1 });

function passWithheld(state: CompetitionState, event: WithheldEvent): CompetitionState {
  const { heatId } = event.data;
  const next = { ...state, lastSeq: event.seq, lastHash: event.hash };
  if (heatId && event.type === 'lift.recorded') next.withheldLifts = counted(state.withheldLifts, heatId);
  if (heatId && event.type === 'answer.recorded') next.withheldAnswers = counted(state.withheldAnswers, heatId);
  return next;
}
