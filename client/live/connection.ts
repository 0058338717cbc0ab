import { io, type Socket } from 'socket.io-client';

// One Socket.IO connection per page; it reconnects by itself and the live store
// re-subscribes on every (re)connect with the last seq it holds.
let socket: Socket | null = null;

export function connection(token?: string): Socket {
  if (!socket) {
    socket = io({ transports: ['websocket'], auth: token ? { token } : {}, reconnectionDelayMax: 5000 });
  }
  return socket;
}

/** Sends a (new) token with the next handshake, reconnecting now if already connected. */
export function setConnectionToken(token: string | null): void {
  const socket = connection();
  const auth = token ? { token } : {};
  if (JSON.stringify(socket.auth) === JSON.stringify(auth)) return;
  socket.auth = auth;
  if (socket.connected) socket.disconnect().connect();
}
