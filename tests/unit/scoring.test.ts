import { describe, expect, it } from 'vitest';
import { deviationMm, liftScore } from '../../shared/disciplines/placement/score.ts';
import { computeStandings, roundStandings } from '../../shared/scoring/standings.ts';
import { PlacementRule } from '../../shared/disciplines/placement/rule.ts';
import type { PlacementValue } from '../../shared/disciplines/placement/reading.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

// Default rule: 10 lifts a heat, full marks within 10 mm, 0.5 point per mm beyond,
// collision 20, relanding 10.
const rule = PlacementRule.parse({});
const lift = (dxMm: number, dyMm: number, penalties: string[] = [], dropped = false): PlacementValue => ({ dxMm, dyMm, penalties, dropped });

describe('liftScore under the default rule', () => {
  it.each([
    ['dead centre', lift(0, 0), 0, 100],
    ['inside full marks: 3-4-5 mm', lift(3, 4), 5, 100],
    ['exactly on the full-marks boundary: 6, 8 → 10 mm', lift(6, 8), 10, 100],
    ['2 mm past the boundary: 12 mm → 100 − 2×0.5', lift(0, 12), 12, 99],
    ['half a millimetre past: 10.5 mm → 100 − 0.5×0.5', lift(10.5, 0), 10.5, 99.75],
    ['3-4-5 triangle: 30, 40 → 50 mm → 100 − 40×0.5', lift(30, 40), 50, 80],
    ['negative offsets score like positive ones: −30, −40 → 50 mm', lift(-30, -40), 50, 80],
    ['mixed signs: −30, 40 → 50 mm', lift(-30, 40), 50, 80],
    ['210 mm off loses exactly 100: 100 − 200×0.5', lift(0, 210), 210, 0],
    ['300 mm off would be −45 → clamped to 0', lift(0, -300), 300, 0],
    ['collision on a perfect lift: 100 − 20', lift(0, 0, ['collision']), 0, 80],
    ['relanding inside full marks: 100 − 10', lift(3, 4, ['relanding']), 5, 90],
    ['both penalties and 50 mm: 100 − 20 − 20 − 10', lift(30, 40, ['collision', 'relanding']), 50, 50],
    ['200 mm (5 points left) and a collision → −15 → clamped to 0', lift(120, 160, ['collision']), 200, 0],
    ['dropped container on the slot → 0', lift(0, 0, [], true), 0, 0],
    ['dropped container with penalties → still 0, never negative', lift(0, 0, ['collision', 'relanding'], true), 0, 0],
    ['largest offsets allowed: 10 000, 10 000 → 0', lift(10_000, -10_000), Math.hypot(10_000, 10_000), 0],
  ])('%s', (_situation, value, expectedDeviationMm, expectedScore) => {
    expect(deviationMm(value)).toBeCloseTo(expectedDeviationMm, 9);
    expect(liftScore(rule, value)).toBeCloseTo(expectedScore, 9);
  });

  it('takes every number from the rule it is given', () => {
    // fullMarksWithinMm 0, 1 point per mm, collision 5.
    const strict = PlacementRule.parse({ fullMarksWithinMm: 0, pointsLostPerMm: 1, penalties: { collision: 5 } });
    expect(liftScore(strict, lift(3, 4))).toBe(95); // 100 − 5×1
    expect(liftScore(strict, lift(30, 40))).toBe(50); // 100 − 50×1
    expect(liftScore(strict, lift(0, 0, ['collision']))).toBe(95); // 100 − 5
    expect(liftScore(strict, lift(6, 8, ['collision']))).toBe(85); // 100 − 10 − 5
  });
});

type Situation = [situation: string, record: (log: EventLog) => void, expected: { score: number; meanDeviationMm: number | null; liftsCounted: number; penaltyPoints?: number }];

describe('one operator (cn-1, heat h1, 10 lifts required)', () => {
  it.each<Situation>([
    ['three perfect lifts, seven never recorded: 3×100 / 10', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 0, dyMm: 0 }).lift('h1', 3, { dxMm: 0, dyMm: 0 }), { score: 30, meanDeviationMm: 0, liftsCounted: 3 }],
    ['ten lifts at 50 mm: 10×80 / 10', (l) => { for (let i = 1; i <= 10; i++) l.lift('h1', i, { dxMm: 30, dyMm: 40 }); }, { score: 80, meanDeviationMm: 50, liftsCounted: 10 }],
    ['nothing recorded', () => {}, { score: 0, meanDeviationMm: null, liftsCounted: 0 }],
    ['a voided lift is not counted: only lift 1 (100) counts → 100 / 10; deviation 0', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 30, dyMm: 40 }).void('referee-h1-2'), { score: 10, meanDeviationMm: 0, liftsCounted: 1 }],
    ['referee correction replaces a station reading: 50 mm (80) → 0 mm (100) → 100 / 10', (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'station').correct('station-h1-1', { dxMm: 0, dyMm: 0 }), { score: 10, meanDeviationMm: 0, liftsCounted: 1 }],
    ['correction of dx only keeps dy: (30, 40) → (0, 40) = 40 mm → 100 − 30×0.5 = 85 → 8.5', (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }).correct('referee-h1-1', { dxMm: 0 }), { score: 8.5, meanDeviationMm: 40, liftsCounted: 1 }],
    ['referee reading replaces the station reading: station 50 mm, referee 5 mm → 100 / 10', (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'station').lift('h1', 1, { dxMm: 3, dyMm: 4 }), { score: 10, meanDeviationMm: 5, liftsCounted: 1 }],
    ['a later station reading does not override the referee: referee 0 mm stays → 100 / 10', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 1, { dxMm: 30, dyMm: 40 }, 'station'), { score: 10, meanDeviationMm: 0, liftsCounted: 1 }],
    ['a station reading after a correction does not override it: corrected 0 mm stays', (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }).correct('referee-h1-1', { dxMm: 0, dyMm: 0 }).lift('h1', 1, { dxMm: 60, dyMm: 80 }, 'station'), { score: 10, meanDeviationMm: 0, liftsCounted: 1 }],
    ['dropped container: 0 in the score, left out of the mean: (0 + 80) / 10; mean of 50 mm only', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0, dropped: true }).lift('h1', 2, { dxMm: 30, dyMm: 40 }), { score: 8, meanDeviationMm: 50, liftsCounted: 2 }],
    ['only dropped containers: no mean deviation', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0, dropped: true }), { score: 0, meanDeviationMm: null, liftsCounted: 1 }],
    ['correction to dropped: 100 → 0', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).correct('referee-h1-1', { dropped: true }), { score: 0, meanDeviationMm: null, liftsCounted: 1 }],
    ['collision and relanding: 80 + 90 = 170 / 10; penalties 20 + 10', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0, penalties: ['collision'] }).lift('h1', 2, { dxMm: 0, dyMm: 0, penalties: ['relanding'] }), { score: 17, meanDeviationMm: 0, liftsCounted: 2, penaltyPoints: 30 }],
    ['mean deviation of 5 mm and 50 mm: 27.5; score (100 + 80) / 10', (l) => l.lift('h1', 1, { dxMm: 3, dyMm: 4 }).lift('h1', 2, { dxMm: -30, dyMm: 40 }), { score: 18, meanDeviationMm: 27.5, liftsCounted: 2 }],
  ])('%s', (_situation, record, expected) => {
    const log = new EventLog(smallSetup()).start('h1');
    record(log);
    const cn1 = computeStandings(log.state).operators.find((o) => o.operatorId === 'cn-1');
    expect(cn1).toMatchObject({ liftsRequired: 10, penaltyPoints: expected.penaltyPoints ?? 0, liftsCounted: expected.liftsCounted, meanDeviationMm: expected.meanDeviationMm });
    expect(cn1?.score).toBeCloseTo(expected.score, 9);
  });

  it('divides by lifts per heat × heats: two heats, ten perfect lifts in one → 1000 / 20', () => {
    const setup = smallSetup({ heats: [['h1', 'cn-1', 'cn-bridge-1'], ['h1b', 'cn-1', 'cn-bridge-1'], ['h3', 'kz-1', 'kz-gantry-1']] });
    const log = new EventLog(setup).start('h1');
    for (let i = 1; i <= 10; i++) log.lift('h1', i, { dxMm: 0, dyMm: 0 });
    const cn1 = computeStandings(log.state).operators.find((o) => o.operatorId === 'cn-1');
    expect(cn1).toMatchObject({ score: 50, liftsRequired: 20, liftsCounted: 10 });
  });

  it.each([
    ['started 0 s, finished 750 s → 750 s', [0, 750], null, 750],
    ['never finished → null', [0, null], null, null],
    ['two heats of 600 s and 540 s → 1140 s', [0, 600], [1000, 1540], 1140],
    ['one heat finished (600 s), the other still running → 600 s', [0, 600], [1000, null], 600],
  ] as const)('completion time from the heats’ start and finish: %s', (_situation, first, second, expected) => {
    const log = new EventLog(smallSetup({ heats: [['h1', 'cn-1', 'cn-bridge-1'], ['h1b', 'cn-1', 'cn-bridge-1']] }));
    for (const [heatId, times] of [['h1', first], ['h1b', second]] as const) {
      if (!times) continue;
      log.start(heatId, times[0]);
      if (times[1] !== null) log.finish(heatId, times[1]);
    }
    expect(computeStandings(log.state).operators.find((o) => o.operatorId === 'cn-1')?.completionTimeS).toBe(expected);
  });

  it('takes lifts per heat and the scoring numbers from the competition’s rule', () => {
    // 4 lifts a heat, no free zone, 1 point per mm, collision 5:
    // 5 mm → 95, 10 mm → 90, perfect with collision → 95; (95 + 90 + 95) / 4 = 70.
    const log = new EventLog(smallSetup({ rule: { liftsPerHeat: 4, fullMarksWithinMm: 0, pointsLostPerMm: 1, penalties: { collision: 5 } } })).start('h1');
    log.lift('h1', 1, { dxMm: 3, dyMm: 4 }).lift('h1', 2, { dxMm: 6, dyMm: -8 }).lift('h1', 3, { dxMm: 0, dyMm: 0, penalties: ['collision'] });
    const cn1 = computeStandings(log.state).operators.find((o) => o.operatorId === 'cn-1');
    expect(cn1).toMatchObject({ score: 70, liftsRequired: 4, meanDeviationMm: 5, penaltyPoints: 5 });
  });
});

type RankSituation = [situation: string, record: (log: EventLog) => void, ranks: Record<string, number>];
const perfect = { dxMm: 0, dyMm: 0 };

describe('ranking operators', () => {
  it.each<RankSituation>([
    ['score decides first: cn-1 10 (one 100), kz-1 8 (one 80), the rest 0', (l) => l.lift('h1', 1, perfect).lift('h3', 1, { dxMm: 30, dyMm: 40 }), { 'cn-1': 1, 'kz-1': 2, 'cn-2': 3, 'kz-2': 3 }],
    ['tied on score 10: 0 mm beats 5 mm on mean deviation', (l) => l.lift('h1', 1, { dxMm: 3, dyMm: 4 }).lift('h2', 1, perfect), { 'cn-2': 1, 'cn-1': 2, 'kz-1': 3, 'kz-2': 3 }],
    ['tied on score and deviation: 600 s beats 700 s', (l) => l.lift('h1', 1, perfect).lift('h2', 1, perfect).finish('h1', 700).finish('h2', 600), { 'cn-2': 1, 'cn-1': 2, 'kz-1': 3, 'kz-2': 3 }],
    ['tied on score and deviation: a finished heat beats an unfinished one (null last)', (l) => l.lift('h1', 1, perfect).lift('h2', 1, perfect).finish('h2', 900), { 'cn-2': 1, 'cn-1': 2, 'kz-1': 3, 'kz-2': 3 }],
    ['both score 0: 300 mm off beats a dropped container (null deviation last)', (l) => l.lift('h1', 1, { ...perfect, dropped: true }).lift('h2', 1, { dxMm: 0, dyMm: 300 }).lift('h3', 1, perfect).lift('h4', 1, perfect), { 'kz-1': 1, 'kz-2': 1, 'cn-2': 3, 'cn-1': 4 }],
    ['shared ranks 1, 2, 2, 4: cn-1 20; cn-2 and kz-1 10 with 0 mm, unfinished; kz-2 0', (l) => l.lift('h1', 1, perfect).lift('h1', 2, perfect).lift('h2', 1, perfect).lift('h3', 1, perfect), { 'cn-1': 1, 'cn-2': 2, 'kz-1': 2, 'kz-2': 4 }],
    ['equal score by different lifts: 90 + 90 = 100 + 80 = 180 → mean 25 mm (0, 50) beats 30 mm', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 30 }).lift('h1', 2, { dxMm: 0, dyMm: 30 }).lift('h2', 1, perfect).lift('h2', 2, { dxMm: 30, dyMm: 40 }), { 'cn-2': 1, 'cn-1': 2, 'kz-1': 3, 'kz-2': 3 }],
  ])('%s', (_situation, record, ranks) => {
    const log = new EventLog(smallSetup());
    for (const heat of ['h1', 'h2', 'h3', 'h4']) log.start(heat);
    record(log);
    const { operators } = computeStandings(log.state);
    expect(Object.fromEntries(operators.map((o) => [o.operatorId, o.rank]))).toEqual(ranks);
    expect(operators.map((o) => o.rank)).toEqual([...operators.map((o) => o.rank)].sort((a, b) => a - b));
  });
});

describe('team standings', () => {
  const fifty = { dxMm: 30, dyMm: 40 };
  it.each<[string, [heatId: string, lifts: number, placement: typeof perfect][], Record<string, number>, Record<string, number>]>([
    // CN: cn-1 3×100 / 10 = 30, cn-2 10 → 20; KZ: kz-1 80 / 10 = 8, kz-2 0 → 4.
    ['China ahead: CN (30 + 10) / 2 = 20, KZ (8 + 0) / 2 = 4', [['h1', 3, perfect], ['h2', 1, perfect], ['h3', 1, fifty]], { CN: 20, KZ: 4 }, { CN: 1, KZ: 2 }],
    // CN: 10 and 0 → 5; KZ: 0 and 10 → 5.
    ['level teams share rank 1: (10 + 0) / 2 each', [['h1', 1, perfect], ['h4', 1, perfect]], { CN: 5, KZ: 5 }, { CN: 1, KZ: 1 }],
    // KZ: 80 / 10 = 8 and 8 → 8; CN: nothing → 0.
    ['a team with nothing recorded scores 0', [['h3', 1, fifty], ['h4', 1, fifty]], { CN: 0, KZ: 8 }, { KZ: 1, CN: 2 }],
  ])('%s', (_situation, lifts, scores, ranks) => {
    const log = new EventLog(smallSetup());
    for (const heat of ['h1', 'h2', 'h3', 'h4']) log.start(heat);
    for (const [heat, count, placement] of lifts) for (let i = 1; i <= count; i++) log.lift(heat, i, placement);
    const { teams } = computeStandings(log.state);
    expect(Object.fromEntries(teams.map((t) => [t.teamId, t.score]))).toEqual(scores);
    expect(Object.fromEntries(teams.map((t) => [t.teamId, t.rank]))).toEqual(ranks);
  });
});

describe('roundStandings', () => {
  it('rounds to 2 decimals while ranks come from the exact values', () => {
    // 3 lifts a heat, no free zone, 1 point per mm:
    // cn-1: 0.003 mm → 99.997 / 3 = 33.33233…; cn-2: 0.006 mm → 99.994 / 3 = 33.33133…
    // kz-1: (1, 1) → √2 = 1.41421… mm → 98.58578… / 3 = 32.86193…
    const log = new EventLog(smallSetup({ rule: { liftsPerHeat: 3, fullMarksWithinMm: 0, pointsLostPerMm: 1 } }));
    for (const heat of ['h1', 'h2', 'h3']) log.start(heat);
    log.lift('h1', 1, { dxMm: 0.003, dyMm: 0 }).lift('h2', 1, { dxMm: 0, dyMm: 0.006 }).lift('h3', 1, { dxMm: 1, dyMm: 1 }).finish('h3', 100.125);
    const exact = computeStandings(log.state);
    const rounded = roundStandings(exact);
    const row = (id: string) => rounded.operators.find((o) => o.operatorId === id);
    expect(row('cn-1')).toMatchObject({ rank: 1, score: 33.33, meanDeviationMm: 0 });
    expect(row('cn-2')).toMatchObject({ rank: 2, score: 33.33, meanDeviationMm: 0.01 });
    expect(row('kz-1')).toMatchObject({ rank: 3, score: 32.86, meanDeviationMm: 1.41, completionTimeS: 100.13 });
    expect(row('kz-2')).toMatchObject({ rank: 4, score: 0, meanDeviationMm: null, completionTimeS: null });
    // CN (33.33233… + 33.33133…) / 2 = 33.33183… → 33.33; KZ (32.86193… + 0) / 2 = 16.43096… → 16.43.
    expect(rounded.teams).toEqual([{ teamId: 'CN', score: 33.33, rank: 1 }, { teamId: 'KZ', score: 16.43, rank: 2 }]);
    expect(exact.operators.find((o) => o.operatorId === 'cn-1')?.score).not.toBe(33.33);
  });
});
