// A referee's session lasts a competition day (12 h) and not a moment longer: the same token
// that writes at 11 h 59 min is refused with 401 at 12 h, on REST and on the socket.
// The server runs in this process, so faking only `Date` moves its clock and nothing else
// (timers, sockets and SQLite keep real time).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { REFEREE_PIN, TestServer, liftBody, type Competition } from './harness.ts';

const HOUR_MS = 60 * 60_000;

let server: TestServer;
let c: Competition;
let loggedInAt: number;

beforeAll(async () => {
  server = await TestServer.start();
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  loggedInAt = Date.now();
  c = await server.createCompetition('session');
});
afterEach(() => vi.setSystemTime(new Date(loggedInAt)));
afterAll(async () => {
  vi.useRealTimers();
  await server?.close();
});

describe('referee session expiry', () => {
  it('the login answers an expiry 12 h after the login', async () => {
    const { body } = await server.api('POST', '/api/auth/referee', { competitionId: c.cid, pin: REFEREE_PIN });
    const expiresAt = Date.parse(body.expiresAt);
    // The login took well under a minute after `loggedInAt`.
    expect(expiresAt - loggedInAt).toBeGreaterThanOrEqual(12 * HOUR_MS);
    expect(expiresAt - loggedInAt).toBeLessThan(12 * HOUR_MS + 60_000);
  });

  it('11 h 59 min after the login the token still writes', async () => {
    await server.heat(c, 'h1', 'start');
    vi.setSystemTime(new Date(loggedInAt + 12 * HOUR_MS - 60_000));
    const answer = await server.api('POST', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 1), c.referee);
    expect(answer.status).toBe(201);
  });

  it('12 h after the login the same token is refused with 401, the write is not made, and a new login works', async () => {
    const { lastSeq } = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body;
    // The token was made up to a few seconds after `loggedInAt`: 12 h + 1 min is past its expiry.
    vi.setSystemTime(new Date(loggedInAt + 12 * HOUR_MS + 60_000));
    const refused = await server.api('POST', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 2), c.referee);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthorized');
    expect((await server.api('POST', `/api/competitions/${c.cid}/heats/h1/finish`, {}, c.referee)).status).toBe(401);
    // Nor may it open a socket: the handshake refuses an expired token.
    await expect(server.connect(c.referee)).rejects.toThrow(/unauthorized/);
    expect((await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.lastSeq).toBe(lastSeq);

    const fresh = await server.loginReferee(c.cid);
    expect((await server.api('POST', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 2), fresh)).status).toBe(201);
  });
});
