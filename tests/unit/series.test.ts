// Series standings, advancement and records across sources: pure functions, hand-worked numbers.
// Rule: 2 lifts per heat, full marks within 10 mm, 0.5 points lost per mm beyond.
import { describe, expect, it } from 'vitest';
import { bestsOf, marksIn, performancesOf } from '../../shared/series/records.ts';
import { SeriesDocument } from '../../shared/series/schema.ts';
import { roundedRoundStandings, roundStandings } from '../../shared/series/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { EventLog, smallSetup, type Placement } from './eventFactory.ts';

const PERFECT: Placement = { dxMm: 0, dyMm: 0 };
const mm = (d: number): Placement => ({ dxMm: d, dyMm: 0 });

/** A competition `id` where each operator's heat (h1 cn-1, h2 cn-2, h3 kz-1, h4 kz-2) got these lifts. */
function venue(id: string, lifts: Record<string, Placement[]>, personIds: Record<string, string> = {}, status?: CompetitionState['status']): CompetitionState {
  const base = smallSetup({ rule: { liftsPerHeat: 2 } });
  const setup = { ...base, id, operators: base.operators.map((o) => (personIds[o.id] ? { ...o, personId: personIds[o.id] } : o)) };
  const log = new EventLog(setup);
  for (const [heatId, placements] of Object.entries(lifts)) {
    log.start(heatId);
    placements.forEach((p, i) => log.lift(heatId, i + 1, p));
  }
  return status ? { ...log.state, status } : log.state;
}

// X: cn-1 100, 100 → 100;  cn-2 80 (50 mm), 100 → 90;  kz-1 95 (20 mm), 95 → 95;  kz-2 nothing → 0
const X = venue('x', { h1: [PERFECT, PERFECT], h2: [mm(50), PERFECT], h3: [mm(20), mm(20)] }, {}, 'official');
// Y: cn-1 0 (dropped), 100 → 50;  cn-2 nothing → 0;  kz-1 100, 100 → 100;  kz-2 100, 90 (30 mm) → 95
const Y = venue('y', { h1: [{ ...PERFECT, dropped: true }, PERFECT], h3: [PERFECT, PERFECT], h4: [PERFECT, mm(30)] });
// Z: cn-1 (3,4) 5 mm and 0 mm; kz-1 0 mm and (4,3) 5 mm: both 100, mean 2.5 mm, no times: tied on every key.
const Z = venue('z', { h1: [{ dxMm: 3, dyMm: 4 }, PERFECT], h3: [PERFECT, { dxMm: 4, dyMm: 3 }] });

describe('a round across sources', () => {
  const standings = roundedRoundStandings(roundStandings({ advance: { perSource: 2 } }, [
    { competitionId: 'x', state: X },
    { competitionId: 'y', url: 'http://y', state: Y },
    { competitionId: 'offline-before-first-contact', url: 'http://w', state: null },
  ]));

  it('ranks every operator of the round together by their score in their own competition (ties shared)', () => {
    expect(standings.operators.map((o) => [o.rank, o.competitionId, o.operatorId, o.score])).toEqual([
      [1, 'x', 'cn-1', 100],
      [1, 'y', 'kz-1', 100],
      [3, 'x', 'kz-1', 95],
      [3, 'y', 'kz-2', 95],
      [5, 'x', 'cn-2', 90],
      [6, 'y', 'cn-1', 50],
      [7, 'x', 'kz-2', 0],
      [7, 'y', 'cn-2', 0],
    ]);
  });

  it.each([
    // KZ (95 + 0 + 100 + 95) / 4 = 72.5;  CN (100 + 90 + 50 + 0) / 4 = 60
    ['teams by country', () => standings.teams, [{ rank: 1, teamId: 'KZ', score: 72.5, operators: 4 }, { rank: 2, teamId: 'CN', score: 60, operators: 4 }]],
    // X (100 + 90 + 95 + 0) / 4 = 71.25;  Y (50 + 0 + 100 + 95) / 4 = 61.25; a source with no data yet is not ranked
    ['venues by the mean of their operators', () => standings.venues, [{ rank: 1, competitionId: 'x', score: 71.25, operators: 4 }, { rank: 2, competitionId: 'y', score: 61.25, operators: 4 }]],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it.each([
    ['the best two of each source; X is official, Y is not', { perSource: 2 }, [X, Y], [['x', 'cn-1', 1, false], ['x', 'kz-1', 2, false], ['y', 'kz-1', 1, true], ['y', 'kz-2', 2, true]]],
    ['two tied at the cut of one both go on', { perSource: 1 }, [Z], [['z', 'cn-1', 1, true], ['z', 'kz-1', 1, true]]],
    ['a round without advancement sends nobody', undefined, [X], []],
  ] as const)('advancement: %s', (_name, advance, states, expected) => {
    const round = roundStandings(advance ? { advance } : {}, states.map((state) => ({ competitionId: state.setup.id, state })));
    expect(round.advancing.map((a) => [a.competitionId, a.operatorId, a.rank, a.provisional])).toEqual(expected);
  });
});

describe('records and personal bests', () => {
  // Elsewhere (X2): zhang (cn-1) 100 then 80 (50 mm) → 90; cn-2 100, 100 → 100 (the operator-score record).
  const elsewhere = venue('x2', { h1: [PERFECT, mm(50)], h2: [PERFECT, PERFECT] }, { 'cn-1': 'zhang' });
  const others = bestsOf(performancesOf('x2', elsewhere));

  it('keeps the best per measure, and per person; the first to reach a value holds it', () => {
    expect(others.records.map((r) => [r.measure, r.value, r.operatorId])).toEqual([
      ['liftScore', 100, 'cn-1'],
      ['deviationMm', 0, 'cn-1'],
      ['operatorScore', 100, 'cn-2'],
    ]);
    expect(others.personalBests.map((r) => [r.personId, r.measure, r.value])).toEqual([
      ['zhang', 'liftScore', 100],
      ['zhang', 'deviationMm', 0],
      ['zhang', 'operatorScore', 90],
    ]);
  });

  it.each([
    // 95 (20 mm) twice → 95 > his 90: a personal best; below the record of 100.
    ['zhang scores 95: a personal best, no record', { h1: [mm(20), mm(20)] }, [{ operatorId: 'cn-1', marks: [{ measure: 'operatorScore', mark: 'pb', value: 95 }] }]],
    // 100 equals the record (a record is beaten, not equalled); it beats his own 90.
    ['zhang scores 100: equals the record, beats his best', { h1: [PERFECT, PERFECT] }, [{ operatorId: 'cn-1', marks: [{ measure: 'operatorScore', mark: 'pb', value: 100 }] }]],
    // kz-1 has no personId and scores 85 (40 mm, 30 mm → 85, 90 → 87.5): nothing falls.
    ['someone without a person id below every record', { h3: [mm(40), mm(30)] }, []],
    // A first result is no personal best: nothing of zhang's fell.
    ['nothing recorded yet', {}, []],
  ] as const)('%s', (_name, lifts, expected) => {
    const here = venue('here', lifts as Record<string, Placement[]>, { 'cn-1': 'zhang' });
    expect(marksIn('here', here, others)).toEqual(expected);
  });

  it('a record falls when a lift or a score is strictly better than every other competition', () => {
    // Everywhere else the best operator score is 90 (Y has none above it here): cn-2 scores 100 → record and, being zhang-less, no PB.
    const weaker = bestsOf(performancesOf('x3', venue('x3', { h1: [PERFECT, mm(50)] }, { 'cn-1': 'zhang' })));
    const here = venue('here', { h2: [PERFECT, PERFECT] });
    expect(marksIn('here', here, weaker)).toEqual([{ operatorId: 'cn-2', marks: [{ measure: 'operatorScore', mark: 'record', value: 100 }] }]);
  });
});

describe('the series document', () => {
  const round = (id: string, extra: object = {}) => ({ id, name: { en: id }, sources: [{ competitionId: `${id}-a` }], ...extra });
  it.each([
    ['an unknown round to advance to', { rounds: [round('prelim', { advance: { perSource: 2, to: 'finals' } }), round('final')] }, 'rounds.0.advance.to'],
    ['advancing to an earlier round', { rounds: [round('final'), round('prelim', { advance: { perSource: 2, to: 'final' } })] }, 'rounds.1.advance.to'],
    ['a source listed twice', { rounds: [round('prelim'), { ...round('final'), sources: [{ competitionId: 'prelim-a' }] }] }, 'rounds.1.sources.0.competitionId'],
    ['the same server spelled with a trailing slash', { rounds: [{ ...round('prelim'), sources: [{ competitionId: 'a', url: 'http://x:1' }, { competitionId: 'a', url: 'http://x:1/' }] }] }, 'rounds.0.sources.1.competitionId'],
    ['a malformed URL', { rounds: [{ ...round('prelim'), sources: [{ competitionId: 'a', url: 'ftp//nowhere' }] }] }, 'rounds.0.sources.0.url'],
    ['a round id used twice', { rounds: [round('prelim'), { ...round('prelim'), sources: [{ competitionId: 'b' }] }] }, 'rounds.1.id'],
  ])('refuses %s, naming the field', (_name, body, field) => {
    const result = SeriesDocument.safeParse({ id: 's', name: { en: 'S' }, ...body });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });

  it('a valid document keeps one spelling of each server', () => {
    const parsed = SeriesDocument.parse({ id: 's', name: { en: 'S' }, rounds: [{ ...round('prelim'), sources: [{ competitionId: 'a', url: 'https://dostyk.example:8443/' }] }] });
    expect(parsed.rounds[0]?.sources[0]?.url).toBe('https://dostyk.example:8443');
  });
});
