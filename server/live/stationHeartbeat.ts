import type { Socket } from 'socket.io';
import type { StationHeartbeat } from '../../shared/schemas/presence.ts';
import { stationHeartbeat } from '../commands/stations.ts';
import { answering, principalOf, type LiveContext } from './context.ts';

/** `station:heartbeat {competitionId, deviceId, intervalMs?}` → `{ok, deviceId, intervalMs}`; offline on disconnect too. */
export function handleStationHeartbeat(socket: Socket, { competitions, presence }: LiveContext): void {
  // Made on the first beat: a spectator's socket should not carry a station's bookkeeping.
  let beating: Map<string, { competitionId: string; deviceId: string }> | null = null;
  socket.on(
    'station:heartbeat',
    answering(socket, (payload) => {
      const answer = stationHeartbeat(competitions, presence, principalOf(socket), payload).body;
      // The command parsed the payload: it is a heartbeat.
      const { competitionId } = payload as StationHeartbeat;
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
