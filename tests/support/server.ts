import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/start.ts';

export const ADMIN_TOKEN = 'test-admin-token';

export interface TestServer extends RunningServer {
  dbPath: string;
  /** Stops the server and removes its database folder. */
  dispose(): Promise<void>;
}

export interface TestServerOptions {
  seedDemo?: boolean;
  dbPath: string;
  clientDist?: string;
  port?: number;
}

/** The environment every test server runs with: loopback, quiet logs, the test admin token. */
export const testConfig = (options: TestServerOptions) =>
  loadConfig({
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DB_PATH: options.dbPath,
    ADMIN_TOKEN,
    SEED_DEMO: options.seedDemo ? '1' : '0',
    NODE_ENV: 'test',
    CLIENT_DIST: options.clientDist ?? 'dist/client',
    // Short, so a test can see the feed's keep-alive without waiting 15 s.
    FEED_HEARTBEAT_MS: '500',
  });

/** The real server on a loopback port with a real SQLite file in a fresh folder. */
export async function startTestServer(options: Partial<TestServerOptions> = {}): Promise<TestServer> {
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'gauge-test-'));
  const dbPath = options.dbPath ?? join(dir as string, 'gauge.sqlite');
  const server = await startServer(testConfig({ ...options, dbPath }));
  return {
    ...server,
    dbPath,
    dispose: async () => {
      await server.close();
      // A restarted server owns the folder its predecessor made.
      const folder = dir ?? dirname(dbPath);
      if (folder.startsWith(join(tmpdir(), 'gauge-test-'))) rmSync(folder, { recursive: true, force: true });
    },
  };
}
