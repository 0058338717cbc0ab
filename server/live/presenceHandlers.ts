import type { Socket } from 'socket.io';
import type { PresenceReport } from '../../shared/schemas/presence.ts';
import { reportPresence } from '../commands/presence.ts';
import { answering, competitionRoom, principalOf, publicRoom, type LiveContext } from './context.ts';

/** Device lists go to the competition's room whenever one changes. */
export function broadcastPresence({ io, presence }: LiveContext): void {
  presence.onChange((competitionId, devices) => {
    io.to([competitionRoom(competitionId), publicRoom(competitionId)]).emit('presence', { competitionId, devices });
  });
}

/** `presence:report {competitionId, kind, deviceId, …}`: a device says who it is; it goes offline when its socket does. */
export function handlePresence(socket: Socket, { competitions, presence, pairing }: LiveContext): void {
  const announced = new Map<string, { competitionId: string; deviceId: string }>();
  socket.on('disconnect', () => {
    for (const { competitionId, deviceId } of announced.values()) presence.disconnected(competitionId, deviceId);
  });
  socket.on(
    'presence:report',
    answering(socket, (payload) => {
      const answer = reportPresence(competitions, presence, pairing, principalOf(socket), payload);
      // The command parsed the payload: it is a report.
      const { competitionId, deviceId } = payload as PresenceReport;
      if (answer.body.pairingCode === undefined) announced.set(`${competitionId}|${deviceId}`, { competitionId, deviceId });
      return answer.body;
    }),
  );
}
