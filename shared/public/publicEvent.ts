import type { CompetitionSetup } from '../schemas/setup.ts';
import type { EventType, StoredEvent } from '../events.ts';
import { publicSetup } from './publicSetup.ts';
import { isWithheld, type WithholdState } from './withheld.ts';

/** The public copy of a withheld event: that it happened, where, and its place in the chain. */
export interface WithheldEvent {
  seq: number;
  type: EventType;
  at: string;
  actor: StoredEvent['actor'];
  hash: string;
  withheld: true;
  /**
   * Which heat and lift index a recorded lift was for, which heat and task an answer was for;
   * nothing of its value. A setup with a sealed answer key comes without the key.
   */
  data: { heatId?: string; index?: number; taskId?: string; setup?: CompetitionSetup };
}

export type PublicEvent = StoredEvent | WithheldEvent;

export const isWithheldCopy = (event: PublicEvent): event is WithheldEvent => 'withheld' in event && event.withheld === true;

/** What a withheld copy keeps of the data. */
function keptData(state: WithholdState, event: StoredEvent): WithheldEvent['data'] {
  switch (event.type) {
    case 'lift.recorded':
      return { heatId: event.data.lift.heatId, index: event.data.lift.index };
    case 'answer.recorded':
      return { heatId: event.data.answer.heatId, taskId: event.data.answer.taskId };
    case 'answer.corrected':
      return { heatId: event.data.heatId, taskId: event.data.taskId };
    case 'competition.created':
    case 'competition.updated':
      return { setup: publicSetup(state, event.data.setup) };
    default:
      return {};
  }
}

/** The event as an anonymous reader may see it, given the competition as it is now. */
export function publicEvent(state: WithholdState, event: StoredEvent): PublicEvent {
  if (!isWithheld(state, event)) return event;
  const { seq, type, at, actor, hash } = event;
  // The actor is kept (who recorded it is no result); the client id in the data is the lift's secret.
  return { seq, type, at, actor: { role: actor.role }, hash, withheld: true, data: keptData(state, event) };
}

export const publicEvents = (state: WithholdState, events: readonly StoredEvent[]): PublicEvent[] => events.map((event) => publicEvent(state, event));
