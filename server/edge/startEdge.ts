import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Config } from '../config.ts';
import { keepConnectionsLean } from '../live/leanConnections.ts';
import { feedFirst } from '../feed/feedFirst.ts';
import { createEdgeApp } from './edgeApp.ts';
import { EdgeLog } from './edgeLog.ts';
import { attachEdgeLive } from './edgeSocket.ts';
import { followWriter } from './follower.ts';
import { WriterClient } from './writerClient.ts';
import { listen } from '../listen.ts';

export interface RunningEdge {
  url: string;
  port: number;
  log: EdgeLog;
  http: HttpServer;
  io: Server;
  close(): Promise<void>;
}

/**
 * A spectator edge (GAUGE_ROLE=edge): no database; it folds the writer's public events from
 * Redis and serves pages, reads, the feed and `subscribe`. It listens only once it has caught
 * up with the writer, so a proxy never sends a spectator to an edge that knows less.
 */
export async function startEdge(config: Config, version: string): Promise<RunningEdge> {
  const { redisUrl, writerUrl } = config;
  if (!redisUrl || !writerUrl) throw new Error('an edge needs REDIS_URL and WRITER_URL');
  const log = new EdgeLog();
  const follower = followWriter(log, new WriterClient(writerUrl), redisUrl);
  await follower.ready;

  const app = createEdgeApp({ log, writerUrl, clientDist: config.clientDist, version, feedHeartbeatMs: config.feedHeartbeatMs });
  // The SSE feed (the phone view's connection) is served before the app: see feedFirst.
  const http = createServer(feedFirst(app, { source: log, knows: (cid) => log.has(cid), heartbeatMs: config.feedHeartbeatMs }));
  const io = new Server(http, { serveClient: false, maxHttpBufferSize: 16 * 1024, perMessageDeflate: false, httpCompression: false });
  keepConnectionsLean(io);
  attachEdgeLive(io, log, writerUrl);

  const { port, host } = await listen(http, config);
  return {
    url: `http://${host}:${port}`,
    port,
    log,
    http,
    io,
    close: async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await follower.close();
    },
  };
}
