// Standings from known lifts, with every number worked out by hand; corrections and voids.
// Default rule: liftsPerHeat 10, fullMarksWithinMm 10, pointsLostPerMm 0.5,
// penalties collision 20 / relanding 10, reconcileToleranceMm 5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, liftBody, type Competition, type Json, type Placement } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

// Each row: heat, index, placement, and its liftScore worked out by hand.
const LIFTS: [heatId: string, index: number, placement: Placement, liftScore: number][] = [
  ['h1', 1, { dxMm: 30, dyMm: 40 }, 80], //                           dev 50 → 100 − (50 − 10) × 0.5 = 80
  ['h1', 2, { dxMm: 0, dyMm: 0 }, 100], //                            dev 0
  ['h1', 3, { dxMm: 6, dyMm: 8 }, 100], //                            dev 10, within full marks
  ['h1', 4, { dxMm: 3, dyMm: 4, penalties: ['collision'] }, 80], //   dev 5 → 100 − 20
  ['h1', 5, { dxMm: 0, dyMm: 0, dropped: true }, 0], //               dropped container
  ['h2', 1, { dxMm: 10, dyMm: 10 }, 97.93], //                        dev 14.142 → 100 − 4.142 × 0.5 = 97.929
  ['h3', 1, { dxMm: -30, dyMm: 40 }, 80], //                          dev 50 (signs do not matter)
  ['h3', 2, { dxMm: 0, dyMm: -250, penalties: ['relanding'] }, 0], // dev 250 → 100 − 120 − 10 < 0 → 0
  ['h3', 3, { dxMm: 100, dyMm: 0 }, 55], //                           dev 100 → 100 − 45
  ['h5', 1, { dxMm: 0, dyMm: 5 }, 100], //                            cn-3 and kz-3: same score, same deviation
  ['h7', 1, { dxMm: 5, dyMm: 0 }, 100],
];

/** The demo competition with the lifts above; h5 and h7 (on cranes of their own) start at 10:30 device time. */
async function tournament(prefix: string): Promise<Competition> {
  const c = await server.createCompetition(prefix, { roundTwoCranes: true });
  for (const heatId of ['h1', 'h2', 'h3']) await server.heat(c, heatId, 'start');
  for (const heatId of ['h5', 'h7']) {
    await server.api('POST', `/api/competitions/${c.cid}/heats/${heatId}/start`, { at: '2025-07-20T10:30:00+08:00' }, c.referee);
  }
  for (const [heatId, index, placement] of LIFTS) await server.lift(c, liftBody(heatId, index, placement));
  return c;
}

const operator = (standings: Json, operatorId: string): Json => standings.operators.find((o: Json) => o.operatorId === operatorId);

describe('standings', () => {
  it('scores, mean deviations, penalties, ranks and team scores, rounded to 2 decimals', async () => {
    const c = await tournament('standings');
    const standings = await server.standings(c.cid);
    expect(standings).toMatchObject({ seq: 1 + 5 + LIFTS.length, status: 'running' });

    const row = (rank: number, operatorId: string, teamId: string, score: number, meanDeviationMm: number | null, liftsCounted: number, penaltyPoints: number) => ({
      rank,
      operatorId,
      teamId,
      score,
      meanDeviationMm,
      liftsCounted,
      liftsRequired: 10,
      penaltyPoints,
      completionTimeS: null,
      // One discipline (the setup's `rule`): its id is `placement`, and the overall is its score.
      disciplines: { placement: score },
    });
    expect(standings.operators).toEqual([
      // cn-1: (80 + 100 + 100 + 80 + 0) / 10 = 36; dev (50 + 0 + 10 + 5) / 4 landed = 16.25
      row(1, 'cn-1', 'CN', 36, 16.25, 5, 20),
      // kz-1: (80 + 0 + 55) / 10 = 13.5; dev (50 + 250 + 100) / 3 = 133.333
      row(2, 'kz-1', 'KZ', 13.5, 133.33, 3, 10),
      // cn-3 and kz-3: 100 / 10 = 10, dev 5, no completion time → shared rank 3, next rank skips to 5
      row(3, 'cn-3', 'CN', 10, 5, 1, 0),
      row(3, 'kz-3', 'KZ', 10, 5, 1, 0),
      // cn-2: 97.929 / 10 = 9.7929 → 9.79; dev 14.142 → 14.14
      row(5, 'cn-2', 'CN', 9.79, 14.14, 1, 0),
      // no lifts recorded: every lift counts 0 → all tied at 6
      row(6, 'cn-4', 'CN', 0, null, 0, 0),
      row(6, 'kz-2', 'KZ', 0, null, 0, 0),
      row(6, 'kz-4', 'KZ', 0, null, 0, 0),
    ]);
    // The discipline's own ranking: the same rows, with `points` (what an overall weighs) instead of the map.
    expect(standings.disciplines).toEqual([
      {
        disciplineId: 'placement',
        kind: 'placement',
        operators: standings.operators.map(({ disciplines: _d, ...o }: Record<string, unknown>) => ({ ...o, points: o.score })),
      },
    ]);
    expect(standings.teams).toEqual([
      // CN: (36 + 9.7929 + 10 + 0) / 4 = 13.948 → 13.95
      { rank: 1, teamId: 'CN', score: 13.95 },
      // KZ: (13.5 + 0 + 10 + 0) / 4 = 5.875 → 5.88
      { rank: 2, teamId: 'KZ', score: 5.88 },
    ]);
  });

  it('a tie on score and deviation is broken by completion time', async () => {
    const c = await tournament('tie-break');
    // h5 10:30:00 → 10:44:00 = 840 s; h7 10:30:00 → 10:45:00 = 900 s.
    await server.api('POST', `/api/competitions/${c.cid}/heats/h5/finish`, { at: '2025-07-20T10:44:00+08:00' }, c.referee);
    await server.api('POST', `/api/competitions/${c.cid}/heats/h7/finish`, { at: '2025-07-20T10:45:00+08:00' }, c.referee);
    const standings = await server.standings(c.cid);
    expect(operator(standings, 'cn-3')).toMatchObject({ rank: 3, completionTimeS: 840 });
    expect(operator(standings, 'kz-3')).toMatchObject({ rank: 4, completionTimeS: 900 });
  });
});

describe('corrections and voids', () => {
  const correct = (c: Competition, liftId: string, body: object) =>
    server.api('POST', `/api/competitions/${c.cid}/lifts/${liftId}/corrections`, body, c.referee);
  const voidLift = (c: Competition, liftId: string, body: object) => server.api('POST', `/api/competitions/${c.cid}/lifts/${liftId}/void`, body, c.referee);

  it('a correction with a reason is 201 and changes the standings', async () => {
    const c = await tournament('correct');
    const { status, body } = await correct(c, 'h1-1', { id: 'fix-h1-1', dxMm: 0, dyMm: 0, reason: 'camera re-measure' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ seq: expect.any(Number), correction: { id: 'fix-h1-1', liftId: 'h1-1', dxMm: 0, dyMm: 0, reason: 'camera re-measure' } });
    // h1#1 80 → 100: (100 + 100 + 100 + 80 + 0) / 10 = 38; dev (0 + 0 + 10 + 5) / 4 = 3.75
    expect(operator(await server.standings(c.cid), 'cn-1')).toMatchObject({ rank: 1, score: 38, meanDeviationMm: 3.75 });

    // Lifting the collision penalty from h1#4: 80 → 100, so 40 → and penalty points 0.
    await correct(c, 'h1-4', { id: 'fix-h1-4', penalties: [], reason: 'no contact on video' });
    expect(operator(await server.standings(c.cid), 'cn-1')).toMatchObject({ score: 40, penaltyPoints: 0 });
    // The same correction sent again is a retry: 200, nothing changes.
    const retry = await correct(c, 'h1-4', { id: 'fix-h1-4', penalties: [], reason: 'no contact on video' });
    expect(retry.status).toBe(200);
    expect(operator(await server.standings(c.cid), 'cn-1')).toMatchObject({ score: 40 });
  });

  // Each row: a correction a referee could get wrong, and the answer.
  const badCorrections: [situation: string, liftId: string, body: object, status: number, field?: string][] = [
    ['no reason', 'h1-1', { id: 'fix', dxMm: 0 }, 400, 'reason'],
    ['a blank reason', 'h1-1', { id: 'fix', dxMm: 0, reason: '   ' }, 400, 'reason'],
    ['an unknown penalty', 'h1-1', { id: 'fix', penalties: ['speeding'], reason: 'x' }, 400, 'penalties'],
    ['dxMm out of range', 'h1-1', { id: 'fix', dxMm: 1e6, reason: 'x' }, 400, 'dxMm'],
    ['nothing to change', 'h1-1', { id: 'fix', reason: 'x' }, 400],
    ['an unknown lift', 'h9-9', { id: 'fix', dxMm: 0, reason: 'x' }, 404],
    ['an id already used by a lift', 'h1-1', { id: 'h1-2', dxMm: 0, reason: 'x' }, 409, 'id'],
  ];
  it.each(badCorrections)('a correction with %s is refused', async (_situation, liftId, body, status, field) => {
    const c = await tournament('bad-correction');
    const answer = await correct(c, liftId, body);
    expect(answer.status).toBe(status);
    if (field) expect(answer.body.error.field).toBe(field);
    expect(operator(await server.standings(c.cid), 'cn-1').score).toBe(36);
  });

  it('a void takes the lift out of the count; it cannot be voided or corrected again', async () => {
    const c = await tournament('void');
    const { status, body } = await voidLift(c, 'h1-2', { id: 'void-h1-2', reason: 'wrong container' });
    expect(status).toBe(201);
    expect(body.void).toEqual({ id: 'void-h1-2', liftId: 'h1-2', reason: 'wrong container' });
    // h1#2 (100) gone: (80 + 100 + 80 + 0) / 10 = 26; 4 lifts counted; dev (50 + 10 + 5) / 3 = 21.67
    expect(operator(await server.standings(c.cid), 'cn-1')).toMatchObject({ score: 26, liftsCounted: 4, meanDeviationMm: 21.67 });

    expect((await voidLift(c, 'h1-2', { id: 'void-again', reason: 'twice' })).status).toBe(409);
    expect((await correct(c, 'h1-2', { id: 'fix-void', dxMm: 1, reason: 'x' })).status).toBe(409);
    const noReason = await voidLift(c, 'h1-3', { id: 'void-h1-3' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
  });
});
