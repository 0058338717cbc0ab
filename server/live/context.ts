import type { DisplayPairing } from '../presence/displayPairing.ts';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../auth/principal.ts';
import type { Competitions } from '../commands/competitions.ts';
import { toAppError } from '../commands/errors.ts';
import type { PresenceRegistry } from '../presence/registry.ts';
import type { Readers } from '../public/readers.ts';

/** What every socket handler module gets. */
export interface LiveContext {
  io: Server;
  competitions: Competitions;
  presence: PresenceRegistry;
  readers: Readers;
  pairing: DisplayPairing;
}

/** Staff sockets (organizers, the competition's referees) get every event in full. */
export const competitionRoom = (competitionId: string): string => `competition:${competitionId}`;
/** Everyone else gets the public projection. */
export const publicRoom = (competitionId: string): string => `public:${competitionId}`;

export const principalOf = (socket: Socket): Principal | null => (socket.data.principal as Principal | null) ?? null;

type Ack = (answer: unknown) => void;

/**
 * Wraps a handler so the ack is always answered: `{ok: true, ...result}`, or
 * `{ok: false, error: {code, message, field?}}`; a handler never crashes the server.
 */
export function answering(socket: Socket, handler: (payload: unknown) => Record<string, unknown> | Promise<Record<string, unknown>>) {
  return (payload: unknown, ack?: unknown): void => {
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
    const fail = (error: unknown) => {
      const appError = toAppError(error);
      if (appError.status >= 500) console.error(`socket ${socket.id}`, error);
      reply({ ok: false, error: appError.toJSON() });
    };
    try {
      const result = handler(payload);
      // A synchronous answer goes out in this tick (subscribe relies on it: no event can slip ahead).
      if (result instanceof Promise) result.then((value) => reply({ ok: true, ...value }), fail);
      else reply({ ok: true, ...result });
    } catch (error) {
      fail(error);
    }
  };
}
