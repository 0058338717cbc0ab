import type { EventType, StoredEvent } from '../events.ts';
import type { CompetitionState } from '../state.ts';
import { isWithheld } from './withheld.ts';

/** The public copy of a withheld event: that it happened, where, and its place in the chain. */
export interface WithheldEvent {
  seq: number;
  type: EventType;
  at: string;
  actor: StoredEvent['actor'];
  hash: string;
  withheld: true;
  /** Which heat and lift index a recorded lift was for; nothing of its value. */
  data: { heatId?: string; index?: number };
}

export type PublicEvent = StoredEvent | WithheldEvent;

export const isWithheldCopy = (event: PublicEvent): event is WithheldEvent => 'withheld' in event && event.withheld === true;

/** The event as an anonymous reader may see it, given the competition as it is now. */
export function publicEvent(state: Pick<CompetitionState, 'frozenAtSeq'>, event: StoredEvent): PublicEvent {
  if (!isWithheld(state, event)) return event;
  const { seq, type, at, actor, hash } = event;
  // The actor is kept (who recorded it is no result); the client id in the data is the lift's secret.
  const data = event.type === 'lift.recorded' ? { heatId: event.data.lift.heatId, index: event.data.lift.index } : {};
  return { seq, type, at, actor: { role: actor.role }, hash, withheld: true, data };
}

export const publicEvents = (state: Pick<CompetitionState, 'frozenAtSeq'>, events: readonly StoredEvent[]): PublicEvent[] =>
  events.map((event) => publicEvent(state, event));
