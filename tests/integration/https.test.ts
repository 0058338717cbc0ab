import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/start.ts';

/** GET over HTTPS trusting only the given certificate (as a tablet would after /trust). */
function getTrusting(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('HTTPS for tablets on the LAN (HTTPS=1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gauge-test-'));
  const env = { PORT: '0', HOST: '127.0.0.1', DB_PATH: join(dir, 'gauge.sqlite'), ADMIN_TOKEN: 'x', SEED_DEMO: '0', NODE_ENV: 'test', HTTPS: '1' };
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a certificate beside the database, serves the API with it, offers it at /trust, and keeps it across restarts', async () => {
    server = await startServer(loadConfig(env));
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const cert = readFileSync(join(dir, 'gauge-tls.crt'), 'utf8');
    // The certificate names 127.0.0.1, so a client trusting it verifies the connection.
    const health = await getTrusting(`${server.url}/api/health`, cert);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });
    expect((await getTrusting(`${server.url}/trust/gauge.crt`, cert)).body).toBe(cert);
    expect((await getTrusting(`${server.url}/trust`, cert)).body).toContain('Download the certificate');
    // A client that does not trust it is refused.
    await expect(getTrusting(`${server.url}/api/health`, '')).rejects.toThrow(/self[- ]signed|certificate/i);

    await server.close();
    server = await startServer(loadConfig(env));
    expect(readFileSync(join(dir, 'gauge-tls.crt'), 'utf8')).toBe(cert);
    expect((await getTrusting(`${server.url}/api/health`, cert)).status).toBe(200);
  });

  it('refuses TLS_CERT without TLS_KEY', () => {
    expect(() => loadConfig({ ...env, HTTPS: undefined, TLS_CERT: 'a.crt' })).toThrow('TLS_CERT and TLS_KEY must be set together');
  });
});
