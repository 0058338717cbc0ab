import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'socket.io';

/**
 * A venue has thousands of phones and screens connected, so each connection should hold
 * only what it needs. engine.io 6.6 keeps the upgrade request alive for the connection's
 * life twice over: the engine socket's `request`, and the WebSocket response object
 * (reachable from the TCP socket's close listener) through `res.req`. Both go once the
 * connection is made; the handshake keeps its auth, address, query and the two headers we
 * might show (user agent, origin). The socket's own-id room goes too: nothing here sends
 * to one socket by id, and each entry is a Set in the adapter.
 */
export function keepConnectionsLean(io: Server): void {
  io.engine.use((_req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    // Only the WebSocket upgrade's stand-in response has no `writeHead` of http's own.
    if (!(res as { statusCode?: number }).statusCode) (res as { req: unknown }).req = null;
    next();
  });
  io.on('connection', (socket) => {
    const { headers } = socket.handshake;
    socket.handshake.headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name === 'user-agent' || name === 'origin'));
    (socket.conn as unknown as { request: unknown }).request = null;
    void socket.leave(socket.id);
  });
}
