import type { DisciplineExports, ExportLift, Header } from '../discipline.ts';
import type { PlacementValue } from './reading.ts';
import type { PlacementRule } from './rule.ts';
import { deviationMm, liftScore } from './score.ts';
import type { PlacementResult } from './standings.ts';
import { column, fixed2 } from '../exportColumn.ts';

// The placement columns of every export, headers in the four languages.

const H = {
  score: { zh: '得分', kk: 'Ұпай', ru: 'Очки', en: 'Score' },
  meanDeviationMm: { zh: '平均偏差 mm', kk: 'Орташа ауытқу, мм', ru: 'Ср. отклонение, мм', en: 'Mean deviation mm' },
  lifts: { zh: '吊次', kk: 'Көтерулер', ru: 'Подъёмы', en: 'Lifts' },
  liftsRequired: { zh: '应吊次', kk: 'Қажет', ru: 'Требуется', en: 'Lifts required' },
  penaltyPoints: { zh: '罚分', kk: 'Айыппұл', ru: 'Штраф', en: 'Penalty points' },
  completionTimeS: { zh: '用时 s', kk: 'Уақыт, с', ru: 'Время, с', en: 'Completion time s' },
  dxMm: { zh: 'dx mm', kk: 'dx мм', ru: 'dx мм', en: 'dx mm' },
  dyMm: { zh: 'dy mm', kk: 'dy мм', ru: 'dy мм', en: 'dy mm' },
  deviationMm: { zh: '偏差 mm', kk: 'Ауытқу, мм', ru: 'Отклонение, мм', en: 'Deviation mm' },
  penalties: { zh: '罚则', kk: 'Айыптар', ru: 'Штрафы', en: 'Penalties' },
  dropped: { zh: '掉箱', kk: 'Құлады', ru: 'Уронен', en: 'Dropped' },
  liftScore: { zh: '单吊得分', kk: 'Көтеру ұпайы', ru: 'Очки подъёма', en: 'Lift score' },
} satisfies Record<string, Header>;

const round2 = (n: number): number => Math.round(n * 100) / 100;

type Lift = ExportLift<PlacementValue>;

export const placementExports: DisciplineExports<PlacementRule, PlacementValue, PlacementResult> = {
  resultColumns: [
    column(H.score, (o) => o.score),
    column(H.meanDeviationMm, (o) => o.meanDeviationMm),
    column(H.lifts, (o) => o.liftsCounted),
    column(H.liftsRequired, (o) => o.liftsRequired),
    column(H.penaltyPoints, (o) => o.penaltyPoints),
    column(H.completionTimeS, (o) => o.completionTimeS),
  ],
  pdfColumns: [
    { header: H.score, width: 45, align: 'right', text: (o) => fixed2(o.score) },
    { header: { zh: '平均偏差', kk: 'Ауытқу, мм' }, width: 58, align: 'right', text: (o) => fixed2(o.meanDeviationMm) },
    { header: H.lifts, width: 40, align: 'right', text: (o) => `${o.liftsCounted}/${o.liftsRequired}` },
    { header: H.penaltyPoints, width: 45, align: 'right', text: (o) => fixed2(o.penaltyPoints) },
  ],
  liftColumns: (rule, common) => [
    common.heat,
    common.operatorId,
    common.bib,
    common.crane,
    common.index,
    common.containerNo,
    common.slot,
    column<Lift>(H.dxMm, ({ lift }) => lift.value.dxMm),
    column<Lift>(H.dyMm, ({ lift }) => lift.value.dyMm),
    column<Lift>(H.deviationMm, ({ lift }) => round2(deviationMm(lift.value))),
    column<Lift>(H.penalties, ({ lift }) => lift.value.penalties.join(';')),
    column<Lift>(H.dropped, ({ lift }) => lift.value.dropped),
    common.voided,
    common.disputed,
    common.sources,
    column<Lift>(H.liftScore, ({ lift }) => (lift.voided ? 0 : round2(liftScore(rule, lift.value)))),
  ],
};
