// npm run simulate -- [options]: crane stations sending live lifts to a running server,
// for demos, rehearsals and load. Each crane with a key gets its own station (socket,
// heartbeat, lift:submit with ack); unacknowledged readings are retried with the same id.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCompetition, nextRound, planReadings, recordedByStations, startHeats, type PlannedReading } from './simulationPlan.ts';
import { NotAcknowledged, StationClient } from './stationClient.ts';

const HELP = `npm run simulate -- [options]
  --url <url>            server (default http://127.0.0.1:$PORT or :3000)
  --competition <id>     competition (default: the one in the keys file)
  --keys <file>          {"competitionId", "stationKeys": {craneId: key}} (default: demo-station-keys.json beside $DB_PATH)
  --rate <lifts/s>       how fast all stations together send (default 1)
  --count <n>            stop after n acknowledged readings (default: every open lift)
  --pin <pin>            referee PIN: start the next scheduled heat of each of our cranes that runs none, and
                         once a heat's readings are all in, finish it and start the crane's next (one heat at a time)
  --replay <file>        send a recorded stream (e.g. fixtures/demo/alashankou.lifts.json) instead of generated readings
  --seed <n>             seed for generated readings (default 1)
  --heartbeat-ms <ms>    station heartbeat interval (default 5000)
Ctrl-C stops: no new readings, waits for the pending acks, prints a summary.`;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    competition: { type: 'string' },
    keys: { type: 'string' },
    rate: { type: 'string', default: '1' },
    count: { type: 'string' },
    pin: { type: 'string' },
    replay: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'heartbeat-ms': { type: 'string', default: '5000' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) fail(`--${name} must be a positive number, got ${text}`);
  return value;
}
function fail(message: string): never {
  console.error(`simulate: ${message}\n\n${HELP}`);
  process.exit(2);
}

const url = (args.url ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
const keysPath = resolve(args.keys ?? join(dirname(resolve(process.env.DB_PATH ?? './data/gauge.sqlite')), 'demo-station-keys.json'));
if (!existsSync(keysPath)) fail(
    `no keys file at ${keysPath}. The server keeps demo-station-keys.json beside its own DB_PATH and its start banner prints the simulate command with --keys; pass --keys <file>, or set DB_PATH as the server has it`,
  );
const keys = JSON.parse(readFileSync(keysPath, 'utf8')) as { competitionId?: string; stationKeys?: Record<string, string> };
const competitionId = args.competition ?? keys.competitionId ?? fail('no --competition and none in the keys file');
const stationKeys = keys.stationKeys ?? fail(`${keysPath} has no stationKeys`);
const rate = positive('rate', args.rate)!;
const limit = positive('count', args.count);
const heartbeatMs = positive('heartbeat-ms', args['heartbeat-ms'])!;

const competition = await loadCompetition(url, competitionId).catch((error: Error) => fail(error.message));
const cranes = new Set(Object.keys(stationKeys).filter((id) => competition.heats.some((h) => h.craneId === id)));
if (cranes.size === 0) fail(`none of the keys in ${keysPath} belongs to a crane of ${competitionId}`);
const heats = await startHeats(url, competition, cranes, args.pin).catch((error: Error) => fail(error.message));
if (heats.length === 0) {
  fail(competition.heats.some((h) => h.status === 'scheduled') ? 'no heat is running; pass --pin <referee PIN> to start the scheduled ones' : 'no heat takes readings (all confirmed?)');
}
const queue: PlannedReading[] = planReadings(competition, heats, await recordedByStations(url, competitionId), { replay: args.replay, seed: Number(args.seed) });
let target = Math.min(limit ?? Infinity, queue.length);
if (target === 0) {
  console.log(`${competitionId}: nothing to send; every lift of its running heats already has a station reading`);
  process.exit(0);
}

const stations = new Map(
  [...cranes].map((craneId) => [craneId, new StationClient({ url, competitionId, key: stationKeys[craneId]!, deviceId: `sim-${craneId}`, name: `Simulated station ${craneId}`, heartbeatMs, reconnect: true })]),
);
await Promise.all([...stations.values()].map((s) => s.connected())).catch((error: Error) => fail(`station could not connect: ${error.message}`));
for (const station of stations.values()) station.startHeartbeat();

const tally = { sent: 0, acked: 0, retried: 0, refused: 0, skipped: 0, lastError: '' };
const started = Date.now();
let stopping = false;

function progress(final = false): void {
  const seconds = (Date.now() - started) / 1000;
  const online = [...stations.values()].filter((s) => s.socket.connected).length;
  const pending = [...stations.values()].reduce((n, s) => n + s.pending, 0);
  const line =
    `${competitionId}: acked ${tally.acked}/${target}  pending ${pending}  retried ${tally.retried}  refused ${tally.refused}  skipped ${tally.skipped}` +
    `  ${(tally.acked / Math.max(seconds, 0.001)).toFixed(1)}/s  stations ${online}/${stations.size} online${tally.lastError ? `  last error: ${tally.lastError}` : ''}`;
  if (process.stdout.isTTY && !final) process.stdout.write(`\r\x1b[2K${line.slice(0, (process.stdout.columns || 120) - 1)}`);
  else if (final || seconds % 10 < 0.25) console.log(line);
}

async function send(planned: PlannedReading): Promise<void> {
  const station = stations.get(planned.craneId)!;
  tally.sent++;
  try {
    const answer = await station.submit(planned.reading);
    if (answer.ok) tally.acked++;
    else if (answer.error.code === 'conflict' && /already has a station reading/.test(answer.error.message)) tally.skipped++;
    else {
      tally.refused++;
      tally.lastError = `${planned.reading.id}: ${answer.error.message}`;
    }
  } catch (error) {
    if (!(error instanceof NotAcknowledged)) throw error;
    // No ack: it may or may not be committed, so it goes back to the front with the same id.
    tally.retried++;
    queue.unshift(planned);
  }
}

const inFlight = new Set<Promise<void>>();
const ticker = setInterval(() => progress(), 250);
let wake: (() => void) | null = null;
const stop = () => {
  if (stopping) process.exit(130); // a second Ctrl-C: leave now
  stopping = true;
  wake?.();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** Sends the queue, paced by the clock (not by timer accuracy: at each tick what is due by now). */
function sendQueued(): Promise<void> {
  const paceFrom = Date.now();
  let paced = 0;
  return new Promise<void>((done) => {
    wake = done;
    const tick = () => {
      if (stopping) return;
      const due = Math.floor(((Date.now() - paceFrom) / 1000) * rate) + 1;
      while (paced < due && queue.length > 0 && tally.acked + inFlight.size < target) {
        const planned = queue[0]!;
        if (!stations.get(planned.craneId)!.socket.connected) break; // its station is reconnecting: wait
        queue.shift();
        paced++;
        const sending = send(planned).finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
      if (inFlight.size === 0 && (queue.length === 0 || tally.acked >= target)) return done();
      setTimeout(tick, Math.min(1000 / rate, 50));
    };
    tick();
  });
}

await sendQueued();
// With the PIN, rounds follow: a crane runs one heat at a time, so once a heat's readings are all
// in it is finished and the crane's next heat started, until no crane has one left or --count is reached.
while (args.pin && !stopping && tally.acked < (limit ?? Infinity)) {
  const round = await nextRound(url, competitionId, cranes, args.pin).catch((error: Error) => fail(error.message));
  if (round.heats.length === 0) break;
  queue.push(...planReadings(round.competition, round.heats, round.done, { replay: args.replay, seed: Number(args.seed) }));
  target = Math.min(limit ?? Infinity, tally.acked + queue.length);
  await sendQueued();
}

// Stopping: nothing new goes out; what is in flight gets its ack (or is reported as unacknowledged).
const waited = Promise.all(inFlight);
await Promise.race([waited, new Promise((r) => setTimeout(r, 10_000))]);
clearInterval(ticker);
progress(true);
const unacked = [...stations.values()].reduce((n, s) => n + s.pending, 0);
console.log(
  `${stopping ? 'stopped' : 'done'} after ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally.acked} acknowledged, ${tally.retried} retried, ` +
    `${tally.refused} refused, ${tally.skipped} already recorded, ${unacked} without an ack (re-run to retry them with the same ids)`,
);
for (const station of stations.values()) station.close();
process.exit(tally.refused > 0 ? 1 : 0);
