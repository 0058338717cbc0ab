import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  adminToken: string;
  /** True when ADMIN_TOKEN was not set and a fresh one was made for this run. */
  adminTokenGenerated: boolean;
  /** Folder of the built client; served when it exists. */
  clientDist: string;
  /** Seed the demo competition into an empty database. */
  seedDemo: boolean;
  logLogins: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  const adminToken = env.ADMIN_TOKEN?.trim() || randomBytes(18).toString('base64url');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dbPath: resolve(env.DB_PATH ?? './data/gauge.sqlite'),
    adminToken,
    adminTokenGenerated: !env.ADMIN_TOKEN?.trim(),
    clientDist: resolve(env.CLIENT_DIST ?? './dist/client'),
    seedDemo: env.SEED_DEMO !== '0',
    logLogins: env.NODE_ENV !== 'test',
  };
}

export const dataDir = (config: Config): string => dirname(config.dbPath);
