import type { Socket } from 'socket.io';
import { PresenceReport } from '../../shared/schemas/presence.ts';
import { displayCommand } from '../commands/board.ts';
import { answering, principalOf, type LiveContext } from './context.ts';

const displaysRoom = (competitionId: string): string => `displays:${competitionId}`;
const displayRoom = (competitionId: string, deviceId: string): string => `display:${competitionId}:${deviceId}`;

/**
 * Remote control of big screens. A display that reports itself (`presence:report`, kind
 * `display`) joins its own room; an organizer's `display:command` is forwarded to one
 * display or to all of the competition's displays. The ack says how many sockets got it.
 */
export function handleDisplayControl(socket: Socket, { io, competitions }: LiveContext): void {
  // presenceHandlers answers the report; here we only learn which rooms the display belongs in.
  socket.on('presence:report', (payload: unknown) => {
    const report = PresenceReport.safeParse(payload);
    if (!report.success || report.data.kind !== 'display' || !competitions.has(report.data.competitionId)) return;
    const { competitionId, deviceId } = report.data;
    for (const room of socket.rooms) if (room.startsWith('display')) void socket.leave(room);
    void socket.join([displaysRoom(competitionId), displayRoom(competitionId, deviceId)]);
  });

  socket.on(
    'display:command',
    answering(socket, (payload) => {
      const command = displayCommand(competitions, principalOf(socket), payload);
      const room = command.deviceId === 'all' ? displaysRoom(command.competitionId) : displayRoom(command.competitionId, command.deviceId);
      const delivered = io.sockets.adapter.rooms.get(room)?.size ?? 0;
      io.to(room).emit('display:command', command);
      return { delivered };
    }),
  );
}
