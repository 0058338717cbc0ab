import type { EventType, StoredEvent } from '../events.ts';
import type { CompetitionState } from '../state.ts';

// What the public may see (DESIGN "What the public may see"): while the board is frozen, an
// event that carries a value, a score or a mark reaches anonymous readers only as the fact
// that it happened. Staff tokens see everything; a reveal makes it all public again.

/** Events whose data is a value that changes a score or a rank. */
const VALUE_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['lift.recorded', 'lift.corrected', 'lift.voided']);

export const carriesValue = (type: EventType): boolean => VALUE_EVENTS.has(type);

/**
 * Whether the public must not see this event's data now. Decided by the state at reading
 * time, not at writing time: a reveal makes what was recorded while frozen public.
 */
export function isWithheld(state: Pick<CompetitionState, 'frozenAtSeq'>, event: Pick<StoredEvent, 'seq' | 'type'>): boolean {
  return carriesValue(event.type) && state.frozenAtSeq !== null && event.seq > state.frozenAtSeq;
}

/**
 * A new event that the public will not see when it is written must carry a secret of its own:
 * its published hash is a commitment, and dx/dy or a mark are few enough to try them all.
 */
export const needsSalt = (state: Pick<CompetitionState, 'frozenAtSeq' | 'lastSeq'>, type: EventType): boolean =>
  isWithheld(state, { seq: state.lastSeq + 1, type });
