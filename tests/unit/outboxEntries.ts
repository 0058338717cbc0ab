// Outbox entries for unit tests, one builder per kind of referee act, the way the tablet
// queues them (client/referee/refereeStore.ts): the client id is also the body's id.
import type { HeatVerb } from '../../shared/decide.ts';
import type { OutboxEntry } from '../../client/outbox/entry.ts';

type State = OutboxEntry['state'];

const envelope = (id: string, state: State, createdAt = 0) => ({ id, competitionId: 'c', createdAt, state, attempts: 0 });

/** A reading; only heat, index and the fields a row shows need giving. */
export const liftEntry = (id: string, body: { heatId: string; index: number; [field: string]: unknown }, state: State = 'pending'): OutboxEntry<'lift'> => ({
  ...envelope(id, state),
  kind: 'lift',
  body: { id, ...body },
});

/** start / finish with the act's time (`at`), or confirm with none. */
export const heatEntry = (id: string, heatId: string, verb: HeatVerb, at?: string, state: State = 'pending', createdAt = 0): OutboxEntry<'heat'> => ({
  ...envelope(id, state, createdAt),
  kind: 'heat',
  heatId,
  verb,
  body: at === undefined ? { id } : { id, at },
});

export const correctionEntry = (id: string, liftId: string, change: Record<string, unknown>, state: State = 'pending'): OutboxEntry<'correction'> => ({
  ...envelope(id, state),
  kind: 'correction',
  liftId,
  body: { id, ...change, reason: 'video review' },
});

export const voidEntry = (id: string, liftId: string, state: State = 'pending'): OutboxEntry<'void'> => ({
  ...envelope(id, state),
  kind: 'void',
  liftId,
  body: { id, reason: 'crane fault, lift repeated' },
});
