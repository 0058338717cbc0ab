import type { Socket } from 'socket.io';
import { PresenceReport } from '../../shared/schemas/presence.ts';
import { authorize } from '../auth/principal.ts';
import { parse } from '../http/parse.ts';
import { answering, competitionRoom, principalOf, type LiveContext } from './context.ts';

/** Which role may say it is which kind of device (anyone may be a display). */
const ROLES_FOR_KIND = { referee: ['referee'], station: ['station'], admin: ['admin'], display: null } as const;

/** Device lists go to the competition's room whenever one changes. */
export function broadcastPresence({ io, presence }: LiveContext): void {
  presence.onChange((competitionId, devices) => {
    io.to(competitionRoom(competitionId)).emit('presence', { competitionId, devices });
  });
}

/** `presence:report {competitionId, kind, deviceId, …}`: a device says who it is and how it is doing. */
export function handlePresence(socket: Socket, { competitions, presence }: LiveContext): void {
  const announced = new Map<string, { competitionId: string; deviceId: string }>();
  socket.on('disconnect', () => {
    for (const { competitionId, deviceId } of announced.values()) presence.disconnected(competitionId, deviceId);
  });
  socket.on(
    'presence:report',
    answering(socket, (payload) => {
      const report = parse(PresenceReport, payload);
      competitions.get(report.competitionId);
      const roles = ROLES_FOR_KIND[report.kind];
      const who = roles ? authorize(principalOf(socket), report.competitionId, roles) : principalOf(socket);
      announced.set(`${report.competitionId}|${report.deviceId}`, { competitionId: report.competitionId, deviceId: report.deviceId });
      presence.report(report, who?.role === 'station' ? { craneId: who.craneId } : {});
      return { devices: presence.list(report.competitionId).length };
    }),
  );
}
