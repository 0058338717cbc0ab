import type { TransshipmentResult } from '../../../shared/disciplines/transshipment/standings.ts';
import { formatInt, formatScore } from '../../i18n/format.ts';
import type { RankingColumn } from '../discipline.ts';
import { formatNetTime } from './liveNetTime.ts';

/** The ranking after the operator's name: containers moved, fault seconds, mean net time, points. */
export const rankingColumns: RankingColumn<TransshipmentResult & { rank: number }>[] = [
  { key: 'containersMoved', cell: (row, lang) => formatInt(row.containersMoved, lang) },
  { key: 'penaltyTime', cell: (row, lang) => (row.penaltyS ? `+${formatInt(row.penaltyS, lang)} s` : '') },
  { key: 'netTime', cell: (row) => formatNetTime(row.netTimeS), testId: (row) => `net-time-${row.operatorId}` },
  { key: 'score', cell: (row, lang) => formatScore(row.score, lang), testId: (row) => `score-${row.operatorId}` },
];
