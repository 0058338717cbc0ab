import { describe, expect, it } from 'vitest';
import { latestLifts } from '../../client/board/heatData.ts';
import { stateOfSetup } from '../../shared/reducer.ts';
import type { CompetitionState, LiftState } from '../../shared/state.ts';
import { smallSetup } from './eventFactory.ts';

// The ticker's newest lifts, found in one pass instead of sorting every lift on each event:
// it must give what the sort gave — newest `lastAt` first, then the higher index, then log order.

const lift = (heatId: string, index: number, lastAt: string, voided = false): LiftState => ({
  key: `${heatId}#${index}`,
  heatId,
  index,
  containerNo: 'CSQU3054383',
  readings: {},
  value: { dxMm: 0, dyMm: 0, penalties: [], dropped: false },
  refereeHasSpoken: false,
  disputed: false,
  voided,
  history: [],
  lastAt,
});

const withLifts = (lifts: LiftState[]): CompetitionState => ({ ...stateOfSetup(smallSetup()), lifts: Object.fromEntries(lifts.map((l) => [l.key, l])) });
const keys = (state: CompetitionState, count: number) => latestLifts(state, count).map((l) => l.key);

/** The rule as the ticker had it: a stable sort of every lift. */
const bySort = (state: CompetitionState, count: number) =>
  Object.values(state.lifts)
    .filter((l) => !l.voided)
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.index - a.index)
    .slice(0, count)
    .map((l) => l.key);

const t = (s: number) => new Date(Date.UTC(2025, 6, 20, 8, 0, s)).toISOString();

describe('latestLifts: the ticker’s newest lifts', () => {
  it.each<[situation: string, lifts: LiftState[], count: number, expected: string[]]>([
    ['no lifts', [], 3, []],
    ['fewer lifts than asked: all, newest first', [lift('h1', 1, t(1)), lift('h1', 2, t(2))], 3, ['h1#2', 'h1#1']],
    ['a voided lift is left out', [lift('h1', 1, t(1)), lift('h1', 2, t(5), true), lift('h2', 1, t(3))], 3, ['h2#1', 'h1#1']],
    ['a corrected old lift (later lastAt) comes first', [lift('h1', 1, t(9)), lift('h1', 2, t(2)), lift('h1', 3, t(3))], 2, ['h1#1', 'h1#3']],
    ['same moment: the higher index first', [lift('h1', 1, t(4)), lift('h2', 2, t(4)), lift('h3', 1, t(1))], 2, ['h2#2', 'h1#1']],
    ['same moment and index: log order', [lift('h1', 1, t(4)), lift('h2', 1, t(4)), lift('h3', 1, t(4))], 2, ['h1#1', 'h2#1']],
  ])('%s', (_situation, lifts, count, expected) => {
    expect(keys(withLifts(lifts), count)).toEqual(expected);
  });

  it('agrees with sorting every lift on 2,000 lifts with many equal moments', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const lifts = Array.from({ length: 2000 }, (_, i) => lift(`h${1 + random(4)}`, 1 + Math.floor(i / 4), t(random(300)), random(10) === 0));
    const unique = [...new Map(lifts.map((l) => [l.key, l])).values()];
    const state = withLifts(unique);
    for (const count of [1, 8, 25]) expect(keys(state, count)).toEqual(bySort(state, count));
  });
});
