// Who may do what: every route and socket event × every kind of caller, as a table.
// Each caller acts on a competition of its own, prepared the same way (h1 running with
// lifts base-1 and base-2, h2 finished, h3 confirmed, h4 scheduled), so one caller's
// allowed write never changes what the next one meets.
// Spectators carry no token (DESIGN: "Spectators need none"), so the spectator is `none`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, TestServer, ask, liftBody, type Competition, type Json } from '../integration/harness.ts';

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
}, 60_000);
afterAll(async () => {
  await server.close();
});

/** [method, path (given the competition id), body, expected status per role] */
const REST: [string, (cid: string) => string, Json, Row<number>][] = [
  ['GET', () => '/api/competitions', undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET', (cid) => `/api/competitions/${cid}`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET', (cid) => `/api/competitions/${cid}/standings`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET', (cid) => `/api/competitions/${cid}/events?since=0`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['GET', (cid) => `/api/competitions/${cid}/devices`, undefined, [200, 401, 200, 200, 200, 200, 200]],
  ['POST', () => '/api/auth/referee', 'login', [200, 401, 200, 200, 200, 200, 200]],
  ['POST', () => '/api/competitions', 'setup', [401, 401, 403, 403, 403, 403, 201]],
  // h1 is cn-1 on cn-bridge-1: the cn-bridge-1 station may write it, the kz-gantry-1 one may not.
  ['POST', (cid) => `/api/competitions/${cid}/lifts`, liftBody('h1', 10, undefined, 'rest-lift'), [401, 401, 403, 201, 403, 201, 201]],
  ['POST', (cid) => `/api/competitions/${cid}/lifts/base-1/corrections`, { id: 'fix', dxMm: 1, reason: 'laser' }, [401, 401, 403, 403, 403, 201, 201]],
  ['POST', (cid) => `/api/competitions/${cid}/lifts/base-2/void`, { id: 'void', reason: 'wrong box' }, [401, 401, 403, 403, 403, 201, 201]],
  ['POST', (cid) => `/api/competitions/${cid}/heats/h4/start`, {}, [401, 401, 403, 403, 403, 200, 200]],
  ['POST', (cid) => `/api/competitions/${cid}/heats/h2/confirm`, {}, [401, 401, 403, 403, 403, 200, 200]],
  ['POST', (cid) => `/api/competitions/${cid}/heats/h3/reopen`, { reason: 'protest upheld' }, [401, 401, 403, 403, 403, 403, 200]],
  // An admin gets past authorization and meets the rule: heats are still open.
  ['POST', (cid) => `/api/competitions/${cid}/official`, {}, [401, 401, 403, 403, 403, 403, 409]],
  // Any station of the competition heartbeats for its own crane; nobody else heartbeats.
  ['POST', (cid) => `/api/competitions/${cid}/stations/heartbeat`, { deviceId: 'dev' }, [401, 401, 200, 200, 403, 403, 403]],
  ['POST', (cid) => `/api/competitions/${cid}/heats/h1/finish`, {}, [401, 401, 403, 403, 403, 200, 200]],
];

/** Socket events: the ack's error code, or 'ok'. A forged token cannot even connect. */
const SOCKET: [string, (cid: string) => Json, Row<string>][] = [
  ['subscribe', (cid) => ({ competitionId: cid, since: 0 }), ['ok', 'refused', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['lift:submit', (cid) => ({ competitionId: cid, ...liftBody('h1', 20, undefined, 'socket-lift') }), ['unauthorized', 'refused', 'forbidden', 'ok', 'forbidden', 'ok', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'display', deviceId: 'screen' }), ['ok', 'refused', 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'station', deviceId: 'st' }), ['unauthorized', 'refused', 'ok', 'ok', 'forbidden', 'forbidden', 'ok']],
  ['presence:report', (cid) => ({ competitionId: cid, kind: 'referee', deviceId: 'tab' }), ['unauthorized', 'refused', 'forbidden', 'forbidden', 'forbidden', 'ok', 'ok']],
  ['station:heartbeat', (cid) => ({ competitionId: cid, deviceId: 'st' }), ['unauthorized', 'refused', 'ok', 'ok', 'forbidden', 'forbidden', 'forbidden']],
];

const bodyFor = (body: Json, role: Role, cid: string): Json => {
  if (body === 'login') return { competitionId: cid, pin: '73190462' };
  if (body === 'setup') return setupFor(`authz-new-${role}`);
  return body;
};
const setupFor = (id: string): Json => ({ id, name: { en: 'New' }, teams: [{ id: 'cn', country: 'CN', name: { en: 'China' }, color: '#d52b1e' }], operators: [{ id: 'op', teamId: 'cn', bib: '1', name: { en: 'Op' } }], cranes: [{ id: 'cr', kind: 'bridge', name: { en: 'Crane' } }], heats: [{ id: 'h', operatorId: 'op', craneId: 'cr' }], refereePin: '1234' });

describe('REST', () => {
  for (const [method, path, body, expected] of REST) {
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
      // Preparation wrote 9 events (created, 6 heat steps, 2 lifts); nothing after it.
      expect(events).toHaveLength(9);
    }
    const station = (await server.api('GET', `/api/competitions/${source('station').competition.cid}/events?since=9`)).body.events as Json[];
    expect(station.filter((e) => e.type === 'lift.recorded').map((e) => [e.actor, e.data.lift.source])).toEqual([
      [{ role: 'station', id: 'cn-bridge-1' }, 'station'],
      [{ role: 'station', id: 'cn-bridge-1' }, 'station'],
    ]);
  });
});
