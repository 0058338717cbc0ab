// POST /lifts: readings from referees and stations, retries, conflicts and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, TestServer, containerNo, liftBody, type Competition, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

/** A competition with h1 (cn-1 on cn-bridge-1) and h3 (kz-1 on kz-gantry-1) running. */
async function running(prefix: string): Promise<Competition> {
  const c = await server.createCompetition(prefix);
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h3', 'start');
  return c;
}

/** POST /lifts as the competition's referee unless another token (or null for none) is given. */
const post = (c: Competition, body: unknown, token: string | null = c.referee) =>
  server.api('POST', `/api/competitions/${c.cid}/lifts`, body, token ?? undefined);

describe('recording a lift', () => {
  it('201 {seq, lift}; the container number comes back in canonical form', async () => {
    const c = await running('record');
    const body = { ...liftBody('h1', 1, { dxMm: 12, dyMm: -7, penalties: ['collision'] }), containerNo: 'csqu 305438 3', cycleTimeS: 84.5 };
    const { status, body: answer } = await post(c, body);
    expect(status).toBe(201);
    expect(answer).toEqual({
      seq: 4, // created, h1 started, h3 started, this lift
      lift: { ...body, containerNo: 'CSQU3054383', dropped: false, source: 'referee' },
    });
  });

  it('a retry with the same id and body answers 200 with the original seq and lift', async () => {
    const c = await running('retry');
    const body = liftBody('h1', 2, { dxMm: 3, dyMm: 4 });
    const first = await post(c, body);
    await server.lift(c, liftBody('h1', 3)); // something else happens in between
    const retry = await post(c, body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const events = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.events as Json[];
    expect(events.filter((e) => e.type === 'lift.recorded')).toHaveLength(2);
  });

  it('the same id with another body is 409', async () => {
    const c = await running('reuse');
    await server.lift(c, liftBody('h1', 1, { dxMm: 3, dyMm: 4 }, 'tablet-7'));
    const { status, body } = await post(c, liftBody('h1', 1, { dxMm: 30, dyMm: 4 }, 'tablet-7'));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'conflict', field: 'id' });
  });

  it('a second reading of the same heat and index from the same source is 409 (use a correction)', async () => {
    const c = await running('second');
    await server.lift(c, liftBody('h1', 5, { dxMm: 1, dyMm: 1 }, 'first'));
    const referee = await post(c, liftBody('h1', 5, { dxMm: 2, dyMm: 2 }, 'second'));
    expect(referee.status).toBe(409);
    expect(referee.body.error.message).toMatch(/correction/);

    const station = c.stationKeys['cn-bridge-1']!;
    await server.lift(c, liftBody('h1', 6, { dxMm: 1, dyMm: 1 }, 'station-first'), station);
    expect((await post(c, liftBody('h1', 6, { dxMm: 1, dyMm: 1 }, 'station-second'), station)).status).toBe(409);
  });

  it('a station reading and a referee reading of the same lift are both accepted', async () => {
    const c = await running('two-sources');
    const station = await post(c, liftBody('h1', 1, { dxMm: 4, dyMm: 0 }, 'st-h1-1'), c.stationKeys['cn-bridge-1']);
    const referee = await post(c, liftBody('h1', 1, { dxMm: 6, dyMm: 0 }, 'ref-h1-1'));
    expect(station.status).toBe(201);
    expect(station.body.lift.source).toBe('station');
    expect(referee.status).toBe(201);
    expect(referee.body.lift.source).toBe('referee');
    expect(referee.body.seq).toBe(station.body.seq + 1);
    // The referee's value counts: deviation 6 is within full marks → 100 → cn-1 = 100 / 10 = 10.
    const cn1 = (await server.standings(c.cid)).operators.find((o: Json) => o.operatorId === 'cn-1');
    expect(cn1).toMatchObject({ score: 10, meanDeviationMm: 6, liftsCounted: 1 });
  });

  it("a station key writing for another crane's heat is 403", async () => {
    const c = await running('other-crane');
    const { status, body } = await post(c, liftBody('h3', 1), c.stationKeys['cn-bridge-1']);
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
  });

  it('a lift for a heat that has not started is 409, for an unknown heat 404', async () => {
    const c = await running('not-started');
    expect((await post(c, liftBody('h2', 1))).status).toBe(409);
    expect((await post(c, liftBody('h99', 1))).status).toBe(404);
  });

  it('a lift for a confirmed heat is 423', async () => {
    const c = await running('confirmed');
    await server.heat(c, 'h1', 'finish', 'confirm');
    const { status, body } = await post(c, liftBody('h1', 1));
    expect(status).toBe(423);
    expect(body.error.code).toBe('locked');
  });
});

describe('bad input', () => {
  const valid = liftBody('h1', 1, { dxMm: 1, dyMm: 2 });
  const without = (key: keyof typeof valid) => {
    const { [key]: _dropped, ...rest } = valid;
    return rest;
  };
  // Each row: what a broken tablet or station could send, and the field the 400 names.
  const malformed: [situation: string, body: object, field: string][] = [
    ['dxMm missing', without('dxMm'), 'dxMm'],
    ['dxMm as a string', { ...valid, dxMm: '12' }, 'dxMm'],
    ['dxMm huge (1e6 mm)', { ...valid, dxMm: 1e6 }, 'dxMm'],
    ['dyMm just past 10 m', { ...valid, dyMm: -10_000.5 }, 'dyMm'],
    ['a wrong container check digit', { ...valid, containerNo: 'CSQU3054384' }, 'containerNo'],
    ['a container number of the wrong shape', { ...valid, containerNo: 'CSQ3054383' }, 'containerNo'],
    ['an unknown penalty', { ...valid, penalties: ['speeding'] }, 'penalties'],
    ['a penalty named twice', { ...valid, penalties: ['collision', 'collision'] }, 'penalties'],
    ['index 0', { ...valid, index: 0 }, 'index'],
    ['index 11 (liftsPerHeat is 10)', { ...valid, index: 11 }, 'index'],
    ['index 1.5', { ...valid, index: 1.5 }, 'index'],
    ['cycleTimeS 0', { ...valid, cycleTimeS: 0 }, 'cycleTimeS'],
    ['a slot over 200 characters', { ...valid, slot: 'x'.repeat(201) }, 'slot'],
    ['dropped as a string', { ...valid, dropped: 'yes' }, 'dropped'],
    ['an id with spaces', { ...valid, id: 'a b' }, 'id'],
  ];
  it.each(malformed)('400 naming the field: %s', async (_situation, body, field) => {
    const c = await running('malformed');
    const { status, body: answer } = await post(c, body);
    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ code: 'bad_request', message: expect.any(String), field });
  });

  it('400 for an unknown field', async () => {
    const c = await running('unknown-field');
    const { status, body } = await post(c, { ...valid, extra: 1 });
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain('extra');
  });

  it('names the unknown field in error.field', async () => {
    const c = await running('unknown-field-name');
    const { body } = await post(c, { ...valid, extra: 1 });
    expect(body.error.field).toBe('extra');
  });

  it('400 for a number JSON can write but not hold (1e999 parses to Infinity)', async () => {
    const c = await running('infinity');
    const raw = JSON.stringify(valid).replace('"dxMm":1', '"dxMm":1e999');
    const { status, body } = await server.send('POST', `/api/competitions/${c.cid}/lifts`, raw, c.referee);
    expect(status).toBe(400);
    expect(body.error.field).toBe('dxMm');
  });

  it('400 for invalid JSON', async () => {
    const c = await running('bad-json');
    const { status, body } = await server.send('POST', `/api/competitions/${c.cid}/lifts`, '{"id": "x",', c.referee);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
  });

  it('413 for a body over the size limit (~300 kB)', async () => {
    const c = await running('too-large');
    const raw = JSON.stringify({ ...valid, slot: 'x'.repeat(300_000) });
    const { status, body } = await server.send('POST', `/api/competitions/${c.cid}/lifts`, raw, c.referee);
    expect(status).toBe(413);
    expect(body.error.code).toBe('too_large');
  });
});

describe('who may write', () => {
  it('no token is 401, an invalid token is 401', async () => {
    const c = await running('no-token');
    const anonymous = await post(c, liftBody('h1', 1), null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
    expect((await post(c, liftBody('h1', 1), 'sk_forged')).status).toBe(401);
    expect((await post(c, liftBody('h1', 1), 'rt.e30.forged')).status).toBe(401);
  });

  it('an organizer may record a lift as a referee would', async () => {
    const c = await running('admin-writes');
    const { status, body } = await post(c, liftBody('h1', 1), ADMIN_TOKEN);
    expect(status).toBe(201);
    expect(body.lift.source).toBe('referee');
  });

  // Each row: a referee-only route a station key must not reach.
  const refereeOnly: [route: string, path: (cid: string) => string, body: object][] = [
    ['heat start', (cid) => `/api/competitions/${cid}/heats/h2/start`, {}],
    ['heat finish', (cid) => `/api/competitions/${cid}/heats/h1/finish`, {}],
    ['correction', (cid) => `/api/competitions/${cid}/lifts/h1-1/corrections`, { id: 'st-fix', dxMm: 0, reason: 'station says so' }],
    ['void', (cid) => `/api/competitions/${cid}/lifts/h1-1/void`, { id: 'st-void', reason: 'station says so' }],
    ['sign-off', (cid) => `/api/competitions/${cid}/official`, {}],
  ];
  it.each(refereeOnly)('a station token on %s is 403', async (_route, path, body) => {
    const c = await running('station-role');
    await server.lift(c, liftBody('h1', 1));
    const { status, body: answer } = await server.api('POST', path(c.cid), body, c.stationKeys['cn-bridge-1']);
    expect(status).toBe(403);
    expect(answer.error.code).toBe('forbidden');
  });

  // The writer is part of an id's body: another crane replaying it is a conflict, never a replay.
  it("a station replaying another crane's lift id and body is refused", async () => {
    const c = await running('replay-other-crane');
    const body = liftBody('h1', 1, { dxMm: 2, dyMm: 2 }, 'st-h1-1');
    await server.lift(c, body, c.stationKeys['cn-bridge-1']);
    const { status, body: answer } = await post(c, body, c.stationKeys['kz-gantry-1']);
    expect(status).toBe(409);
    expect(answer.lift).toBeUndefined();
  });
});

it('container numbers from the harness pass the server check', async () => {
  const c = await running('containers');
  for (const serial of [0, 1, 305438, 999_999]) {
    const { status } = await post(c, { ...liftBody('h3', 1 + (serial % 10), undefined, `c-${serial}`), containerNo: containerNo(serial, 'MSKU') });
    expect(status).toBe(201);
  }
});
