// Bench worker: `count` Socket.IO spectators in this process (one process saturates a core
// near 2,000 connections, so the bench spreads them). Records accept→delivery latency in
// ms: this machine's clock minus the event's `at` (server and clients share the clock).
import { io, type Socket } from 'socket.io-client';

const [url, countText, competitionId] = process.argv.slice(2) as [string, string, string | undefined];
const count = Number(countText);
const sockets: Socket[] = [];
/** latency (whole ms) → how many deliveries */
const histogram = new Map<number, number>();
let received = 0;
let recording = false;

function onEvent(event: { at: string }): void {
  if (!recording) return;
  const ms = Math.max(0, Date.now() - Date.parse(event.at));
  histogram.set(ms, (histogram.get(ms) ?? 0) + 1);
  received++;
}

async function connectOne(): Promise<void> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  socket.on('event', onEvent);
  if (competitionId) {
    const ack = (await socket.timeout(60_000).emitWithAck('subscribe', { competitionId })) as { ok: boolean };
    if (!ack.ok) throw new Error(`subscribe refused: ${JSON.stringify(ack)}`);
  }
}

const send = (message: object) => process.send!(message);
process.on('message', (message: { cmd: string }) => {
  if (message.cmd === 'record') {
    recording = true;
    send({ cmd: 'recording' });
  } else if (message.cmd === 'count') {
    send({ cmd: 'count', received });
  } else if (message.cmd === 'report') {
    recording = false;
    send({ cmd: 'report', received, histogram: [...histogram], cpu: process.cpuUsage() });
  } else if (message.cmd === 'close') {
    for (const socket of sockets) socket.disconnect();
    setTimeout(() => process.exit(0), 200);
  }
});

for (let done = 0; done < count; ) {
  const batch = Math.min(50, count - done);
  await Promise.all(Array.from({ length: batch }, connectOne));
  done += batch;
}
send({ cmd: 'ready', connected: sockets.length });
