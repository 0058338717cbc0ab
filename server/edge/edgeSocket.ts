import { spectatorSnapshot } from '../../shared/public/spectatorSnapshot.ts';
import type { Server, Socket } from 'socket.io';
import { Subscribe } from '../../shared/schemas/commands.ts';
import { parse } from '../commands/parse.ts';
import { answering, publicRoom } from '../live/context.ts';
import { SNAPSHOT_AFTER_EVENTS } from '../live/subscribe.ts';
import { misdirected } from './edgeApp.ts';
import type { EdgeLog } from './edgeLog.ts';

/** Socket events a spectator edge refuses: they write, or need the writer's registries. */
const WRITER_ONLY = ['lift:submit', 'station:heartbeat', 'presence:report', 'display:command'] as const;

/**
 * Socket.IO at an edge: `subscribe` answers from the edge's log exactly as the writer's
 * does (events after `since`, or a snapshot past SNAPSHOT_AFTER_EVENTS), and each event the
 * edge applies goes to the competition's public room. Joining and reading happen in one
 * tick, and the log applies events in seq order, so a spectator gets each event once, in order.
 */
export function attachEdgeLive(io: Server, log: EdgeLog, writerUrl: string): void {
  log.onEvent((competitionId, event) => {
    io.to(publicRoom(competitionId)).emit('event', { competitionId, ...event });
  });
  io.on('connection', (socket: Socket) => {
    socket.on(
      'subscribe',
      answering(socket, (payload) => {
        const { competitionId, since } = parse(Subscribe, payload);
        const lastSeq = log.state(competitionId).lastSeq;
        for (const room of socket.rooms) if (room.startsWith('public:')) void socket.leave(room);
        void socket.join(publicRoom(competitionId));
        const from = since ?? 0;
        const serverTime = new Date().toISOString();
        if (from > lastSeq || lastSeq - from > SNAPSHOT_AFTER_EVENTS) return { competitionId, serverTime, lastSeq, snapshot: spectatorSnapshot(log.state(competitionId)) };
        return { competitionId, serverTime, lastSeq, events: log.eventsSince(competitionId, from) };
      }),
    );
    for (const name of WRITER_ONLY) {
      socket.on(
        name,
        answering(socket, () => {
          throw misdirected(writerUrl);
        }),
      );
    }
  });
}
