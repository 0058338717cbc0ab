import type { Authenticator } from '../auth/authenticate.ts';
import type { LiveContext } from './context.ts';
import { handleDisplayControl } from './displayControl.ts';
import { handleLiftSubmit } from './liftSubmit.ts';
import { broadcastPresence, handlePresence } from './presenceHandlers.ts';
import { disconnectRevokedStations } from './stationRevocation.ts';
import { handleStationHeartbeat } from './stationHeartbeat.ts';
import { broadcastEvents, handleSubscribe } from './subscribe.ts';

export { SNAPSHOT_AFTER_EVENTS } from './subscribe.ts';

/** Socket.IO: the handshake token sets who a socket is; each feature adds its handlers. */
export function attachLive(context: LiveContext, authenticate: Authenticator): void {
  const { io } = context;
  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    const principal = authenticate(typeof token === 'string' ? token : undefined);
    if (typeof token === 'string' && token && !principal) return next(new Error('unauthorized: invalid or expired token'));
    socket.data.principal = principal;
    next();
  });

  broadcastEvents(context);
  broadcastPresence(context);
  disconnectRevokedStations(context);

  io.on('connection', (socket) => {
    handleSubscribe(socket, context);
    handleLiftSubmit(socket, context);
    handlePresence(socket, context);
    handleStationHeartbeat(socket, context);
    handleDisplayControl(socket, context);
  });
}
