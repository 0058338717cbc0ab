import { principalOf, type LiveContext } from './context.ts';

/**
 * A reset station key must stop working at once, also on sockets that authenticated
 * with it earlier: they are disconnected (and cannot reconnect with the old key).
 */
export function disconnectRevokedStations({ io, competitions }: LiveContext): void {
  competitions.stationKeys.onRevoked((competitionId, craneId) => {
    for (const socket of io.sockets.sockets.values()) {
      const who = principalOf(socket);
      if (who?.role === 'station' && who.competitionId === competitionId && who.craneId === craneId) socket.disconnect(true);
    }
  });
}
