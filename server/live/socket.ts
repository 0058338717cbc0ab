import type { Server, Socket } from 'socket.io';
import { AppError } from '../../shared/commandError.ts';
import { Subscribe } from '../../shared/schemas/commands.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { PresenceReport } from '../../shared/schemas/presence.ts';
import type { PresenceRegistry } from './presence.ts';
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

/** Which role may say it is which kind of device. */
const ROLES_FOR_KIND = { referee: ['referee'], station: ['station'], admin: ['admin'], display: null } as const;

export function attachLive(io: Server, competitions: Competitions, authenticate: Authenticator, presence: PresenceRegistry): void {
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

  presence.onChange((competitionId, devices) => {
    io.to(room(competitionId)).emit('presence', { competitionId, devices });
  });

  io.on('connection', (socket) => {
    const principal = (): Principal | null => (socket.data.principal as Principal | null) ?? null;
    /** Devices this socket has announced, so a disconnect marks them offline. */
    const announced = new Set<string>();
    socket.on('disconnect', () => {
      for (const key of announced) {
        const [competitionId, deviceId] = JSON.parse(key) as [string, string];
        presence.disconnected(competitionId, deviceId);
      }
    });

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
      'presence:report',
      answering(socket, (payload) => {
        const report = parse(PresenceReport, payload);
        competitions.get(report.competitionId);
        const roles = ROLES_FOR_KIND[report.kind];
        const who = roles ? authorize(principal(), report.competitionId, roles) : principal();
        announced.add(JSON.stringify([report.competitionId, report.deviceId]));
        presence.report(report, who?.role === 'station' ? { craneId: who.craneId } : {});
        return { devices: presence.list(report.competitionId).length };
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
