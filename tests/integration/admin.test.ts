import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../server/store/eventStore.ts';
import { fold } from '../../shared/reducer.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';
import { ADMIN_TOKEN, REFEREE_PIN, TestServer, liftBody, setupDocument, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.close();
});

const path = (cid: string, rest = '') => `/api/competitions/${cid}${rest}`;

describe('editing the setup before the start', () => {
  it('replaces the setup, returns keys for new cranes once, changes the PIN; refused once a heat started', async () => {
    const c = await server.createCompetition('edit', { heats: ['h1', 'h3'] });
    const edited = setupDocument(c.cid, { heats: ['h1', 'h3'], rule: { liftsPerHeat: 5 } });
    edited.cranes.push({ id: 'cn-bridge-3', kind: 'bridge', teamId: 'CN', name: { zh: '3号桥吊', en: 'Bridge crane 3' } });
    edited.heats.push({ id: 'h9', operatorId: 'cn-3', craneId: 'cn-bridge-3' });
    edited.refereePin = '55667788';

    expect((await server.api('PUT', path(c.cid, '/setup'), edited, c.referee)).status).toBe(403);
    const { status, body } = await server.api('PUT', path(c.cid, '/setup'), edited, ADMIN_TOKEN);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(Object.keys(body.stationKeys)).toEqual(['cn-bridge-3']);
    expect(body.competition.rule.liftsPerHeat).toBe(5);
    expect(body.competition.heats.map((h: Json) => h.id)).toEqual(['h1', 'h3', 'h9']);
    expect(JSON.stringify(body.competition)).not.toContain('55667788');

    // The old PIN no longer logs in; the new one does.
    expect((await server.api('POST', '/api/auth/referee', { competitionId: c.cid, pin: REFEREE_PIN })).status).toBe(401);
    const referee = await server.loginReferee(c.cid, '55667788');
    await server.api('POST', path(c.cid, '/heats/h9/start'), {}, referee);
    // The new crane's key writes for its heat.
    await server.lift({ ...c, referee }, liftBody('h9', 1, { dxMm: 1, dyMm: 1 }, 'st-9-1'), body.stationKeys['cn-bridge-3']);

    const late = await server.api('PUT', path(c.cid, '/setup'), edited, ADMIN_TOKEN);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/before the first heat/);
  });

  it('a bad document is a 400 naming the field, and nothing changes', async () => {
    const c = await server.createCompetition('edit-bad', { heats: ['h1'] });
    const edited = setupDocument(c.cid, { heats: ['h1'] });
    edited.heats[0].operatorId = 'nobody';
    const { status, body } = await server.api('PUT', path(c.cid, '/setup'), edited, ADMIN_TOKEN);
    expect(status).toBe(400);
    expect(body.error.field).toBe('heats.0.operatorId');
    expect((await server.api('GET', path(c.cid))).body.lastSeq).toBe(1);
  });
});

describe('station keys', () => {
  it('a reset key replaces the old one at once', async () => {
    const c = await server.createCompetition('reset-key', { heats: ['h1'] });
    await server.heat(c, 'h1', 'start');
    const old = c.stationKeys['cn-bridge-1']!;
    expect((await server.api('POST', path(c.cid, '/stations/cn-bridge-1/key'), {}, c.referee)).status).toBe(403);
    // The route takes no body: one with fields is refused, and the old key keeps working.
    const refused = await server.api('POST', path(c.cid, '/stations/cn-bridge-1/key'), { craneId: 'kz-gantry-1' }, ADMIN_TOKEN);
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'bad_request', field: 'craneId' } } });
    expect((await server.api('POST', path(c.cid, '/lifts'), liftBody('h1', 1, undefined, 'st-0'), old)).status).toBe(201);
    const { status, body } = await server.api('POST', path(c.cid, '/stations/cn-bridge-1/key'), {}, ADMIN_TOKEN);
    expect(status).toBe(200);
    expect(body.key).not.toBe(old);
    expect((await server.api('POST', path(c.cid, '/lifts'), liftBody('h1', 2, undefined, 'st-1'), old)).status).toBe(401);
    expect((await server.api('POST', path(c.cid, '/lifts'), liftBody('h1', 2, undefined, 'st-1'), body.key)).status).toBe(201);
    // It survives a restart: the hash was replaced in the database, not only in memory.
    server = await server.restart();
    expect((await server.api('POST', path(c.cid, '/lifts'), liftBody('h1', 3, undefined, 'st-2'), old)).status).toBe(401);
    expect((await server.api('POST', path(c.cid, '/lifts'), liftBody('h1', 3, undefined, 'st-2'), body.key)).status).toBe(201);
    expect((await server.api('POST', path(c.cid, '/stations/no-crane/key'), {}, ADMIN_TOKEN)).status).toBe(404);
  });

  it('a station socket that logged in with the old key is disconnected by the reset', async () => {
    const c = await server.createCompetition('reset-socket', { heats: ['h1'] });
    const station = await server.connect(c.stationKeys['cn-bridge-1']);
    const other = await server.connect(c.stationKeys['kz-gantry-1']);
    const dropped = new Promise<string>((resolve) => station.once('disconnect', resolve));
    await server.api('POST', path(c.cid, '/stations/cn-bridge-1/key'), {}, ADMIN_TOKEN);
    expect(await dropped).toBe('io server disconnect');
    expect(other.connected).toBe(true);
  });
});

describe('results workflow: provisional → protests → official', () => {
  it('the window blocks sign-off while open and the results show under protest', async () => {
    const c = await server.createCompetition('window', { heats: ['h1'] }); // default window: 30 min
    await server.heat(c, 'h1', 'start', 'finish', 'confirm');
    const results = (await server.api('GET', path(c.cid, '/results'))).body;
    expect(results).toMatchObject({ status: 'provisional', label: 'under_protest' });
    expect(Date.parse(results.protestWindowEndsAt) - Date.parse(results.provisionalAt)).toBe(30 * 60_000);
    const refused = await server.api('POST', path(c.cid, '/official'), {}, ADMIN_TOKEN);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('protest window is open');
  });

  it('a protest keeps results under protest until resolved; sign-off then locks every write with 423', async () => {
    const c = await server.createCompetition('protest', { heats: ['h1', 'h3'], rule: { protestWindowMin: 0 } });
    await server.heat(c, 'h1', 'start');
    await server.heat(c, 'h3', 'start');
    await server.lift(c, liftBody('h1', 1, { dxMm: 30, dyMm: 0 }));
    const lodged = await server.api('POST', path(c.cid, '/protests'), { id: 'p1', operatorId: 'kz-1', heatId: 'h1', reason: 'lift 1 measured at the wrong corner' }, c.referee);
    expect(lodged.status).toBe(201);
    await server.heat(c, 'h1', 'finish', 'confirm');
    await server.heat(c, 'h3', 'finish', 'confirm');
    let results = (await server.api('GET', path(c.cid, '/results'))).body;
    expect(results).toMatchObject({ label: 'under_protest', signOffBlockers: ['unresolved protests: p1'] });
    expect((await server.api('POST', path(c.cid, '/official'), {}, ADMIN_TOKEN)).status).toBe(409);

    // Upheld: the organizer reopens the heat (with a reason, logged) and the referee corrects the lift.
    expect((await server.api('POST', path(c.cid, '/protests/p1/resolve'), { id: 'r1', decision: 'upheld' }, c.referee)).status).toBe(403);
    expect((await server.api('POST', path(c.cid, '/protests/p1/resolve'), { id: 'r1', decision: 'upheld', reason: 'video' }, ADMIN_TOKEN)).status).toBe(200);
    expect((await server.api('POST', path(c.cid, '/heats/h1/reopen'), {}, ADMIN_TOKEN)).status).toBe(400); // a reason is required
    expect((await server.api('POST', path(c.cid, '/heats/h1/reopen'), { reason: 'protest p1 upheld' }, c.referee)).status).toBe(403);
    expect((await server.api('POST', path(c.cid, '/heats/h1/reopen'), { reason: 'protest p1 upheld' }, ADMIN_TOKEN)).status).toBe(200);
    await server.api('POST', path(c.cid, '/lifts/h1-1/corrections'), { id: 'fix-1', dxMm: 3, reason: 'protest p1' }, c.referee);
    await server.heat(c, 'h1', 'confirm');
    results = (await server.api('GET', path(c.cid, '/results'))).body;
    expect(results).toMatchObject({ label: 'provisional', signOffBlockers: [] });

    const { body: log } = await server.api('GET', path(c.cid, '/events'));
    const reopen = log.events.find((e: Json) => e.type === 'heat.reopened');
    expect(reopen).toMatchObject({ actor: { role: 'admin' }, data: { heatId: 'h1', reason: 'protest p1 upheld' } });

    expect((await server.api('POST', path(c.cid, '/official'), {}, ADMIN_TOKEN)).status).toBe(200);
    expect((await server.api('GET', path(c.cid, '/results'))).body.label).toBe('official');
    const writes: [string, string, string, object, string][] = [
      ['protest', 'POST', path(c.cid, '/protests'), { id: 'p2', reason: 'late' }, ADMIN_TOKEN],
      ['resolve', 'POST', path(c.cid, '/protests/p1/resolve'), { id: 'r2', decision: 'dismissed' }, ADMIN_TOKEN],
      ['setup edit', 'PUT', path(c.cid, '/setup'), setupDocument(c.cid, { heats: ['h1', 'h3'] }), ADMIN_TOKEN],
      ['reopen', 'POST', path(c.cid, '/heats/h1/reopen'), { reason: 'late' }, ADMIN_TOKEN],
      ['lift', 'POST', path(c.cid, '/lifts'), liftBody('h1', 2), c.referee],
    ];
    for (const [what, method, url, body, token] of writes) {
      const answer = await server.api(method, url, body, token);
      expect(answer.status, what).toBe(423);
    }
  });
});

describe('backups', () => {
  it('a backup is written at each confirmation and at sign-off, opens, and folds to the same standings', async () => {
    const c = await server.createCompetition('backup', { heats: ['h1', 'h3'], rule: { protestWindowMin: 0 } });
    await server.heat(c, 'h1', 'start');
    await server.lift(c, liftBody('h1', 1, { dxMm: 6, dyMm: 8 }));
    await server.heat(c, 'h1', 'finish', 'confirm');
    await server.heat(c, 'h3', 'start', 'finish', 'confirm');
    await server.api('POST', path(c.cid, '/official'), {}, ADMIN_TOKEN);
    await server.backups.whenIdle();
    const { body } = await server.api('GET', path(c.cid, '/backups'), undefined, ADMIN_TOKEN);
    expect(body.backups.map((b: Json) => b.file.slice(c.cid.length + 1))).toEqual([
      // created 1, h1 start 2, lift 3, finish 4, confirm 5; h3 start 6, finish 7, confirm 8; official 9
      '000005-heat-confirmed.sqlite',
      '000008-heat-confirmed.sqlite',
      '000009-results-official.sqlite',
    ]);
    expect((await server.api('GET', path(c.cid, '/backups'))).status).toBe(401);

    const last = body.backups.at(-1).file as string;
    const db = new Database(`${body.folder}/${last}`, { readonly: true });
    try {
      const state = fold(new EventStore(db).since(c.cid, 0));
      expect(state?.status).toBe('official');
      const standings = await server.standings(c.cid);
      expect(roundStandings(computeStandings(state!))).toEqual({ operators: standings.operators, teams: standings.teams, disciplines: standings.disciplines });
    } finally {
      db.close();
    }
  });
});
