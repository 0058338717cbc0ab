import type { Socket } from 'socket.io';
import { AppError } from '../../shared/commandError.ts';
import { StationHeartbeat } from '../../shared/schemas/presence.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import type { Competitions } from '../competitions/registry.ts';
import { parse } from '../http/parse.ts';
import { answering, principalOf, type LiveContext } from './context.ts';
import type { PresenceRegistry } from './presence.ts';

/** One heartbeat, from a socket or REST: a station token for this competition, then a presence report. */
export function stationHeartbeat(competitions: Competitions, presence: PresenceRegistry, principal: Principal | null, input: unknown): { deviceId: string; intervalMs: number } {
  const { intervalMs, ...beat } = parse(StationHeartbeat, input);
  competitions.get(beat.competitionId);
  const who = authorize(principal, beat.competitionId, ['station']);
  if (who.role !== 'station') throw new AppError('forbidden', 'only a station heartbeats; it needs its crane key');
  presence.heartbeat({ ...beat, kind: 'station' }, { craneId: who.craneId }, intervalMs);
  return { deviceId: beat.deviceId, intervalMs };
}

/** Every committed station reading stamps the station's `lastReadingAt` with the server's time. */
export function trackStationReadings({ competitions, presence }: LiveContext): void {
  competitions.onEvent((competitionId, event) => {
    if (event.type === 'lift.recorded' && event.actor.role === 'station' && event.actor.id) {
      presence.readingCommitted(competitionId, event.actor.id, event.at);
    }
  });
}

/** `station:heartbeat {competitionId, deviceId, intervalMs?}` → `{ok, deviceId, intervalMs}`; offline on disconnect too. */
export function handleStationHeartbeat(socket: Socket, { competitions, presence }: LiveContext): void {
  // Made on the first beat: a spectator's socket should not carry a station's bookkeeping.
  let beating: Map<string, { competitionId: string; deviceId: string }> | null = null;
  socket.on(
    'station:heartbeat',
    answering(socket, (payload) => {
      const answer = stationHeartbeat(competitions, presence, principalOf(socket), payload);
      const { competitionId } = payload as { competitionId: string };
      if (!beating) {
        const devices = (beating = new Map());
        socket.once('disconnect', () => {
          for (const device of devices.values()) presence.disconnected(device.competitionId, device.deviceId);
        });
      }
      beating.set(`${competitionId}|${answer.deviceId}`, { competitionId, deviceId: answer.deviceId });
      return answer;
    }),
  );
}
