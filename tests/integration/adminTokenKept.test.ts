// An organizer's console must survive a laptop restart: with ADMIN_TOKEN unset, the token made
// on the first start is kept beside the database and accepted again by the next process.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../support/childServer.ts';

let server: ChildServer | null = null;
const dir = mkdtempSync(join(tmpdir(), 'gauge-admin-token-'));
afterEach(async () => {
  await server?.stop();
  server = null;
});
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const sessionWith = (url: string, token: string) => fetch(`${url}/api/admin/session`, { headers: { authorization: `Bearer ${token}` } });

it('a generated admin token is kept beside the database and still works after a restart', async () => {
  const dbPath = join(dir, 'gauge.sqlite');
  server = await startChildServer(dbPath, { ADMIN_TOKEN: '' });
  const token = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
  expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
  // Only the server's user may read it.
  expect(statSync(join(dir, 'admin-token')).mode & 0o077).toBe(0);
  expect((await sessionWith(server.url, token)).status).toBe(200);
  await server.stop();

  server = await startChildServer(dbPath, { ADMIN_TOKEN: '' });
  expect(readFileSync(join(dir, 'admin-token'), 'utf8').trim()).toBe(token);
  expect((await sessionWith(server.url, token)).status).toBe(200);
  expect((await sessionWith(server.url, 'not-the-token')).status).toBe(401);
}, 120_000); // two child servers start and stop: slow on a loaded 2-core machine
