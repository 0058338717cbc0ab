// Heat life cycle (start → finish → confirm → reopen), disputes and signing results off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, TestServer, liftBody, type Competition, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

const heatPath = (c: Competition, heatId: string, verb: string) => `/api/competitions/${c.cid}/heats/${heatId}/${verb}`;
const heatOf = async (c: Competition, heatId: string): Promise<Json> =>
  (await server.api('GET', `/api/competitions/${c.cid}`)).body.heats.find((h: Json) => h.id === heatId);

describe('heat actions', () => {
  it('start, finish and confirm as a referee each answer 200 {seq}', async () => {
    const c = await server.createCompetition('heat-cycle');
    const seqs: number[] = [];
    for (const verb of ['start', 'finish', 'confirm']) {
      const { status, body } = await server.api('POST', heatPath(c, 'h1', verb), undefined, c.referee);
      expect(status, verb).toBe(200);
      expect(body).toEqual({ seq: expect.any(Number) });
      seqs.push(body.seq);
    }
    expect(seqs).toEqual([2, 3, 4]);
    expect(await heatOf(c, 'h1')).toMatchObject({ status: 'confirmed' });
    expect((await server.api('GET', `/api/competitions/${c.cid}`)).body.status).toBe('running'); // h2..h8 not confirmed
  });

  it('start and finish with {at} record the device time; the standings count the difference', async () => {
    const c = await server.createCompetition('heat-at');
    await server.api('POST', heatPath(c, 'h1', 'start'), { at: '2025-07-20T10:00:00+08:00' }, c.referee);
    expect(await heatOf(c, 'h1')).toMatchObject({ status: 'running', startedAt: '2025-07-20T02:00:00.000Z', finishedAt: null });

    await server.api('POST', heatPath(c, 'h1', 'finish'), { at: '2025-07-20T10:14:30+08:00' }, c.referee);
    expect(await heatOf(c, 'h1')).toMatchObject({ status: 'finished', finishedAt: '2025-07-20T02:14:30.000Z' });
    // 10:00:00 → 10:14:30 is 870 s.
    const cn1 = (await server.standings(c.cid)).operators.find((o: Json) => o.operatorId === 'cn-1');
    expect(cn1.completionTimeS).toBe(870);
  });

  it('start without {at} uses the server time on receipt', async () => {
    const c = await server.createCompetition('heat-now');
    const before = Date.now();
    await server.heat(c, 'h2', 'start');
    const startedAt = Date.parse((await heatOf(c, 'h2')).startedAt);
    expect(startedAt).toBeGreaterThanOrEqual(before - 1);
    expect(startedAt).toBeLessThanOrEqual(Date.now() + 1);
  });

  // Each row: a step out of order, and the answer.
  const outOfOrder: [situation: string, done: ('start' | 'finish' | 'confirm')[], verb: string, status: number][] = [
    ['finish twice', ['start', 'finish'], 'finish', 409],
    ['start twice', ['start'], 'start', 409],
    ['finish before start', [], 'finish', 409],
    ['confirm a running heat', ['start'], 'confirm', 409],
    ['start a confirmed heat', ['start', 'finish', 'confirm'], 'start', 423],
  ];
  it.each(outOfOrder)('%s → %s', async (_situation, done, verb, status) => {
    const c = await server.createCompetition('heat-order');
    await server.heat(c, 'h1', ...done);
    const answer = await server.api('POST', heatPath(c, 'h1', verb), {}, c.referee);
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(status === 423 ? 'locked' : 'conflict');
  });

  it('400 for a finish time before the start, for an {at} that is not ISO time, and 404 for an unknown heat', async () => {
    const c = await server.createCompetition('heat-bad');
    await server.api('POST', heatPath(c, 'h1', 'start'), { at: '2025-07-20T10:00:00+08:00' }, c.referee);
    const early = await server.api('POST', heatPath(c, 'h1', 'finish'), { at: '2025-07-20T09:59:59+08:00' }, c.referee);
    expect(early.status).toBe(400);
    expect(early.body.error.field).toBe('at');
    const notTime = await server.api('POST', heatPath(c, 'h2', 'start'), { at: 'ten o’clock' }, c.referee);
    expect(notTime.status).toBe(400);
    expect(notTime.body.error.field).toBe('at');
    expect((await server.api('POST', heatPath(c, 'h42', 'start'), {}, c.referee)).status).toBe(404);
  });

  it('reopening a confirmed heat needs the organizer and a reason, and returns it to finished', async () => {
    const c = await server.createCompetition('heat-reopen');
    await server.heat(c, 'h1', 'start', 'finish', 'confirm');
    expect((await server.api('POST', heatPath(c, 'h1', 'reopen'), { reason: 'protest' }, c.referee)).status).toBe(403);
    const noReason = await server.api('POST', heatPath(c, 'h1', 'reopen'), {}, ADMIN_TOKEN);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');

    const reopened = await server.api('POST', heatPath(c, 'h1', 'reopen'), { reason: 'protest by team KZ' }, ADMIN_TOKEN);
    expect(reopened.status).toBe(200);
    expect(await heatOf(c, 'h1')).toMatchObject({ status: 'finished' });
    expect((await server.lift(c, liftBody('h1', 1))).lift.index).toBe(1); // writable again
  });
});

describe('disputes and signing off', () => {
  /** Two heats only, so "every heat confirmed" is two steps away. */
  const official = (c: Competition, token = ADMIN_TOKEN) => server.api('POST', `/api/competitions/${c.cid}/official`, {}, token);

  it('a disputed lift blocks sign-off until a referee correction settles it; then every write is 423', async () => {
    const c = await server.createCompetition('dispute', { heats: ['h1', 'h3'], rule: { protestWindowMin: 0 } });
    await server.heat(c, 'h1', 'start');
    await server.heat(c, 'h3', 'start');
    // Station reads dx 0, referee dx 20: 20 mm apart > reconcileToleranceMm 5 → disputed.
    await server.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }, 'st-1'), c.stationKeys['cn-bridge-1']);
    await server.lift(c, liftBody('h1', 1, { dxMm: 20, dyMm: 0 }, 'ref-1'));

    expect((await official(c)).status).toBe(409); // heats not confirmed yet
    await server.heat(c, 'h1', 'finish', 'confirm');
    await server.heat(c, 'h3', 'finish', 'confirm');
    expect((await server.api('GET', `/api/competitions/${c.cid}`)).body.status).toBe('provisional');

    const refused = await official(c);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/disputed/);
    expect(refused.body.error.message).toContain('h1#1');

    // The confirmed heat is locked; the organizer reopens it so the referee can settle the lift.
    const locked = await server.api('POST', `/api/competitions/${c.cid}/lifts/ref-1/corrections`, { id: 'fix-1', dxMm: 2, reason: 'video' }, c.referee);
    expect(locked.status).toBe(423);
    await server.api('POST', heatPath(c, 'h1', 'reopen'), { reason: 'settle disputed lift h1#1' }, ADMIN_TOKEN);
    const fix = await server.api('POST', `/api/competitions/${c.cid}/lifts/ref-1/corrections`, { id: 'fix-1', dxMm: 2, reason: 'video' }, c.referee);
    expect(fix.status).toBe(201);
    await server.heat(c, 'h1', 'confirm');

    expect((await official(c, c.referee)).status).toBe(403); // only the organizer signs off
    const signed = await official(c);
    expect(signed.status).toBe(200);
    expect(signed.body.seq).toEqual(expect.any(Number));
    const after = await server.api('GET', `/api/competitions/${c.cid}`);
    expect(after.body.status).toBe('official');
    expect((await server.standings(c.cid)).status).toBe('official');

    // Each row: a write after the results are official.
    const writes: [what: string, path: string, body: object, token: string][] = [
      ['a new lift', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 2), c.referee],
      ['a station reading', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 3, undefined, 'st-3'), c.stationKeys['cn-bridge-1']!],
      ['a correction', `/api/competitions/${c.cid}/lifts/ref-1/corrections`, { id: 'fix-2', dxMm: 0, reason: 'late' }, c.referee],
      ['a void', `/api/competitions/${c.cid}/lifts/ref-1/void`, { id: 'void-1', reason: 'late' }, c.referee],
      ['a heat finish', heatPath(c, 'h1', 'finish'), {}, c.referee],
      ['a reopen', heatPath(c, 'h1', 'reopen'), { reason: 'late protest' }, ADMIN_TOKEN],
      ['a second sign-off', `/api/competitions/${c.cid}/official`, {}, ADMIN_TOKEN],
    ];
    for (const [what, path, body, token] of writes) {
      const { status, body: answer } = await server.api('POST', path, body, token);
      expect(status, what).toBe(423);
      expect(answer.error.code, what).toBe('locked');
    }
    expect((await server.api('GET', `/api/competitions/${c.cid}`)).body.lastSeq).toBe(signed.body.seq);
  });

  it('readings within the tolerance are not disputed: sign-off goes through at once', async () => {
    const c = await server.createCompetition('agree', { heats: ['h1'], rule: { protestWindowMin: 0 } });
    await server.heat(c, 'h1', 'start');
    // 3-4-5: the readings are 5 mm apart, not more than reconcileToleranceMm 5.
    await server.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }, 'st-1'), c.stationKeys['cn-bridge-1']);
    await server.lift(c, liftBody('h1', 1, { dxMm: 3, dyMm: 4 }, 'ref-1'));
    await server.heat(c, 'h1', 'finish', 'confirm');
    expect((await official(c)).status).toBe(200);
  });
});
