import { describe, expect, it } from 'vitest';
import { chartedOperators, landingPoints, runningAverages, teamComparison } from '../../client/disciplines/placement/charts/chartData.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

// The board's three placement charts, from the lifts as the rule scores them. Default rule:
// full marks within 10 mm, 0.5 point per mm beyond, collision 20; dropped → 0.
// Teams: CN (cn-1 on heat h1, cn-2 on h2) and KZ (kz-1 on h3, kz-2 on h4).

type Recording = (log: EventLog) => unknown;

describe('running average: row n is each operator’s mean over their first n lifts', () => {
  it.each<[situation: string, record: Recording, expected: ReturnType<typeof runningAverages>]>([
    ['nothing lifted yet: an empty chart', () => {}, []],
    [
      'one operator: 100, then 80 (30-40-50 mm), then dropped (0) → 100, 90, 60',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 30, dyMm: 40 }).lift('h1', 3, { dxMm: 0, dyMm: 0, dropped: true }),
      [
        { index: 1, 'cn-1': 100 },
        { index: 2, 'cn-1': 90 }, // (100 + 80) / 2
        { index: 3, 'cn-1': 60 }, // (100 + 80 + 0) / 3
      ],
    ],
    [
      'two operators side by side; the one with fewer lifts has no point past them',
      // cn-1: 100, then 30 mm → 100 − 20×0.5 = 90; kz-1: a collision on the slot → 80.
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h3', 1, { dxMm: 0, dyMm: 0, penalties: ['collision'] }).lift('h1', 2, { dxMm: 0, dyMm: 30 }),
      [
        { index: 1, 'cn-1': 100, 'kz-1': 80 },
        { index: 2, 'cn-1': 95 }, // (100 + 90) / 2
      ],
    ],
    [
      'a voided lift leaves the line: 100, (dropped, voided), 80 → 100, 90',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 0, dyMm: 0, dropped: true }).void('referee-h1-2').lift('h1', 3, { dxMm: 30, dyMm: 40 }),
      [
        { index: 1, 'cn-1': 100 },
        { index: 2, 'cn-1': 90 },
      ],
    ],
    [
      'lifts count in lift order, not as they arrived: lift 2 (80) before lift 1 (100) → 100, 90',
      (l) => l.lift('h1', 2, { dxMm: 30, dyMm: 40 }).lift('h1', 1, { dxMm: 0, dyMm: 0 }),
      [
        { index: 1, 'cn-1': 100 },
        { index: 2, 'cn-1': 90 },
      ],
    ],
    [
      'a correction moves the line: 50 mm (80) corrected to dead centre → 100',
      (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }).correct('referee-h1-1', { dxMm: 0, dyMm: 0 }),
      [{ index: 1, 'cn-1': 100 }],
    ],
    [
      'rounded to 2 decimals: 100, 100, 99 (12 mm → 100 − 2×0.5) → 100, 100, 99.67',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h1', 2, { dxMm: 0, dyMm: 0 }).lift('h1', 3, { dxMm: 0, dyMm: 12 }),
      [
        { index: 1, 'cn-1': 100 },
        { index: 2, 'cn-1': 100 },
        { index: 3, 'cn-1': 99.67 }, // 299 / 3 = 99.666…
      ],
    ],
  ])('%s', (_situation, record, expected) => {
    const log = new EventLog(smallSetup());
    record(log);
    expect(runningAverages(log.placementState)).toEqual(expected);
  });

  it('an operator’s second heat continues their line: h1 lift 1 = 100, h1b lift 1 = 50 (110 mm) → 100, 75', () => {
    const log = new EventLog(smallSetup({ heats: [['h1', 'cn-1', 'cn-bridge-1'], ['h1b', 'cn-1', 'cn-bridge-1']] }));
    log.lift('h1b', 1, { dxMm: 0, dyMm: 110 }).lift('h1', 1, { dxMm: 0, dyMm: 0 }); // 100 − 100×0.5 = 50
    expect(runningAverages(log.placementState)).toEqual([
      { index: 1, 'cn-1': 100 },
      { index: 2, 'cn-1': 75 },
    ]);
  });

  it('a long contest keeps every 3rd point and the last: 131 lifts → 45 points (1, 4, …, 130, 131)', () => {
    // 131 lifts > 60 points a line can show apart: step ⌈131 / 60⌉ = 3 → lifts 1, 4, …, 130 (44) and the last, 131.
    const log = new EventLog(smallSetup({ rule: { liftsPerHeat: 131 } }));
    for (let i = 1; i <= 131; i++) log.lift('h1', i, { dxMm: 0, dyMm: 0 });
    const rows = runningAverages(log.placementState);
    expect(rows).toHaveLength(45);
    expect(rows.map((r) => r.index).slice(0, 3)).toEqual([1, 4, 7]);
    expect(rows.map((r) => r.index).slice(-2)).toEqual([130, 131]);
    expect(rows.every((r) => r['cn-1'] === 100)).toBe(true);
  });
});

describe('landing plot: where each landed container sat, by team', () => {
  it.each<[situation: string, record: Recording, expected: { CN: unknown[]; KZ: unknown[] }]>([
    ['nothing lifted: both teams have an empty series', () => {}, { CN: [], KZ: [] }],
    [
      'each landing goes to its operator’s team',
      (l) => l.lift('h1', 1, { dxMm: 3, dyMm: 4 }).lift('h3', 1, { dxMm: -5, dyMm: 2 }),
      { CN: [{ dxMm: 3, dyMm: 4, operatorId: 'cn-1' }], KZ: [{ dxMm: -5, dyMm: 2, operatorId: 'kz-1' }] },
    ],
    [
      'a dropped container has no landing',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0, dropped: true }).lift('h2', 1, { dxMm: 7, dyMm: -1 }),
      { CN: [{ dxMm: 7, dyMm: -1, operatorId: 'cn-2' }], KZ: [] },
    ],
    [
      'a voided lift has no landing',
      (l) => l.lift('h3', 1, { dxMm: 20, dyMm: 20 }).void('referee-h3-1'),
      { CN: [], KZ: [] },
    ],
    [
      'a corrected lift lands where the correction puts it: (30, 40), dx corrected to 0 → (0, 40)',
      (l) => l.lift('h1', 1, { dxMm: 30, dyMm: 40 }).correct('referee-h1-1', { dxMm: 0 }),
      { CN: [{ dxMm: 0, dyMm: 40, operatorId: 'cn-1' }], KZ: [] },
    ],
  ])('%s', (_situation, record, expected) => {
    const log = new EventLog(smallSetup());
    record(log);
    expect(Object.fromEntries(landingPoints(log.placementState))).toEqual(expected);
  });

  it('past the limit only the latest landings are drawn, newest first', () => {
    const log = new EventLog(smallSetup());
    log.lift('h1', 1, { dxMm: 1, dyMm: 1 }).lift('h1', 2, { dxMm: 2, dyMm: 2 }).lift('h1', 3, { dxMm: 3, dyMm: 3 });
    expect(landingPoints(log.placementState, 2).get('CN')).toEqual([
      { dxMm: 3, dyMm: 3, operatorId: 'cn-1' },
      { dxMm: 2, dyMm: 2, operatorId: 'cn-1' },
    ]);
  });
});

describe('team comparison: each team’s mean lift score at each lift index', () => {
  // Three lifts a heat keep the rows short.
  it.each<[situation: string, record: Recording, expected: ReturnType<typeof teamComparison>]>([
    [
      'before any lift: a row per index, no bars',
      () => {},
      [
        { index: 1, CN: null, KZ: null },
        { index: 2, CN: null, KZ: null },
        { index: 3, CN: null, KZ: null },
      ],
    ],
    [
      'two operators of a team at lift 1 are averaged: 100 and 80 (50 mm) → 90',
      (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h2', 1, { dxMm: 30, dyMm: 40 }),
      [
        { index: 1, CN: 90, KZ: null },
        { index: 2, CN: null, KZ: null },
        { index: 3, CN: null, KZ: null },
      ],
    ],
    [
      'teams side by side at lift 2: CN 20 mm (100 − 10×0.5 = 95), KZ dropped (0)',
      (l) => l.lift('h1', 2, { dxMm: 12, dyMm: 16 }).lift('h3', 2, { dxMm: 0, dyMm: 0, dropped: true }),
      [
        { index: 1, CN: null, KZ: null },
        { index: 2, CN: 95, KZ: 0 },
        { index: 3, CN: null, KZ: null },
      ],
    ],
    [
      'a voided lift is left out: 100 and a voided drop → 100',
      (l) => l.lift('h3', 3, { dxMm: 0, dyMm: 0 }).lift('h4', 3, { dxMm: 0, dyMm: 0, dropped: true }).void('referee-h4-3'),
      [
        { index: 1, CN: null, KZ: null },
        { index: 2, CN: null, KZ: null },
        { index: 3, CN: null, KZ: 100 },
      ],
    ],
  ])('%s', (_situation, record, expected) => {
    const log = new EventLog(smallSetup({ rule: { liftsPerHeat: 3 } }));
    record(log);
    expect(teamComparison(log.placementState)).toEqual(expected);
  });

  it('rounds to 2 decimals: 100 and 99.33 (11 mm at ⅔ point per mm) → 99.67', () => {
    const log = new EventLog(smallSetup({ rule: { liftsPerHeat: 1, pointsLostPerMm: 2 / 3 } }));
    log.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h2', 1, { dxMm: 0, dyMm: 11 });
    expect(teamComparison(log.placementState)).toEqual([{ index: 1, CN: 99.67, KZ: null }]); // (100 + 100 − 1×⅔) / 2 = 99.666…
  });
});

describe('charted operators: the top N of the ranking that have lifted, plus the highlighted one', () => {
  // Scores (10 lifts a heat, so the final rule divides by 10): cn-1 100 → 10.00; cn-2 90 (30 mm) → 9.00;
  // kz-1 80 (50 mm) → 8.00; kz-2 has not lifted.
  const lifted: Recording = (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).lift('h2', 1, { dxMm: 0, dyMm: 30 }).lift('h3', 1, { dxMm: 30, dyMm: 40 });
  it.each<[situation: string, record: Recording, top: number, highlight: string | undefined, expected: string[]]>([
    ['nothing lifted: no line', () => {}, 2, 'cn-1', []],
    ['top 2 by rank: cn-1, cn-2', lifted, 2, undefined, ['cn-1', 'cn-2']],
    ['the highlighted kz-1 (3rd) is added after the top 2', lifted, 2, 'kz-1', ['cn-1', 'cn-2', 'kz-1']],
    ['a highlighted operator already in the top is not drawn twice', lifted, 2, 'cn-2', ['cn-1', 'cn-2']],
    ['an operator who has not lifted gets no line, even with room in the top 8', lifted, 8, 'kz-2', ['cn-1', 'cn-2', 'kz-1']],
  ])('%s', (_situation, record, top, highlight, expected) => {
    const log = new EventLog(smallSetup());
    record(log);
    expect(chartedOperators(log.placementState, top, highlight)).toEqual(expected);
  });

  it('the running average draws only the charted operators: cn-1 and kz-1 of three who lifted', () => {
    const log = new EventLog(smallSetup());
    lifted(log);
    expect(runningAverages(log.placementState, ['cn-1', 'kz-1'])).toEqual([{ index: 1, 'cn-1': 100, 'kz-1': 80 }]);
  });
});
