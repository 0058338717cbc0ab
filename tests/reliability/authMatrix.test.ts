// Who may do what: every route and socket event × every kind of caller, as a table.
// Each caller acts on a competition of its own, prepared the same way (h1 running with
// lifts base-1 and base-2 and protest p-base, h2 finished, h3 confirmed, h4 scheduled), so one caller's
// allowed write never changes what the next one meets.
// Spectators carry no token (DESIGN: "Spectators need none"), so the spectator is `none`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, TestServer, ask, liftBody, setupDocument, type Competition, type Json } from '../integration/harness.ts';
import { handledSocketEvents, registeredApiRoutes } from './surface.ts';

const ROLES = ['none', 'forged', 'otherCraneStation', 'station', 'otherCompetitionReferee', 'referee', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Row<T> = [none: T, forged: T, otherCraneStation: T, station: T, otherCompetitionReferee: T, referee: T, admin: T];

interface Caller {
  competition: Competition;
  token: string | undefined;
}

let server: TestServer;
const callers = new Map<Role, Caller>();

async function prepared(prefix: string): Promise<Competition> {
  const c = await server.createCompetition(prefix, { rule: { liftsPerHeat: 50 } });
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h2', 'start', 'finish');
  await server.heat(c, 'h3', 'start', 'finish', 'confirm');
  await server.lift(c, liftBody('h1', 1, undefined, 'base-1'));
  await server.lift(c, liftBody('h1', 2, undefined, 'base-2'));
  expect((await server.api('POST', `/api/competitions/${c.cid}/protests`, { id: 'p-base', reason: 'for the resolve row' }, ADMIN_TOKEN)).status).toBe(201);
  return c;
}

beforeAll(async () => {
  server = await TestServer.start();
  const elsewhere = await server.createCompetition('authz-elsewhere');
  for (const role of ROLES) {
    const c = await prepared(`authz-${role}`);
    const token: Record<Role, string | undefined> = {
      none: undefined,
      forged: 'rt.eyJjIjoiYXV0aHoiLCJlIjo5OTk5OTk5OTk5OTk5fQ.forged-signature',
      otherCraneStation: c.stationKeys['kz-gantry-1'],
      station: c.stationKeys['cn-bridge-1'],
      otherCompetitionReferee: elsewhere.referee,
      referee: c.referee,
      admin: ADMIN_TOKEN,
    };
    callers.set(role, { competition: c, token: token[role] });
  }
  // A series over every caller's competition, for the series reads.
  const sources = [...callers.values()].map(({ competition }) => ({ competitionId: competition.cid }));
  expect((await server.api('POST', '/api/series', { id: 'authz-series', name: { en: 'Series' }, rounds: [{ id: 'r1', name: { en: 'Round' }, sources }] }, ADMIN_TOKEN)).status).toBe(201);
}, 60_000);
afterAll(async () => {
  await server.close();
});

/**
 * Every API route × every caller: [route as registered, concrete path (given the caller's
 * competition id), body, expected status per role]. Rows run in order on each caller's own
 * competition, so a row may rely on an earlier one (freeze before reveal).
 */
type Body = Json | ((cid: string) => Json);
const REST: [string, (cid: string) => string, Body, Row<number>][] = [
  // Reads are public; only a token that is not valid is refused (the caller meant to be someone).
  ['GET /api/health', () => '/api/health', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/keys', () => '/api/keys', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions', () => '/api/competitions', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid', (cid) => `/api/competitions/${cid}`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid/standings', (cid) => `/api/competitions/${cid}/standings`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid/events', (cid) => `/api/competitions/${cid}/events?since=0`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid/state', (cid) => `/api/competitions/${cid}/state`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid/devices', (cid) => `/api/competitions/${cid}/devices`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid/results', (cid) => `/api/competitions/${cid}/results`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/competitions/:cid/export', (cid) => `/api/competitions/${cid}/export?format=json`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  // Organizer-only reads.
  ['GET /api/competitions/:cid/backups', (cid) => `/api/competitions/${cid}/backups`, undefined, [401, 401, 403, 403, 403, 403, 200]],
  ['GET /api/admin/session', () => '/api/admin/session', undefined, [401, 401, 403, 403, 403, 403, 200]],
  // Series and records are public reads; only an organizer creates a series.
  ['GET /api/series', () => '/api/series', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/series/:sid', () => '/api/series/authz-series', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/series/:sid/standings', () => '/api/series/authz-series/standings', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/series/:sid/sources/:cid', (cid) => `/api/series/authz-series/sources/${cid}`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET /api/records', () => '/api/records', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['POST /api/series', () => '/api/series', (cid: string) => ({ id: `series-${cid}`, name: { en: 'S' }, rounds: [{ id: 'r1', name: { en: 'R' }, sources: [{ competitionId: cid }] }] }), [401, 401, 403, 403, 403, 403, 201]],
  ['GET /api/competitions/:cid/referee-logins', (cid) => `/api/competitions/${cid}/referee-logins`, undefined, [401, 401, 403, 403, 403, 403, 200]],
  ['POST /api/competitions/:cid/referee-logins/unlock', (cid) => `/api/competitions/${cid}/referee-logins/unlock`, {}, [401, 401, 403, 403, 403, 403, 200]],
  ['POST /api/auth/referee', () => '/api/auth/referee', 'login', [200, 401, 200, 200, 200, 200, 200]],
  ['POST /api/competitions', () => '/api/competitions', 'setup', [401, 401, 403, 403, 403, 403, 201]],
  // An admin gets past authorization and meets the rule: the setup of a started competition is fixed.
  ['PUT /api/competitions/:cid/setup', (cid) => `/api/competitions/${cid}/setup`, (cid: string) => setupDocument(cid), [401, 401, 403, 403, 403, 403, 409]],
  ['POST /api/competitions/:cid/stations/:craneId/key', (cid) => `/api/competitions/${cid}/stations/cn-bridge-2/key`, {}, [401, 401, 403, 403, 403, 403, 200]],
  // h1 is cn-1 on cn-bridge-1: the cn-bridge-1 station may write it, the kz-gantry-1 one may not.
  ['POST /api/competitions/:cid/lifts', (cid) => `/api/competitions/${cid}/lifts`, liftBody('h1', 10, undefined, 'rest-lift'), [401, 401, 403, 201, 403, 201, 201]],
  ['POST /api/competitions/:cid/lifts/:liftId/corrections', (cid) => `/api/competitions/${cid}/lifts/base-1/corrections`, { id: 'fix', dxMm: 1, reason: 'laser' }, [401, 401, 403, 403, 403, 201, 201]],
  // Answers are the examiner's (referee or organizer); a placement heat takes none, so they get past authorization and meet the rule.
  ['POST /api/competitions/:cid/answers', (cid) => `/api/competitions/${cid}/answers`, { id: 'answer', heatId: 'h1', taskId: 't1', value: 1 }, [401, 401, 403, 403, 403, 400, 400]],
  ['POST /api/competitions/:cid/answers/:answerId/corrections', (cid) => `/api/competitions/${cid}/answers/nope/corrections`, { id: 'fix-answer', value: 2, reason: 'recount' }, [401, 401, 403, 403, 403, 404, 404]],
  ['POST /api/competitions/:cid/lifts/:liftId/void', (cid) => `/api/competitions/${cid}/lifts/base-2/void`, { id: 'void', reason: 'wrong box' }, [401, 401, 403, 403, 403, 201, 201]],
  ['POST /api/competitions/:cid/heats/:hid/start', (cid) => `/api/competitions/${cid}/heats/h4/start`, {}, [401, 401, 403, 403, 403, 200, 200]],
  ['POST /api/competitions/:cid/heats/:hid/confirm', (cid) => `/api/competitions/${cid}/heats/h2/confirm`, {}, [401, 401, 403, 403, 403, 200, 200]],
  ['POST /api/competitions/:cid/heats/:hid/reopen', (cid) => `/api/competitions/${cid}/heats/h3/reopen`, { reason: 'protest upheld' }, [401, 401, 403, 403, 403, 403, 200]],
  // Referees lodge protests from the tablet; only the organizer decides them.
  ['POST /api/competitions/:cid/protests', (cid) => `/api/competitions/${cid}/protests`, { id: 'p-new', heatId: 'h1', reason: 'wrong corner' }, [401, 401, 403, 403, 403, 201, 201]],
  ['POST /api/competitions/:cid/protests/:pid/resolve', (cid) => `/api/competitions/${cid}/protests/p-base/resolve`, { id: 'r1', decision: 'dismissed' }, [401, 401, 403, 403, 403, 403, 200]],
  ['POST /api/competitions/:cid/board/freeze', (cid) => `/api/competitions/${cid}/board/freeze`, {}, [401, 401, 403, 403, 403, 403, 200]],
  ['POST /api/competitions/:cid/board/reveal', (cid) => `/api/competitions/${cid}/board/reveal`, {}, [401, 401, 403, 403, 403, 403, 200]],
  // An admin gets past authorization and meets the rule: heats are still open.
  ['POST /api/competitions/:cid/official', (cid) => `/api/competitions/${cid}/official`, {}, [401, 401, 403, 403, 403, 403, 409]],
  // Any station of the competition heartbeats for its own crane; nobody else heartbeats.
  ['POST /api/competitions/:cid/stations/heartbeat', (cid) => `/api/competitions/${cid}/stations/heartbeat`, { deviceId: 'dev' }, [401, 401, 200, 200, 403, 403, 403]],
  ['POST /api/competitions/:cid/heats/:hid/finish', (cid) => `/api/competitions/${cid}/heats/h1/finish`, {}, [401, 401, 403, 403, 403, 200, 200]],
];

/** Streams never end, so only their status is read. The feed is the public projection: anyone may follow it. */
const STREAMS: [string, (cid: string) => string, Row<number>][] = [
  ['GET /api/competitions/:cid/feed', (cid) => `/api/competitions/${cid}/feed`, [200, 401, 200, 200, 200, 200, 200]],
];

/** Socket events: the ack's error code, or 'ok'. A forged token cannot even connect. */
const SOCKET: [string, (cid: string) => Json, Row<string>][] = [
  ['subscribe', (cid) => ({ competitionId: cid, since: 0 }), ['ok', 'refused', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['lift:submit', (cid) => ({ competitionId: cid, ...liftBody('h1', 20, undefined, 'socket-lift') }), ['unauthorized', 'refused', 'forbidden', 'ok', 'forbidden', 'ok', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'display', deviceId: 'screen' }), ['ok', 'refused', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'station', deviceId: 'st' }), ['unauthorized', 'refused', 'ok', 'ok', 'forbidden', 'forbidden', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'referee', deviceId: 'tab' }), ['unauthorized', 'refused', 'forbidden', 'forbidden', 'forbidden', 'ok', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'admin', deviceId: 'console' }), ['unauthorized', 'refused', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  ['station:heartbeat', (cid) => ({ competitionId: cid, deviceId: 'st' }), ['unauthorized', 'refused', 'ok', 'ok', 'forbidden', 'forbidden', 'forbidden']],
  // Big screens obey the organizer only.
  ['display:command', (cid) => ({ competitionId: cid, deviceId: 'all', view: 'ranking' }), ['unauthorized', 'refused', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok']],
  // Pairing a display is the organizer's too (no screen shows this code: not_found).
  ['display:pair', (cid) => ({ competitionId: cid, code: 'ABCDEF' }), ['unauthorized', 'refused', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'not_found']],
];

describe('the matrix covers the whole surface', () => {
  it('every API route the app registers has a row, and every row is a registered route', () => {
    expect([...new Set([...REST, ...STREAMS].map(([route]) => route))].sort()).toEqual(registeredApiRoutes());
  });
  it('every socket event the server handles has a row, and every row is a handled event', () => {
    expect([...new Set(SOCKET.map(([event]) => event))].sort()).toEqual(handledSocketEvents());
  });
});

const bodyFor = (body: Body, role: Role, cid: string): Json => {
  if (typeof body === 'function') return body(cid);
  if (body === 'login') return { competitionId: cid, pin: '73190462' };
  if (body === 'setup') return setupFor(`authz-new-${role}`);
  return body;
};
const setupFor = (id: string): Json => ({ id, name: { en: 'New' }, teams: [{ id: 'cn', country: 'CN', name: { en: 'China' }, color: '#d52b1e' }], operators: [{ id: 'op', teamId: 'cn', bib: '1', name: { en: 'Op' } }], cranes: [{ id: 'cr', kind: 'bridge', name: { en: 'Crane' } }], heats: [{ id: 'h', operatorId: 'op', craneId: 'cr' }], refereePin: '1234' });

describe('streams', () => {
  for (const [route, path, expected] of STREAMS) {
    it(`${route.split(' ')[0]} ${path(':cid')}`, async () => {
      const actual: number[] = [];
      for (const role of ROLES) {
        const { competition, token } = callers.get(role)!;
        const abort = new AbortController();
        const response = await fetch(`${server.url}${path(competition.cid)}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: abort.signal });
        actual.push(response.status);
        abort.abort();
      }
      expect(Object.fromEntries(ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, expected[i]])));
    });
  }
});

describe('REST', () => {
  for (const [route, path, body, expected] of REST) {
    const method = route.split(' ')[0]!;
    it(`${method} ${path(':cid')}`, async () => {
      const actual: number[] = [];
      for (const role of ROLES) {
        const { competition, token } = callers.get(role)!;
        const answer = await server.api(method, path(competition.cid), bodyFor(body, role, competition.cid), token);
        actual.push(answer.status);
        if (answer.status >= 400) expect(answer.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }
      expect(Object.fromEntries(ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, expected[i]])));
    });
  }
});

describe('Socket.IO', () => {
  for (const [event, payload, expected] of SOCKET) {
    it(`${event} ${JSON.stringify(payload(':cid')).slice(0, 60)}`, async () => {
      const actual: string[] = [];
      for (const role of ROLES) {
        const { competition, token } = callers.get(role)!;
        const socket = await server.connect(token).catch(() => null);
        if (!socket) {
          actual.push('refused');
          continue;
        }
        const ack = await ask(socket, event, payload(competition.cid));
        actual.push(ack.ok ? 'ok' : ack.error.code);
        socket.disconnect();
      }
      expect(Object.fromEntries(ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, expected[i]])));
    });
  }

  it('a refused write leaves the log as it was; allowed ones are attributed to their writer', async () => {
    const source = (role: Role) => callers.get(role)!;
    for (const role of ['none', 'otherCraneStation', 'otherCompetitionReferee'] as const) {
      const { competition } = source(role);
      const events = (await server.api('GET', `/api/competitions/${competition.cid}/events?since=0`)).body.events as Json[];
      // Preparation wrote 10 events (created, 6 heat steps, 2 lifts, a protest); nothing after it.
      expect(events).toHaveLength(10);
    }
    const station = (await server.api('GET', `/api/competitions/${source('station').competition.cid}/events?since=10`)).body.events as Json[];
    expect(station.filter((e) => e.type === 'lift.recorded').map((e) => [e.actor, e.data.lift.source])).toEqual([
      [{ role: 'station', id: 'cn-bridge-1' }, 'station'],
      [{ role: 'station', id: 'cn-bridge-1' }, 'station'],
    ]);
  });
});
