import { keptAdminToken } from './auth/keptAdminToken.ts';
import { dirname, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  adminToken: string;
  /** True when ADMIN_TOKEN was not set: the token was made on the first start and is kept beside the database. */
  adminTokenGenerated: boolean;
  /** Folder of the built client; served when it exists. */
  clientDist: string;
  /** Seed the demo competition into an empty database. */
  seedDemo: boolean;
  logLogins: boolean;
  /** How often the SSE feed sends a keep-alive comment (FEED_HEARTBEAT_MS, default 15 s). */
  feedHeartbeatMs: number;
  /** HTTPS: given files (TLS_CERT, TLS_KEY), or a self-made certificate kept in this folder (HTTPS=1). */
  tls: { certPath: string; keyPath: string } | { selfSignedDir: string } | null;
  /** `writer` (the default: database, commands) or `edge` (no database: serves spectators from Redis). */
  role: 'writer' | 'edge';
  /** REDIS_URL: a writer publishes its public events there; an edge follows them. */
  redisUrl: string | null;
  /** WRITER_URL: where an edge catches up (`/events?since=`) and where its refused writes should go. */
  writerUrl: string | null;
}

function tlsFrom(env: NodeJS.ProcessEnv, dbPath: string): Config['tls'] {
  const cert = env.TLS_CERT?.trim();
  const key = env.TLS_KEY?.trim();
  if (cert || key) {
    if (!cert || !key) throw new Error('TLS_CERT and TLS_KEY must be set together');
    return { certPath: resolve(cert), keyPath: resolve(key) };
  }
  return env.HTTPS === '1' ? { selfSignedDir: dirname(dbPath) } : null;
}

function roleFrom(env: NodeJS.ProcessEnv): Pick<Config, 'role' | 'redisUrl' | 'writerUrl'> {
  const role = env.GAUGE_ROLE?.trim() || 'writer';
  if (role !== 'writer' && role !== 'edge') throw new Error(`GAUGE_ROLE must be writer or edge, got ${role}`);
  const redisUrl = env.REDIS_URL?.trim() || null;
  const writerUrl = env.WRITER_URL?.trim().replace(/\/+$/, '') || null;
  if (role === 'edge' && (!redisUrl || !writerUrl)) throw new Error('an edge (GAUGE_ROLE=edge) needs REDIS_URL and WRITER_URL');
  return { role, redisUrl, writerUrl };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  const dbPath = resolve(env.DB_PATH ?? './data/gauge.sqlite');
  const role = roleFrom(env);
  // An edge has no database and no admin: it keeps no token on disk.
  const adminToken = env.ADMIN_TOKEN?.trim() || (role.role === 'edge' ? '' : keptAdminToken(dbPath));
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dbPath,
    adminToken,
    adminTokenGenerated: !env.ADMIN_TOKEN?.trim(),
    clientDist: resolve(env.CLIENT_DIST ?? './dist/client'),
    seedDemo: env.SEED_DEMO !== '0',
    logLogins: env.NODE_ENV !== 'test',
    feedHeartbeatMs: Number(env.FEED_HEARTBEAT_MS ?? 15_000),
    tls: tlsFrom(env, dbPath),
    ...role,
  };
}

export const dataDir = (config: Config): string => dirname(config.dbPath);
