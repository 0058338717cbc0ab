// A client that stops reading (a phone whose app froze, a stalled proxy) must not hold up
// delivery to anyone else. One spectator stops reading its TCP socket; enough broadcast
// traffic follows to fill the kernel buffers so the server has to queue for it; then every
// lift still reaches the other spectators, one after the other. When the stalled one reads
// again it gets everything it missed, in order.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ADMIN_TOKEN, containerNo, setupDocument, type Json } from '../integration/harness.ts';

const HEALTHY = 4;
const LIFTS = 100;

let server: TestServer;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.dispose();
});

async function connect(token?: string): Promise<Socket> {
  const socket = io(server.url, { transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** The client's TCP socket under socket.io-client → engine.io-client → ws. */
function tcpOf(socket: Socket): { pause(): void; resume(): void } {
  const transport = socket.io.engine.transport as unknown as { ws: { _socket: { pause(): void; resume(): void } } };
  return transport.ws._socket;
}

/** Bytes and packets the server holds for a client because its socket would not take them. */
function queuedFor(clientId: string): number {
  for (const socket of server.io.sockets.sockets.values()) {
    if (socket.handshake.auth?.clientId === clientId) return (socket.conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length;
  }
  throw new Error(`no server socket for ${clientId}`);
}

it('a spectator that stops reading does not hold up the others, and later gets everything', async () => {
  const document = setupDocument('slow-reader', { heats: ['h1'], rule: { liftsPerHeat: LIFTS } });
  const created = await fetch(`${server.url}/api/competitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(document),
  });
  expect(created.status).toBe(201);
  const login = await fetch(`${server.url}/api/auth/referee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ competitionId: 'slow-reader', pin: document.refereePin }) });
  const referee = ((await login.json()) as { token: string }).token;
  const writer = await connect(referee);
  expect(await writer.emitWithAck('subscribe', { competitionId: 'slow-reader' })).toMatchObject({ ok: true });

  const stalled = io(server.url, { transports: ['websocket'], auth: { clientId: 'stalled' }, reconnection: false, forceNew: true });
  sockets.push(stalled);
  await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
  const stalledAck = await stalled.emitWithAck('subscribe', { competitionId: 'slow-reader' });
  const stalledEvents: Json[] = [];
  stalled.on('event', (e: Json) => stalledEvents.push(e));
  const healthy = await Promise.all(Array.from({ length: HEALTHY }, () => connect()));
  const heard = healthy.map(() => [] as Json[]);
  for (const [i, socket] of healthy.entries()) {
    expect(await socket.emitWithAck('subscribe', { competitionId: 'slow-reader' })).toMatchObject({ ok: true });
    socket.on('event', (e: Json) => heard[i]!.push(e));
  }

  tcpOf(stalled).pause();
  // Fill the pipe: presence lists of 150 tablets with long names go to the whole room,
  // ~45 KB each, many megabytes in all — past what loopback's kernel buffers absorb.
  const name = 'Большой экран / 大屏幕 '.repeat(9).slice(0, 200);
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      Array.from({ length: 150 }, (_, i) => writer.emitWithAck('presence:report', { competitionId: 'slow-reader', kind: 'referee', deviceId: `tablet-${i}`, name: `${name.slice(0, 190)}${round}` })),
    );
  }
  await expect.poll(() => queuedFor('stalled'), { timeout: 10_000 }).toBeGreaterThan(0);

  // Each lift reaches every healthy spectator before the next is written.
  const start = await fetch(`${server.url}/api/competitions/slow-reader/heats/h1/start`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${referee}` }, body: '{}' });
  expect(start.status).toBe(200);
  for (let index = 1; index <= LIFTS; index++) {
    const ack = await writer.emitWithAck('lift:submit', { competitionId: 'slow-reader', id: `l-${index}`, heatId: 'h1', index, containerNo: containerNo(400_000 + index), dxMm: 1, dyMm: 2 });
    expect(ack.ok).toBe(true);
    await expect.poll(() => heard.every((events) => events.some((e) => e.seq === ack.seq)), { timeout: 5_000, interval: 5 }).toBe(true);
  }
  expect(queuedFor('stalled')).toBeGreaterThan(0);
  expect(stalledEvents.filter((e) => e.type === 'lift.recorded')).toHaveLength(0);

  // Reading again, the stalled spectator gets every event since it subscribed, gapless.
  tcpOf(stalled).resume();
  const lastSeq = stalledAck.lastSeq + 1 + LIFTS;
  await expect.poll(() => stalledEvents.at(-1)?.seq, { timeout: 20_000 }).toBe(lastSeq);
  expect(stalledEvents.map((e) => e.seq)).toEqual(Array.from({ length: lastSeq - stalledAck.lastSeq }, (_, i) => stalledAck.lastSeq + 1 + i));
  for (const events of heard) expect(events.map((e) => e.seq)).toEqual(stalledEvents.map((e) => e.seq));
}, 60_000);
