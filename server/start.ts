import { readFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { Server } from 'socket.io';
import { createAuthenticator } from './auth/authenticate.ts';
import { Competitions } from './commands/competitions.ts';
import type { Config } from './config.ts';
import { publishPublicEvents } from './edge/publisher.ts';
import { feedFirst } from './feed/feedFirst.ts';
import { createApp } from './http/app.ts';
import { keepConnectionsLean } from './live/leanConnections.ts';
import { attachLive } from './live/socket.ts';
import { PresenceRegistry } from './presence/registry.ts';
import { PublicLog } from './public/publicLog.ts';
import { Readers } from './public/readers.ts';
import { trackStationReadings } from './presence/stationReadings.ts';
import { seedDemos, type DemoSeed } from './seed/demo.ts';
import { DisplayPairing } from './presence/displayPairing.ts';
import { Backups } from './store/backups.ts';
import { EventStore } from './store/eventStore.ts';
import { openDatabase } from './store/open.ts';
import { SecretStore } from './store/secretStore.ts';
import { resultsSigner } from './signing/resultsKey.ts';
import { Series } from './series/series.ts';
import { SeriesStore } from './series/seriesStore.ts';
import { tokenSigningKey } from './store/serverMeta.ts';
import { loadTls } from './tls/certificate.ts';
import { listen } from './listen.ts';

export interface RunningServer {
  url: string;
  port: number;
  competitions: Competitions;
  presence: PresenceRegistry;
  http: HttpServer;
  io: Server;
  demo: DemoSeed | null;
  /** Every seeded demo: the placement one (`demo`) and the three-discipline one. */
  demos: DemoSeed[];
  /** Online SQLite copies after each heat confirmation and sign-off. */
  backups: Backups;
  series: Series;
  close(): Promise<void>;
}

export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const OFFICIAL_IDLE_MS = 30 * 60_000;

/** Opens the database (competitions are folded on first use), and serves API, sockets and client. */
export async function startServer(config: Config): Promise<RunningServer> {
  const db = openDatabase(config.dbPath);
  const competitions = new Competitions(new EventStore(db), new SecretStore(db));
  const demos = config.seedDemo ? await seedDemos(competitions, config) : [];
  const demo = demos[0] ?? null;
  const backups = new Backups(db, config.dbPath);
  competitions.onEvent(backups.afterEvent);
  const signingKey = tokenSigningKey(db);
  const authenticate = createAuthenticator(config.adminToken, signingKey, competitions.stationKeys);
  const log = config.logLogins ? (line: string) => console.log(`[auth] ${line}`) : () => {};

  const presence = new PresenceRegistry();
  const readers = new Readers(competitions, new PublicLog(competitions));
  const local = { ids: () => competitions.list().map((s) => s.id), publicState: (cid: string) => (competitions.has(cid) ? readers.publicLog.state(cid) : null) };
  const series = new Series(new SeriesStore(db), local, { retryMaxMs: 2_000, idleMs: 45_000 });
  // Past one machine: spectator edges follow the public projection through Redis.
  const publisher = config.redisUrl ? await publishPublicEvents(readers.publicLog, config.redisUrl) : null;
  const tls = config.tls ? await loadTls(config.tls) : null;
  const app = createApp({ competitions, presence, readers, authenticate, signingKey, signer: resultsSigner(db), clientDist: config.clientDist, version: VERSION, log, backups, certificatePem: tls?.cert, feedHeartbeatMs: config.feedHeartbeatMs, series });
  // HTTPS lets tablets on the LAN run the offline referee app (service workers need a secure context).
  // The SSE feed (the phone view's connection) is served before the app: see feedFirst.
  const serve = feedFirst(app, { source: readers.publicLog, knows: (cid) => competitions.has(cid), heartbeatMs: config.feedHeartbeatMs });
  const http: HttpServer = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, serve) : createServer(serve);
  // No compression: per-connection zlib state costs memory at thousands of screens, and events are small.
  const io = new Server(http, { serveClient: false, maxHttpBufferSize: 256 * 1024, perMessageDeflate: false, httpCompression: false });
  keepConnectionsLean(io);
  attachLive({ io, competitions, presence, readers, pairing: new DisplayPairing(signingKey) }, authenticate);
  trackStationReadings(competitions, presence);
  // Stations that stop heartbeating go offline even when their socket never says goodbye.
  const sweeper = setInterval(() => presence.sweep(), 1_000);
  sweeper.unref();
  // Signed-off competitions nobody has looked at for half an hour leave memory (folded again on the next read).
  const evictor = setInterval(() => competitions.evictIdle(OFFICIAL_IDLE_MS), 60_000);
  evictor.unref();

  const { port, host } = await listen(http, config);

  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    port,
    competitions,
    presence,
    http,
    io,
    demo,
    demos,
    backups,
    series,
    close: async () => {
      clearInterval(sweeper);
      clearInterval(evictor);
      series.close();
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Open SSE feeds (a series hub following this venue) never end by themselves: after a
      // moment for everything else to close cleanly, a closing server ends what is left.
      const force = setTimeout(() => http.closeAllConnections(), 1_000);
      await closed;
      clearTimeout(force);
      await backups.whenIdle();
      await publisher?.close();
      db.close();
    },
  };
}
