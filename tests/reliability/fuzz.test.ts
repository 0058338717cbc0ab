// 1,000 malformed or hostile bodies against every write route and socket event: wrong
// types, huge strings, __proto__/constructor keys, NaN and ±Infinity, unknown fields, not
// an object at all. No crash, no write, and every answer in the documented error shape.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { containerNo, type Json as Answer } from '../integration/harness.ts';
import { hostileJson, mutate, mutationArb, type Json } from './hostileBody.ts';
import { handledSocketEvents, registeredApiRoutes } from './surface.ts';

const CID = 'fuzz';
/** A competition still in setup, so a setup edit would be accepted if its body were valid. */
const SETUP_CID = 'fuzz-setup';
const PIN = '55550000';
/** A competition of three disciplines, for the accounting answer routes (heat a1 running, task t1 answered). */
const ACC_CID = 'fuzz-acc';
const STATUS_OF_CODE: Record<string, number> = { bad_request: 400, unauthorized: 401, forbidden: 403, not_found: 404, too_large: 413, conflict: 409, locked: 423, too_many: 429 };
/**
 * What a socket event may answer a malformed payload with (README, Socket.IO: `{ok: false,
 * error}` in the REST error shape): a payload that breaks its schema is `bad_request`; one
 * over Socket.IO's 256 KB message limit never gets an answer at all, so `too_large` is not
 * here. A code outside its event's list fails, whatever status it maps to.
 */
const SOCKET_CODES_FOR_MALFORMED: Record<string, readonly string[]> = {
  'lift:submit': ['bad_request'],
  subscribe: ['bad_request'],
  'presence:report': ['bad_request'],
  'station:heartbeat': ['bad_request'],
  'display:command': ['bad_request'],
  'display:pair': ['bad_request'],
};

let server: TestServer;
let tokens: { admin: string; referee: string; station: string; otherStation: string };
let sockets: Record<'admin' | 'station', Socket>;

const setup = (id: string): Json => ({ ...JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')), id, refereePin: PIN });
const triathlon = (id: string): Json => ({ ...JSON.parse(readFileSync(new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), 'utf8')), id, refereePin: PIN });
const lift = (id: string, index: number): Json => ({ id, heatId: 'h1', index, containerNo: containerNo(300_000 + index), slot: 'A-01-1', dxMm: 3, dyMm: -2, penalties: ['collision'], dropped: false, cycleTimeS: 71.5 });

async function post(path: string, body: unknown, token?: string, method = 'POST'): Promise<{ status: number; body: Answer }> {
  const response = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  server = await startTestServer();
  const created = await post('/api/competitions', setup(CID), ADMIN_TOKEN);
  const referee = (await post('/api/auth/referee', { competitionId: CID, pin: PIN })).body.token as string;
  tokens = { admin: ADMIN_TOKEN, referee, station: created.body.stationKeys['cn-bridge-1'], otherStation: created.body.stationKeys['cn-bridge-2'] };
  expect((await post('/api/competitions', setup(SETUP_CID), ADMIN_TOKEN)).status).toBe(201);
  await post(`/api/competitions/${CID}/heats/h1/start`, {}, referee);
  await post(`/api/competitions/${CID}/heats/h2/start`, {}, referee);
  await post(`/api/competitions/${CID}/heats/h2/finish`, {}, referee);
  await post(`/api/competitions/${CID}/heats/h2/confirm`, {}, referee);
  await post(`/api/competitions/${CID}/heats/h4/start`, {}, referee);
  await post(`/api/competitions/${CID}/heats/h4/finish`, {}, referee);
  expect((await post(`/api/competitions/${CID}/lifts`, lift('base-lift', 1), referee)).status).toBe(201);
  expect((await post(`/api/competitions/${CID}/protests`, { id: 'p-base', reason: 'lift 1 measured at the wrong corner' }, referee)).status).toBe(201);
  expect((await post('/api/competitions', triathlon(ACC_CID), ADMIN_TOKEN)).status).toBe(201);
  const accReferee = (await post('/api/auth/referee', { competitionId: ACC_CID, pin: PIN })).body.token as string;
  expect((await post(`/api/competitions/${ACC_CID}/heats/a1/start`, {}, accReferee)).status).toBe(200);
  expect((await post(`/api/competitions/${ACC_CID}/answers`, { id: 'base-answer', heatId: 'a1', taskId: 't1', value: 12_000 }, ADMIN_TOKEN)).status).toBe(201);
  const connect = async (token: string) => {
    const socket = io(server.url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    return socket;
  };
  sockets = { admin: await connect(tokens.admin), station: await connect(tokens.station) };
});
afterAll(async () => {
  for (const socket of Object.values(sockets ?? {})) socket.disconnect();
  await server?.dispose();
});

/**
 * Every write route as registered, a concrete path, a body that would succeed as is, and
 * who sends it. The valid bodies are replayed in this order after the fuzz (freeze before
 * reveal; the key reset last, since it retires a key).
 */
const routes = (): { route: string; method: 'POST' | 'PUT'; path: string; token: keyof typeof tokens | null; valid: Json }[] => [
  { route: 'POST /api/competitions', method: 'POST', path: '/api/competitions', token: 'admin', valid: setup('fuzz-new') },
  { route: 'POST /api/auth/referee', method: 'POST', path: '/api/auth/referee', token: null, valid: { competitionId: CID, pin: PIN } },
  { route: 'POST /api/competitions/:cid/lifts', method: 'POST', path: `/api/competitions/${CID}/lifts`, token: 'station', valid: lift('fresh-lift', 2) },
  { route: 'POST /api/competitions/:cid/lifts/:liftId/corrections', method: 'POST', path: `/api/competitions/${CID}/lifts/base-lift/corrections`, token: 'referee', valid: { id: 'fix-1', dxMm: 1, dyMm: 1, penalties: [], dropped: false, reason: 'laser' } },
  { route: 'POST /api/competitions/:cid/answers', method: 'POST', path: `/api/competitions/${ACC_CID}/answers`, token: 'admin', valid: { id: 'fresh-answer', heatId: 'a1', taskId: 't2', value: 24_180 } },
  { route: 'POST /api/competitions/:cid/answers/:answerId/corrections', method: 'POST', path: `/api/competitions/${ACC_CID}/answers/base-answer/corrections`, token: 'admin', valid: { id: 'fix-answer', value: 12_345.5, reason: 'recounted' } },
  { route: 'POST /api/competitions/:cid/lifts/:liftId/void', method: 'POST', path: `/api/competitions/${CID}/lifts/base-lift/void`, token: 'referee', valid: { id: 'void-1', reason: 'wrong container' } },
  { route: 'POST /api/competitions/:cid/heats/:hid/start', method: 'POST', path: `/api/competitions/${CID}/heats/h3/start`, token: 'referee', valid: { id: 'start-h3', at: '2025-07-20T10:00:00+08:00' } },
  { route: 'POST /api/competitions/:cid/heats/:hid/finish', method: 'POST', path: `/api/competitions/${CID}/heats/h1/finish`, token: 'referee', valid: { id: 'finish-h1', at: '2099-07-20T10:15:00+08:00' } },
  { route: 'POST /api/competitions/:cid/heats/:hid/confirm', method: 'POST', path: `/api/competitions/${CID}/heats/h4/confirm`, token: 'referee', valid: { id: 'confirm-h4' } },
  { route: 'POST /api/competitions/:cid/heats/:hid/reopen', method: 'POST', path: `/api/competitions/${CID}/heats/h2/reopen`, token: 'admin', valid: { id: 'reopen-h2', reason: 'protest upheld' } },
  { route: 'POST /api/competitions/:cid/protests', method: 'POST', path: `/api/competitions/${CID}/protests`, token: 'referee', valid: { id: 'p-new', operatorId: 'cn-1', heatId: 'h1', reason: 'collision not counted' } },
  { route: 'POST /api/competitions/:cid/protests/:pid/resolve', method: 'POST', path: `/api/competitions/${CID}/protests/p-base/resolve`, token: 'admin', valid: { id: 'resolve-1', decision: 'upheld', reason: 'video' } },
  { route: 'POST /api/competitions/:cid/board/freeze', method: 'POST', path: `/api/competitions/${CID}/board/freeze`, token: 'admin', valid: { id: 'freeze-1' } },
  { route: 'POST /api/competitions/:cid/board/reveal', method: 'POST', path: `/api/competitions/${CID}/board/reveal`, token: 'admin', valid: { id: 'reveal-1' } },
  { route: 'POST /api/competitions/:cid/official', method: 'POST', path: `/api/competitions/${CID}/official`, token: 'admin', valid: { id: 'sign-off' } },
  { route: 'POST /api/competitions/:cid/stations/heartbeat', method: 'POST', path: `/api/competitions/${CID}/stations/heartbeat`, token: 'station', valid: { deviceId: 'st-1', name: 'laser', intervalMs: 5000, pending: 0 } },
  { route: 'PUT /api/competitions/:cid/setup', method: 'PUT', path: `/api/competitions/${SETUP_CID}/setup`, token: 'admin', valid: setup(SETUP_CID) },
  { route: 'POST /api/series', method: 'POST', path: '/api/series', token: 'admin', valid: { id: 'fuzz-series', name: { en: 'Series' }, rounds: [{ id: 'prelim', name: { en: 'Prelim' }, sources: [{ competitionId: CID }, { competitionId: 'far', url: 'http://127.0.0.1:9' }], advance: { perSource: 2, to: 'final' } }, { id: 'final', name: { en: 'Final' }, sources: [{ competitionId: 'final' }] }] } },
  { route: 'POST /api/competitions/:cid/referee-logins/unlock', method: 'POST', path: `/api/competitions/${CID}/referee-logins/unlock`, token: 'admin', valid: {} },
  { route: 'POST /api/competitions/:cid/stations/:craneId/key', method: 'POST', path: `/api/competitions/${CID}/stations/cn-bridge-2/key`, token: 'admin', valid: {} },
];
const events = (): { event: string; socket: keyof typeof sockets; valid: Json }[] => [
  { event: 'lift:submit', socket: 'station', valid: { competitionId: CID, ...(lift('fresh-socket-lift', 3) as object) } },
  { event: 'subscribe', socket: 'station', valid: { competitionId: CID, since: 0 } },
  { event: 'presence:report', socket: 'station', valid: { competitionId: CID, kind: 'station', deviceId: 'st-2', name: 'laser', pending: 0, lastAckAt: '2025-07-20T10:00:00+08:00', languages: ['zh'] } },
  { event: 'station:heartbeat', socket: 'station', valid: { competitionId: CID, deviceId: 'st-3', intervalMs: 5000 } },
  { event: 'display:pair', socket: 'admin', valid: { competitionId: CID, code: 'ABCDEF' } },
  { event: 'display:command', socket: 'admin', valid: { competitionId: CID, deviceId: 'all', view: 'charts', languages: ['zh', 'kk'] } },
];

it('the fuzz covers every write route the app registers and every socket event the server handles', () => {
  expect(routes().map((r) => r.route).sort()).toEqual(registeredApiRoutes().filter((r) => !r.startsWith('GET ')));
  expect(events().map((e) => e.event).sort()).toEqual(handledSocketEvents());
});

const SERIES_ROUTES = ['POST /api/series'];

it('300 hostile series documents: every one a 400 naming the problem, no series made', async () => {
  const series = routes().filter((r) => SERIES_ROUTES.includes(r.route));
  const before = (await (await fetch(`${server.url}/api/series`)).json()).series.length;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: series.length - 1 }), mutationArb, async (which, mutation) => {
      const target = series[which]!;
      const response = await fetch(server.url + target.path, { method: target.method, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` }, body: hostileJson(mutate(target.valid, mutation)) });
      const answer = (await response.json()) as Json;
      expect(response.status).toBe(400);
      expectErrorShape(response.status, answer);
    }),
    { seed: 20241129, numRuns: 300 },
  );
  expect((await (await fetch(`${server.url}/api/series`)).json()).series).toHaveLength(before);
}, 60_000);

function expectErrorShape(status: number, body: Json): void {
  expect(body).toBeTypeOf('object');
  expect(Object.keys(body as object)).toEqual(['error']);
  const error = (body as { error: Record<string, unknown> }).error;
  expect(Object.keys(error).sort()).toEqual(error.field === undefined ? ['code', 'message'] : ['code', 'field', 'message']);
  expect(error.message).toEqual(expect.any(String));
  expect(STATUS_OF_CODE[error.code as string]).toBe(status);
}

it('1,000 hostile bodies: no crash, no write, every answer in the error shape', async () => {
  const before = {
    seq: server.competitions.get(CID).lastSeq,
    setupSeq: server.competitions.get(SETUP_CID).lastSeq,
    accSeq: server.competitions.get(ACC_CID).lastSeq,
    competitions: server.competitions.list().length,
    devices: server.presence.list(CID).length,
  };
  // Series routes are fuzzed apart (below), so this seeded draw over the competition routes stays as it was.
  const competitionRoutes = routes().filter((r) => !SERIES_ROUTES.includes(r.route));
  const targets = [...competitionRoutes.map((r) => ({ kind: 'rest' as const, ...r })), ...events().map((e) => ({ kind: 'socket' as const, ...e }))];
  const seen = new Map<string, number>();

  await fc.assert(
    fc.asyncProperty(fc.nat({ max: targets.length - 1 }), mutationArb, async (which, mutation) => {
      const target = targets[which]!;
      const body = mutate(target.valid, mutation);
      if (target.kind === 'rest') {
        const response = await fetch(server.url + target.path, {
          method: target.method,
          headers: { 'content-type': 'application/json', ...(target.token ? { authorization: `Bearer ${tokens[target.token]}` } : {}) },
          body: hostileJson(body),
        });
        const answer = (await response.json()) as Json;
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expectErrorShape(response.status, answer);
        const key = `rest ${response.status} ${(answer as { error: { code: string } }).error.code}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      } else {
        const ack = (await sockets[target.socket].timeout(5_000).emitWithAck(target.event, body)) as { ok: boolean; error?: Json };
        expect(ack.ok).toBe(false);
        const code = (ack.error as { code: string }).code;
        expect(SOCKET_CODES_FOR_MALFORMED[target.event], `${target.event} answered ${code}`).toContain(code);
        expectErrorShape(STATUS_OF_CODE[code] as number, { error: ack.error as Json });
        seen.set(`socket ${code}`, (seen.get(`socket ${code}`) ?? 0) + 1);
      }
      expect(server.competitions.get(CID).lastSeq).toBe(before.seq);
      expect(server.competitions.get(SETUP_CID).lastSeq).toBe(before.setupSeq);
      expect(server.competitions.get(ACC_CID).lastSeq).toBe(before.accSeq);
      expect(server.competitions.list()).toHaveLength(before.competitions);
      expect(server.presence.list(CID)).toHaveLength(before.devices);
    }),
    { seed: 20250720, numRuns: 1_000 },
  );

  // Prototypes are untouched by the __proto__ keys, and the valid bodies do still work (the fuzz was not refusing everything for one reason).
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  // The seed is fixed, so what was drawn is known: 734 bodies went to REST routes and 266 to
  // socket events (1,000 in all), and each breaks its schema in one place, so every one of
  // them is a 400 bad_request — none slipped through to a 404, 409 or 423 further in.
  expect(Object.fromEntries(seen)).toEqual({ 'rest 400 bad_request': 734, 'socket bad_request': 266 });
  // Side effects that are not events: the setup competition's PIN, and the station key the key-reset route would retire.
  expect(await server.competitions.findReferee(SETUP_CID, PIN)).toEqual({});
  expect((await fetch(`${server.url}/api/admin/session`, { headers: { authorization: `Bearer ${tokens.otherStation}` } })).status).toBe(403);
  for (const route of routes()) {
    const answer = await post(route.path, route.valid, route.token ? tokens[route.token] : undefined, route.method);
    // Sign-off parses, then is refused because heats are open: the body itself was fine.
    if (route.path.endsWith('/official')) expect(answer.body.error.message).toMatch(/heats not confirmed/);
    else expect(answer.status, `${route.path} ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  }
}, 60_000);
