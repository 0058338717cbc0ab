import type { Socket } from 'socket.io';
import { AppError } from '../../shared/commandError.ts';
import { DisplayPair } from '../../shared/schemas/display.ts';
import { PresenceReport } from '../../shared/schemas/presence.ts';
import { authorize } from '../auth/principal.ts';
import { displayCommand } from '../commands/board.ts';
import { parse } from '../commands/parse.ts';
import { answering, principalOf, type LiveContext } from './context.ts';

const displaysRoom = (competitionId: string): string => `displays:${competitionId}`;
const displayRoom = (competitionId: string, deviceId: string): string => `display:${competitionId}:${deviceId}`;
/** An unpaired display waits here for its pass. */
const pairingRoom = (competitionId: string, deviceId: string): string => `pairing:${competitionId}:${deviceId}`;

/**
 * Remote control of big screens. A display that reports itself (`presence:report`, kind
 * `display`) joins its own room; an organizer's `display:command` is forwarded to one
 * display or to all of the competition's displays. The ack says how many sockets got it.
 */
export function handleDisplayControl(socket: Socket, { io, competitions, pairing }: LiveContext): void {
  // presenceHandlers answers the report; here we only learn which rooms the display belongs in:
  // the displays' rooms once paired, its pairing room until then.
  socket.on('presence:report', (payload: unknown) => {
    const report = PresenceReport.safeParse(payload);
    if (!report.success || report.data.kind !== 'display' || !competitions.has(report.data.competitionId)) return;
    const { competitionId, deviceId, displayPass } = report.data;
    for (const room of socket.rooms) if (room.startsWith('display') || room.startsWith('pairing')) void socket.leave(room);
    const paired = principalOf(socket)?.role === 'admin' || pairing.isPaired(competitionId, deviceId, displayPass);
    void socket.join(paired ? [displaysRoom(competitionId), displayRoom(competitionId, deviceId)] : [pairingRoom(competitionId, deviceId)]);
  });

  // The organizer types the code a screen shows; the screen receives its pass and reports again with it.
  socket.on(
    'display:pair',
    answering(socket, (payload) => {
      const { competitionId, code } = parse(DisplayPair, payload);
      authorize(principalOf(socket), competitionId, ['admin']);
      competitions.get(competitionId);
      const paired = pairing.pair(competitionId, code);
      if (!paired) throw new AppError('not_found', `no display is showing the code ${code}`, 'code');
      io.to(pairingRoom(competitionId, paired.deviceId)).emit('display:paired', { competitionId, deviceId: paired.deviceId, pass: paired.pass });
      return { deviceId: paired.deviceId };
    }),
  );

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
