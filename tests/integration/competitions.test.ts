// Setting a competition up, logging referees in, and reading the event log back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../shared/events.ts';
import { verifyChain } from '../../shared/hashChain.ts';
import { ADMIN_TOKEN, REFEREE_PIN, TestServer, liftBody, setupDocument, uniqueId, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

describe('POST /api/competitions', () => {
  it('creates a competition from a setup document and returns one station key per crane', async () => {
    const cid = uniqueId('create');
    const { status, body } = await server.api('POST', '/api/competitions', setupDocument(cid), ADMIN_TOKEN);

    expect(status).toBe(201);
    expect(body.competition).toMatchObject({ id: cid, status: 'setup', lastSeq: 1 });
    expect(body.competition.heats).toHaveLength(8);
    expect(body.competition.heats[0]).toMatchObject({ id: 'h1', operatorId: 'cn-1', craneId: 'cn-bridge-1', status: 'scheduled' });
    expect(Object.keys(body.stationKeys).sort()).toEqual(['cn-bridge-1', 'cn-bridge-2', 'kz-gantry-1', 'kz-gantry-2']);
    const keys = Object.values(body.stationKeys) as string[];
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(key).toMatch(/^sk_.{20,}$/);
    expect(JSON.stringify(body.competition)).not.toContain(REFEREE_PIN);
  });

  it('refuses callers who are not the organizer: no token 401, a referee 403, a bad token 401', async () => {
    const { cid, referee } = await server.createCompetition('auth');
    const document = setupDocument(uniqueId('not-created'));

    const anonymous = await server.api('POST', '/api/competitions', document);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatchObject({ code: 'unauthorized', message: expect.any(String) });

    const asReferee = await server.api('POST', '/api/competitions', document, referee);
    expect(asReferee.status).toBe(403);
    expect(asReferee.body.error.code).toBe('forbidden');

    const badToken = await server.api('POST', '/api/competitions', document, 'not-a-token');
    expect(badToken.status).toBe(401);

    const list = await server.api('GET', '/api/competitions');
    expect(list.body.competitions.map((c: Json) => c.id)).toContain(cid);
    expect(list.body.competitions.map((c: Json) => c.id)).not.toContain(document.id);
  });

  // Each row: a mistake an organizer could make in the setup file, and the field the answer names.
  const invalidSetups: [situation: string, change: (d: Json) => void, field: string][] = [
    ['a heat names an unknown operator', (d) => (d.heats[0].operatorId = 'nobody'), 'heats.0.operatorId'],
    ['a heat names an unknown crane', (d) => (d.heats[2].craneId = 'crane-x'), 'heats.2.craneId'],
    ['an operator names an unknown team', (d) => (d.operators[1].teamId = 'XX'), 'operators.1.teamId'],
    ['two heats share an id', (d) => (d.heats[1].id = 'h1'), 'heats.1.id'],
    ['the PIN is not 4-12 digits', (d) => (d.refereePin = '12'), 'refereePin'],
    ['the id is not a slug', (d) => (d.id = 'has space'), 'id'],
    ['a team colour is not #rrggbb', (d) => (d.teams[0].color = 'red'), 'teams.0.color'],
    ['the rule has a negative tolerance', (d) => (d.rule.reconcileToleranceMm = -1), 'rule.reconcileToleranceMm'],
  ];
  it.each(invalidSetups)('400 naming the field when %s', async (_situation, change, field) => {
    const document = setupDocument(uniqueId('invalid'));
    change(document);
    const { status, body } = await server.api('POST', '/api/competitions', document, ADMIN_TOKEN);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field });
  });

  it('409 for an id that already exists', async () => {
    const { cid } = await server.createCompetition('dup');
    const { status, body } = await server.api('POST', '/api/competitions', setupDocument(cid), ADMIN_TOKEN);
    expect(status).toBe(409);
    expect(body.error.code).toBe('conflict');
  });

  it('never shows the PIN or station keys in the list, the setup or the log', async () => {
    const cid = uniqueId('secrets');
    const created = await server.api('POST', '/api/competitions', setupDocument(cid), ADMIN_TOKEN);
    const stationKeys = Object.values(created.body.stationKeys) as string[];

    for (const path of ['/api/competitions', `/api/competitions/${cid}`, `/api/competitions/${cid}/events?since=0`]) {
      const { status, body } = await server.api('GET', path);
      expect(status).toBe(200);
      const text = JSON.stringify(body);
      expect(text, path).toContain(cid);
      expect(text, path).not.toContain(REFEREE_PIN);
      expect(text, path).not.toContain('refereePin');
      expect(text, path).not.toContain('stationKeys');
      for (const key of stationKeys) expect(text, path).not.toContain(key);
    }
  });

  it('404 for an unknown competition', async () => {
    const { status, body } = await server.api('GET', '/api/competitions/no-such-cup');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('POST /api/auth/referee', () => {
  it('the right PIN gives a token and when it expires', async () => {
    const { cid } = await server.createCompetition('login');
    const before = Date.now();
    const { status, body } = await server.api('POST', '/api/auth/referee', { competitionId: cid, pin: REFEREE_PIN });
    expect(status).toBe(200);
    expect(body.token).toEqual(expect.any(String));
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(before);
    expect(new Date(body.expiresAt).toISOString()).toBe(body.expiresAt);
  });

  it('a wrong PIN is 401 with the error shape', async () => {
    const { cid } = await server.createCompetition('wrong-pin');
    const { status, body } = await server.api('POST', '/api/auth/referee', { competitionId: cid, pin: '0000' });
    expect(status).toBe(401);
    expect(body).toEqual({ error: { code: 'unauthorized', message: expect.any(String), field: 'pin' } });
  });

  it('past the budget of 10 wrong PINs a wait begins, and then even the right PIN from a new device waits (refereeLogin.test.ts has the rest)', async () => {
    const { cid } = await server.createCompetition('guessing');
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 12; attempt++) {
      statuses.push((await server.api('POST', '/api/auth/referee', { competitionId: cid, pin: String(1000 + attempt) })).status);
    }
    // The 11th wrong PIN starts a 1 s wait: the 12th comes within it.
    expect(statuses).toEqual([...Array(11).fill(401), 429]);
    const right = await server.api('POST', '/api/auth/referee', { competitionId: cid, pin: REFEREE_PIN });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('too_many');
  });

  it('a token belongs to its competition: another competition answers 403', async () => {
    const a = await server.createCompetition('token-a');
    const b = await server.createCompetition('token-b');
    await server.heat(b, 'h1', 'start');
    const { status } = await server.api('POST', `/api/competitions/${b.cid}/lifts`, liftBody('h1', 1), a.referee);
    expect(status).toBe(403);
  });
});

describe('GET /api/competitions/:cid/events', () => {
  it('returns exactly the events after `since`, gapless and hash-chained', async () => {
    const c = await server.createCompetition('events');
    await server.heat(c, 'h1', 'start');
    for (let index = 1; index <= 4; index++) await server.lift(c, liftBody('h1', index, { dxMm: index, dyMm: -index }));
    await server.api('POST', `/api/competitions/${c.cid}/lifts/h1-2/corrections`, { id: 'fix-1', dxMm: 0, reason: 'misread' }, c.referee);
    await server.api('POST', `/api/competitions/${c.cid}/lifts/h1-3/void`, { id: 'void-1', reason: 'wrong slot' }, c.referee);

    const all = await server.api('GET', `/api/competitions/${c.cid}/events?since=0`);
    expect(all.status).toBe(200);
    const events = all.body.events as StoredEvent[];
    // created, started, 4 × lift.recorded, corrected, voided
    expect(events.map((e) => e.type)).toEqual([
      'competition.created',
      'heat.started',
      ...Array(4).fill('lift.recorded'),
      'lift.corrected',
      'lift.voided',
    ]);
    expect(all.body.lastSeq).toBe(8);
    expect(verifyChain(events)).toEqual({ ok: true, lastHash: events.at(-1)!.hash });

    for (const since of [1, 5, 7, 8]) {
      const { body } = await server.api('GET', `/api/competitions/${c.cid}/events?since=${since}`);
      expect(body.lastSeq).toBe(8);
      expect(body.events.map((e: StoredEvent) => e.seq)).toEqual(events.slice(since).map((e) => e.seq));
      expect(body.events).toEqual(events.slice(since));
    }
  });

  it('a tampered copy of the log fails verifyChain', async () => {
    const c = await server.createCompetition('tamper');
    await server.heat(c, 'h1', 'start');
    await server.lift(c, liftBody('h1', 1, { dxMm: 30, dyMm: 40 }));
    const events = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.events as Json[];
    events[2].data.lift.dxMm = 0;
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3 });
  });

  it('400 for a since that is not a whole number', async () => {
    const { cid } = await server.createCompetition('since');
    const { status, body } = await server.api('GET', `/api/competitions/${cid}/events?since=-1`);
    expect(status).toBe(400);
    expect(body.error.field).toBe('since');
  });
});
