import type { Socket } from 'socket.io';
import { Subscribe } from '../../shared/schemas/commands.ts';
import { parse } from '../commands/parse.ts';
import { seesEverything } from '../public/readers.ts';
import { answering, competitionRoom, principalOf, publicRoom, type LiveContext } from './context.ts';

/** Past this many missed events a snapshot is cheaper to send than the events. */
export const SNAPSHOT_AFTER_EVENTS = 1000;

/** Every committed event goes to the competition's staff room in full, and to its public room as the public may see it. */
export function broadcastEvents({ io, competitions, readers }: LiveContext): void {
  competitions.onEvent((competitionId, event) => {
    io.to(competitionRoom(competitionId)).emit('event', { competitionId, ...event });
  });
  readers.publicLog.onEvent((competitionId, event) => {
    io.to(publicRoom(competitionId)).emit('event', { competitionId, ...event });
  });
}

const isCompetitionRoom = (room: string): boolean => room.startsWith('competition:') || room.startsWith('public:');

/** `subscribe {competitionId, since?}` → the events after `since`, or a snapshot when the gap is large. */
export function handleSubscribe(socket: Socket, { competitions, readers }: LiveContext): void {
  socket.on(
    'subscribe',
    answering(socket, (payload) => {
      const { competitionId, since } = parse(Subscribe, payload);
      const principal = principalOf(socket);
      const lastSeq = competitions.get(competitionId).lastSeq;
      // Join before reading the log: both happen in this tick, so no event falls between them.
      for (const joined of socket.rooms) if (isCompetitionRoom(joined)) void socket.leave(joined);
      void socket.join(seesEverything(principal, competitionId) ? competitionRoom(competitionId) : publicRoom(competitionId));
      const from = since ?? 0;
      // Screens count heat clocks down in server time: the ack tells them the server's clock.
      const serverTime = new Date().toISOString();
      if (from > lastSeq || lastSeq - from > SNAPSHOT_AFTER_EVENTS) {
        return { competitionId, serverTime, lastSeq, snapshot: readers.snapshot(principal, competitionId) };
      }
      return { competitionId, serverTime, lastSeq, events: readers.eventsSince(principal, competitionId, from) };
    }),
  );
}
