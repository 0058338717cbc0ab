// Bench baseline: bare Socket.IO 4.8, default options, broadcasting one payload (shaped
// like a Gauge lift event) to every client at a fixed rate. No database, no rooms logic.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { serverProbe } from './probe.ts';

const http = createServer();
const io = new Server(http, { serveClient: false });
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));

serverProbe(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, {
  broadcast: async ({ rate, durationS, payload }: { rate: number; durationS: number; payload: Record<string, unknown> }) => {
    const started = Date.now();
    let sent = 0;
    await new Promise<void>((done) => {
      const tick = () => {
        const due = Math.min(Math.floor(((Date.now() - started) / 1000) * rate) + 1, Math.round(rate * durationS));
        for (; sent < due; sent++) io.emit('event', { ...payload, seq: sent + 1, at: new Date().toISOString() });
        if (sent >= Math.round(rate * durationS)) return done();
        setTimeout(tick, Math.min(1000 / rate, 20));
      };
      tick();
    });
    return { sent };
  },
});
