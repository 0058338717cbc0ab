// Bench: the real Gauge server (same startServer as production) in its own process, on a
// fresh SQLite file with synchronous=FULL, answering the bench's probe over IPC.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { serverProbe } from './probe.ts';

// argv: [redis url] — a writer that also publishes its public events for edges (`--edges`).
const redisUrl = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'gauge-bench-'));
const server = await startServer(
  loadConfig({ PORT: '0', HOST: '127.0.0.1', DB_PATH: join(dir, 'gauge.sqlite'), ADMIN_TOKEN: 'bench-admin', SEED_DEMO: '0', NODE_ENV: 'test', CLIENT_DIST: '/nonexistent', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) }),
);
serverProbe(server.url);
