import type { Server, Socket } from 'socket.io';
import { AppError } from '../../shared/commandError.ts';
import { Subscribe } from '../../shared/schemas/commands.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import { recordLift } from '../competitions/commands.ts';
import type { Competitions } from '../competitions/registry.ts';
import { toAppError } from '../http/errors.ts';
import { parse } from '../http/parse.ts';

/** Past this many missed events a snapshot is cheaper to send than the events. */
export const SNAPSHOT_AFTER_EVENTS = 1000;

const room = (competitionId: string): string => `competition:${competitionId}`;

type Ack = (answer: unknown) => void;

/** Runs a handler and always answers the ack, with the documented error shape on failure. */
function answering(socket: Socket, handler: (payload: unknown) => Record<string, unknown>) {
  return (payload: unknown, ack?: unknown) => {
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
    try {
      reply({ ok: true, ...handler(payload) });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.status >= 500) console.error(`socket ${socket.id}`, error);
      reply({ ok: false, error: appError.toJSON() });
    }
  };
}

export function attachLive(io: Server, competitions: Competitions, authenticate: Authenticator): void {
  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    const principal = authenticate(typeof token === 'string' ? token : undefined);
    if (typeof token === 'string' && token && !principal) return next(new Error('unauthorized: invalid or expired token'));
    socket.data.principal = principal;
    next();
  });

  competitions.onEvent((competitionId, event) => {
    io.to(room(competitionId)).emit('event', { competitionId, ...event });
  });

  io.on('connection', (socket) => {
    const principal = (): Principal | null => (socket.data.principal as Principal | null) ?? null;

    socket.on(
      'subscribe',
      answering(socket, (payload) => {
        const { competitionId, since } = parse(Subscribe, payload);
        const state = competitions.get(competitionId);
        // Join before reading the log: both happen in this tick, so no event falls between them.
        for (const joined of socket.rooms) if (joined !== socket.id) void socket.leave(joined);
        void socket.join(room(competitionId));
        const from = since ?? 0;
        if (from > state.lastSeq || state.lastSeq - from > SNAPSHOT_AFTER_EVENTS) {
          return { competitionId, lastSeq: state.lastSeq, snapshot: state };
        }
        return { competitionId, lastSeq: state.lastSeq, events: competitions.eventsSince(competitionId, from) };
      }),
    );

    socket.on(
      'lift:submit',
      answering(socket, (payload) => {
        if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
          throw new AppError('bad_request', 'expected an object');
        }
        const { competitionId, ...body } = payload as Record<string, unknown>;
        if (typeof competitionId !== 'string') throw new AppError('bad_request', 'competitionId is required', 'competitionId');
        return recordLift(competitions, principal(), competitionId, body).body;
      }),
    );
  });
}
