import type { DisciplineExports, Header } from '../discipline.ts';
import type { AccountingRule } from './rule.ts';
import type { AccountingResult } from './standings.ts';
import { column, fixed2 } from '../exportColumn.ts';

// The accounting columns of every export. An accounting heat has no lifts: its answers are
// listed by the export's answer sheet.

const H = {
  score: { zh: '得分', kk: 'Ұпай', ru: 'Очки', en: 'Score' },
  completionTimeS: { zh: '用时 s', kk: 'Уақыт, с', ru: 'Время, с', en: 'Completion time s' },
  tasksAnswered: { zh: '已答题数', kk: 'Жауап берілген', ru: 'Отвечено', en: 'Tasks answered' },
} satisfies Record<string, Header>;


export const accountingExports: DisciplineExports<AccountingRule, never, AccountingResult> = {
  resultColumns: [column(H.score, (o) => o.score), column(H.completionTimeS, (o) => o.completionTimeS), column(H.tasksAnswered, (o) => o.tasksAnswered)],
  pdfColumns: [
    { header: H.score, width: 45, align: 'right', text: (o) => fixed2(o.score) },
    { header: { zh: '用时', kk: 'Уақыт, с' }, width: 50, align: 'right', text: (o) => fixed2(o.completionTimeS) },
    { header: { zh: '答题', kk: 'Жауап' }, width: 40, align: 'right', text: (o) => String(o.tasksAnswered) },
  ],
  liftColumns: () => [],
};
