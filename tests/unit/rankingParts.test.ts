import { describe, expect, it } from 'vitest';
import { rankingParts, rowsThatFit } from '../../client/board/rankingParts.ts';
import type { RankingPage } from '../../client/board/rankingPages.ts';
import { operatorsWithResults, rankText } from '../../client/board/rankShown.ts';
import { EventLog, smallSetup } from './eventFactory.ts';

const page = (key: string, rows: number): RankingPage => ({
  key,
  title: { k: 'ranking' },
  operators: Array.from({ length: rows }, (_, i) => ({ rank: i + 1, operatorId: `op-${i + 1}`, teamId: 'CN' })),
  columns: [],
  sealed: false,
});

describe('a ranking too long for the panel is shown in parts', () => {
  it.each<[situation: string, pages: RankingPage[], rowsPerPage: number, expected: [key: string, part: string, first: string, last: string][]]>([
    ['8 operators, 12 rows fit: one page, no part number', [page('overall', 8)], 12, [['overall', '-', 'op-1', 'op-8']]],
    ['a panel not measured yet (Infinity): one page', [page('overall', 60)], Infinity, [['overall', '-', 'op-1', 'op-60']]],
    [
      '60 operators at 14 a part: ⌈60 / 14⌉ = 5 parts, the last with 60 − 56 = 4',
      [page('overall', 60)],
      14,
      [
        ['overall', '1/5', 'op-1', 'op-14'],
        ['overall', '2/5', 'op-15', 'op-28'],
        ['overall', '3/5', 'op-29', 'op-42'],
        ['overall', '4/5', 'op-43', 'op-56'],
        ['overall', '5/5', 'op-57', 'op-60'],
      ],
    ],
    [
      'several disciplines: each ranking in its own parts, in order',
      [page('overall', 20), page('placement', 10)],
      12,
      [
        ['overall', '1/2', 'op-1', 'op-12'],
        ['overall', '2/2', 'op-13', 'op-20'],
        ['placement', '-', 'op-1', 'op-10'],
      ],
    ],
  ])('%s', (_situation, pages, rowsPerPage, expected) => {
    const parts = rankingParts(pages, rowsPerPage).map((p) => [p.key, p.part ? `${p.part.index + 1}/${p.part.count}` : '-', p.operators[0]?.operatorId, p.operators.at(-1)?.operatorId]);
    expect(parts).toEqual(expected);
  });

  it.each<[available: number, heights: number[], rows: number]>([
    [700, [50, 50, 50], 14], // 700 / 50
    [700, [48, 52, 50], 13], // the tallest row decides: ⌊700 / 52⌋
    [699.6, [50], 14], // half a pixel of rounding is no missing row
    [30, [50], 1], // never less than one
  ])('%i px for rows of %j → %i rows', (available, heights, rows) => {
    expect(rowsThatFit(available, heights)).toBe(rows);
  });
});

describe('the rank shows "—" until an operator has something to rank', () => {
  // smallSetup: cn-1 h1, cn-2 h2, kz-1 h3, kz-2 h4.
  it.each<[situation: string, record: (l: EventLog) => unknown, ranked: string[]]>([
    ['before any lift: nobody', () => {}, []],
    ['a started heat is not a result', (l) => l.start('h1'), []],
    ['a lift ranks its operator', (l) => l.start('h1').lift('h1', 1, { dxMm: 0, dyMm: 0 }), ['cn-1']],
    ['a voided lift does not', (l) => l.lift('h1', 1, { dxMm: 0, dyMm: 0 }).void('referee-h1-1'), []],
    ['a finished heat with no lift is a real 0', (l) => l.start('h3').finish('h3', 900), ['kz-1']],
  ])('%s', (_situation, record, ranked) => {
    const log = new EventLog(smallSetup());
    record(log);
    expect([...operatorsWithResults(log.state)].sort()).toEqual(ranked);
  });

  it('prints the rank, or "—"', () => {
    expect([rankText(3, true), rankText(1, false)]).toEqual(['3', '—']);
  });
});
