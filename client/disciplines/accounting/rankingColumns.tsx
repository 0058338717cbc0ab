import type { AccountingResult } from '../../../shared/disciplines/accounting/standings.ts';
import { formatInt, formatScore } from '../../i18n/format.ts';
import type { RankingColumn } from '../discipline.ts';
import { SealedMark } from '../SealedMark.tsx';

/** The ranking after the operator's name: tasks answered, and the score unless the marks are sealed. */
export const rankingColumns: RankingColumn<AccountingResult & { rank: number }>[] = [
  { key: 'tasksAnswered', cell: (row, lang) => formatInt(row.tasksAnswered, lang), testId: (row) => `tasks-${row.operatorId}` },
  { key: 'examScore', cell: (row, lang, sealed) => (sealed ? <SealedMark /> : formatScore(row.score, lang)), testId: (row) => `score-${row.operatorId}` },
];
