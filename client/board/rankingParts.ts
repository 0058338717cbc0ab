import type { RankingPage } from './rankingPages.ts';

// A preliminary has 10–60 operators; the board's panel holds about a dozen rows. Each ranking
// is cut into parts of the rows that fit, shown one after another (every operator reachable,
// none cut off at the panel's edge). The phone scrolls instead and never splits.

/** Each ranking in parts of at most `rowsPerPage` rows (a ranking that fits stays one page). */
export function rankingParts(pages: RankingPage[], rowsPerPage: number): RankingPage[] {
  const rows = Math.max(1, Math.floor(rowsPerPage));
  return pages.flatMap((page) => {
    const count = Math.max(1, Math.ceil(page.operators.length / rows));
    if (count === 1) return [page];
    return Array.from({ length: count }, (_, index) => ({
      ...page,
      operators: page.operators.slice(index * rows, (index + 1) * rows),
      part: { index, count },
    }));
  });
}

/**
 * How many rows of this height fit between the top of the rows and the bottom of the panel.
 * Rows as drawn (a two-language name makes them all alike); at least one.
 */
export function rowsThatFit(availablePx: number, rowHeightsPx: number[]): number {
  const tallest = Math.max(1, ...rowHeightsPx);
  return Math.max(1, Math.floor((availablePx + 0.5) / tallest));
}
