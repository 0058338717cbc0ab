// Bench worker: `count` spectators in this process (one process saturates a core near 2,000
// connections, so the bench spreads them), on Socket.IO (`socket`) or on the SSE feed (`sse`,
// what the phone view uses). Records accept→delivery latency in ms: this machine's clock minus
// the event's `at` (server and clients share the clock). Each event counts once, in seq order.
import { get, type ClientRequest } from 'node:http';
import { io, type Socket } from 'socket.io-client';

type Transport = 'socket' | 'sse';
const [url, countText, competitionId, transportArg] = process.argv.slice(2) as [string, string, string | undefined, string | undefined];
const count = Number(countText);
const transport: Transport = transportArg === 'sse' ? 'sse' : 'socket';
const closers: (() => void)[] = [];
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

async function connectSocket(): Promise<void> {
  const socket: Socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  closers.push(() => socket.disconnect());
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

/** One SSE reader: splits the stream into messages, counts each `id:`-bearing event whose seq is the next one. */
function connectSse(since: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let lastSeq = since;
    let buffered = '';
    const request: ClientRequest = get(`${url}/api/competitions/${competitionId}/feed?since=${since}`, { agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`feed answered ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (!block.startsWith('id: ')) continue; // retry, heartbeats, `event: revealed`
          const data = block.slice(block.indexOf('\ndata: ') + 7);
          const event = JSON.parse(data) as { seq: number; at: string };
          if (event.seq !== lastSeq + 1) continue;
          lastSeq = event.seq;
          onEvent(event);
        }
      });
      resolve();
    });
    request.once('error', reject);
    closers.push(() => request.destroy());
  });
}

async function feedStart(): Promise<number> {
  const { competitions } = (await (await fetch(`${url}/api/competitions`)).json()) as { competitions: { id: string; lastSeq: number }[] };
  return competitions.find((c) => c.id === competitionId)?.lastSeq ?? 0;
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
    for (const close of closers) close();
    setTimeout(() => process.exit(0), 200);
  }
});

const since = transport === 'sse' ? await feedStart() : 0;
const connectOne = transport === 'sse' ? () => connectSse(since) : connectSocket;
for (let done = 0; done < count; ) {
  const batch = Math.min(50, count - done);
  await Promise.all(Array.from({ length: batch }, connectOne));
  done += batch;
}
send({ cmd: 'ready', connected: closers.length });
