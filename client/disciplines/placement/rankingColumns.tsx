import type { PlacementResult } from '../../../shared/disciplines/placement/standings.ts';
import { formatMm, formatScore } from '../../i18n/format.ts';
import type { RankingColumn } from '../discipline.ts';

/** The ranking after the operator's name: lifts done, score, mean deviation, penalty points. */
export const rankingColumns: RankingColumn<PlacementResult & { rank: number }>[] = [
  {
    key: 'lifts',
    cell: (row) => (
      <>
        {row.liftsCounted}/{row.liftsRequired}
      </>
    ),
  },
  { key: 'score', cell: (row, lang) => formatScore(row.score, lang), testId: (row) => `score-${row.operatorId}` },
  { key: 'meanDeviation', cell: (row, lang) => formatMm(row.meanDeviationMm, lang) },
  { key: 'penalties', cell: (row) => (row.penaltyPoints ? `−${row.penaltyPoints}` : '') },
];
