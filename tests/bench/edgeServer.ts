// Bench: a spectator edge (GAUGE_ROLE=edge, the production startEdge) in its own process,
// following the writer through Redis, answering the bench's probe over IPC.
import { loadConfig } from '../../server/config.ts';
import { startEdge } from '../../server/edge/startEdge.ts';
import { serverProbe } from './probe.ts';

const [redisUrl, writerUrl] = process.argv.slice(2) as [string, string];
const edge = await startEdge(
  loadConfig({ PORT: '0', HOST: '127.0.0.1', GAUGE_ROLE: 'edge', REDIS_URL: redisUrl, WRITER_URL: writerUrl, NODE_ENV: 'test', CLIENT_DIST: '/nonexistent' }),
  'bench',
);
serverProbe(edge.url);
