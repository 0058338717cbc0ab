import { describe, expect, it } from 'vitest';
import { rankMoves } from '../../shared/announcer/rankMoves.ts';
import { competitionRecords, recordsInReach } from '../../shared/announcer/records.ts';
import { computeStandings } from '../../shared/scoring/standings.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

// smallSetup: cn-1 (h1), cn-2 (h2), kz-1 (h3), kz-2 (h4); 10 lifts a heat, default rule.
// cn-1: 50 mm → 80 and 12 mm → 99 → (80 + 99) / 10 = 17.9. kz-1: one perfect lift → 10.
const twoOperatorsUnderway = () =>
  new EventLog(smallSetup())
    .start('h1')
    .start('h3')
    .lift('h1', 1, { dxMm: 30, dyMm: 40 })
    .lift('h1', 2, { dxMm: 0, dyMm: 12 })
    .lift('h3', 1, { dxMm: 0, dyMm: 0 });

describe('records in this competition', () => {
  it('finds the best lift and the best operator score so far', () => {
    const state = twoOperatorsUnderway().state;
    const records = competitionRecords(state, computeStandings(state));
    expect(records.bestLift).toMatchObject({ score: 100, operatorId: 'kz-1', heatId: 'h3', index: 1 });
    expect(records.bestOperator?.operatorId).toBe('cn-1');
    expect(records.bestOperator?.score).toBeCloseTo(17.9, 9);
  });

  it.each([
    // kz-1 holds the best lift; to pass cn-1's 17.9 from 10 with 9 left: (17.9 − 10) × 10 / 9 = 8.78
    ['kz-1', 'holds', 'needs', 79 / 9],
    // a perfect lift can only be equalled; cn-1 holds the best operator score
    ['cn-1', 'canOnlyEqual', 'holds', null],
    // nothing yet, 10 left: (17.9 − 0) × 10 / 10 = 17.9
    ['cn-2', 'canOnlyEqual', 'needs', 17.9],
  ] as const)('%s: best lift %s, best operator score %s', (operatorId, liftChance, operatorChance, average) => {
    const state = twoOperatorsUnderway().state;
    const standings = computeStandings(state);
    const reach = recordsInReach(competitionRecords(state, standings), standings, operatorId);
    expect(reach?.bestLift).toBe(liftChance);
    const chance = reach?.bestOperator;
    if (typeof chance === 'string' || chance === undefined) return expect(chance).toBe(operatorChance);
    expect(chance.kind).toBe(operatorChance);
    expect(chance.averageLiftScore).toBeCloseTo(average as number, 9);
  });

  it('a best lift under 100 can be beaten by anyone with a lift left; none is held at 0', () => {
    const log = new EventLog(smallSetup()).start('h1').lift('h1', 1, { dxMm: 0, dyMm: 12 }); // 99
    const state = log.state;
    const standings = computeStandings(state);
    expect(recordsInReach(competitionRecords(state, standings), standings, 'kz-1')?.bestLift).toBe('canBeat');
    const empty = new EventLog(smallSetup()).state;
    const nothing = competitionRecords(empty, computeStandings(empty));
    expect(nothing).toEqual({ bestLift: null, bestOperator: null });
    expect(recordsInReach(nothing, computeStandings(empty), 'cn-1')).toEqual({ bestLift: 'open', bestOperator: 'open' });
  });
});

describe('biggest moves over the last lifts', () => {
  it('compares the ranks now with the ranks without the last N lifts', () => {
    // Two more perfect lifts for kz-1: 10 → 30, past cn-1's 17.9.
    // Without those two: cn-1 rank 1, kz-1 rank 2 → now kz-1 1 (+1), cn-1 2 (−1); cn-2 and kz-2 stay 3.
    const state = twoOperatorsUnderway().lift('h3', 2, { dxMm: 0, dyMm: 0 }).lift('h3', 3, { dxMm: 0, dyMm: 0 }).state;
    const moves = rankMoves(state, 2);
    expect(moves.map((m) => [m.operatorId, m.rankBefore, m.rankNow, m.places])).toEqual([
      ['kz-1', 2, 1, 1],
      ['cn-1', 1, 2, -1],
    ]);
    expect(moves[0]?.scoreBefore).toBeCloseTo(10, 9);
    expect(moves[0]?.scoreNow).toBeCloseTo(30, 9);
    // One lift back, kz-1 had 20 and already led: nobody moved in the last lift.
    expect(rankMoves(state, 1)).toEqual([]);
    expect(rankMoves(new EventLog(smallSetup()).state, 10)).toEqual([]);
  });

  it('leaves out operators who have not lifted yet: they only fall because others start', () => {
    // Before the last lift: cn-1 8.00 rank 1, the other three at 0 share rank 2. Last lift: kz-1
    // 100 → 10.00, rank 1 (+1); cn-1 rank 2 (−1); cn-2 and kz-2 drop to a shared 3 without lifting.
    const state = new EventLog(smallSetup()).start('h1').start('h3').lift('h1', 1, { dxMm: 30, dyMm: 40 }).lift('h3', 1, { dxMm: 0, dyMm: 0 }).state;
    expect(rankMoves(state, 1).map((m) => [m.operatorId, m.places])).toEqual([
      ['kz-1', 1],
      ['cn-1', -1],
    ]);
  });

  it('says nothing while the window holds every lift so far (all shared first at 0 before)', () => {
    // Same two lifts, window 10: before them nobody had lifted.
    const state = new EventLog(smallSetup()).start('h1').start('h3').lift('h1', 1, { dxMm: 30, dyMm: 40 }).lift('h3', 1, { dxMm: 0, dyMm: 0 }).state;
    expect(rankMoves(state, 10)).toEqual([]);
  });
});
