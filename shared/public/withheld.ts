import type { EventType, NewEvent, StoredEvent } from '../events.ts';
import type { CompetitionState } from '../state.ts';
import { heatSealed, setupHasKey, setupHoldsSealedKey } from './sealed.ts';

// What the public may see (DESIGN "What the public may see"): while the board is frozen, an
// event that carries a value, a score or a mark reaches anonymous readers only as the fact
// that it happened; so does an accounting answer while its discipline is sealed, and a setup
// that holds a sealed answer key. Staff tokens see everything; a reveal (the board's, or the
// last heat of a sealed discipline confirmed) makes it public.

/** Events whose data is a value that changes a score or a rank. */
const VALUE_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['lift.recorded', 'lift.corrected', 'lift.voided', 'answer.recorded', 'answer.corrected']);

export const carriesValue = (type: EventType): boolean => VALUE_EVENTS.has(type);

/** What deciding needs of the state: the freeze, and which heats are confirmed. */
export type WithholdState = Pick<CompetitionState, 'frozenAtSeq' | 'setup' | 'heats'>;

/** An event (stored, or about to be) with its place in the log. */
export type JudgedEvent = NewEvent & Pick<StoredEvent, 'seq'>;

/**
 * Whether the public must not see this event's data now. Decided by the state at reading
 * time, not at writing time: a reveal makes what was withheld public.
 */
export function isWithheld(state: WithholdState, event: JudgedEvent): boolean {
  switch (event.type) {
    case 'competition.created':
    case 'competition.updated':
      return setupHoldsSealedKey(state, event.data.setup);
    case 'answer.recorded':
      return heatSealed(state, event.data.answer.heatId) || frozenSince(state, event.seq);
    case 'answer.corrected':
      return heatSealed(state, event.data.heatId) || frozenSince(state, event.seq);
    default:
      return carriesValue(event.type) && frozenSince(state, event.seq);
  }
}

const frozenSince = (state: Pick<CompetitionState, 'frozenAtSeq'>, seq: number): boolean => state.frozenAtSeq !== null && seq > state.frozenAtSeq;

/**
 * A new event that the public will not see when it is written must carry a secret of its own:
 * its published hash is a commitment, and dx/dy, a mark or an answer key are few enough to
 * try them all. Answers always do (they are written while their discipline is sealed), and so
 * does a setup with an answer key.
 */
export function needsSalt(state: WithholdState & Pick<CompetitionState, 'lastSeq'>, event: NewEvent): boolean {
  switch (event.type) {
    case 'competition.created':
    case 'competition.updated':
      return setupHasKey(event.data.setup);
    case 'answer.recorded':
    case 'answer.corrected':
      return true;
    default:
      return isWithheld(state, { ...event, seq: state.lastSeq + 1 } as JudgedEvent);
  }
}
