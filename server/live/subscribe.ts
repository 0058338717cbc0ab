import type { Socket } from 'socket.io';
import { Subscribe } from '../../shared/schemas/commands.ts';
import { parse } from '../commands/parse.ts';
import { answering, competitionRoom, type LiveContext } from './context.ts';

/** Past this many missed events a snapshot is cheaper to send than the events. */
export const SNAPSHOT_AFTER_EVENTS = 1000;

/** Every committed event goes to the competition's room. */
export function broadcastEvents({ io, competitions }: LiveContext): void {
  competitions.onEvent((competitionId, event) => {
    io.to(competitionRoom(competitionId)).emit('event', { competitionId, ...event });
  });
}

/** `subscribe {competitionId, since?}` → the events after `since`, or a snapshot when the gap is large. */
export function handleSubscribe(socket: Socket, { competitions }: LiveContext): void {
  socket.on(
    'subscribe',
    answering(socket, (payload) => {
      const { competitionId, since } = parse(Subscribe, payload);
      const state = competitions.get(competitionId);
      // Join before reading the log: both happen in this tick, so no event falls between them.
      for (const joined of socket.rooms) if (joined.startsWith('competition:')) void socket.leave(joined);
      void socket.join(competitionRoom(competitionId));
      const from = since ?? 0;
      // Screens count heat clocks down in server time: the ack tells them the server's clock.
      const serverTime = new Date().toISOString();
      if (from > state.lastSeq || state.lastSeq - from > SNAPSHOT_AFTER_EVENTS) {
        return { competitionId, serverTime, lastSeq: state.lastSeq, snapshot: state };
      }
      return { competitionId, serverTime, lastSeq: state.lastSeq, events: competitions.eventsSince(competitionId, from) };
    }),
  );
}
