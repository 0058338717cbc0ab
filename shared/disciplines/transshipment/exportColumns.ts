import type { DisciplineExports, ExportLift, Header } from '../discipline.ts';
import type { TransshipmentValue } from './reading.ts';
import type { TransshipmentRule } from './rule.ts';
import { penaltySeconds } from './score.ts';
import type { TransshipmentResult } from './standings.ts';
import { column, fixed2 } from '../exportColumn.ts';

// The transshipment columns of every export, headers in the four languages.

const H = {
  points: { zh: '得分', kk: 'Ұпай', ru: 'Очки', en: 'Points' },
  netTimeS: { zh: '净用时 s', kk: 'Таза уақыт, с', ru: 'Чистое время, с', en: 'Net time s' },
  penaltyS: { zh: '罚时 s', kk: 'Айып уақыты, с', ru: 'Штрафное время, с', en: 'Penalty s' },
  containersMoved: { zh: '换装箱数', kk: 'Ауыстырылған контейнер', ru: 'Перегружено', en: 'Containers moved' },
  fromSlot: { zh: '起始位', kk: 'Қайдан', ru: 'Откуда', en: 'From slot' },
  toSlot: { zh: '目标位', kk: 'Қайда', ru: 'Куда', en: 'To slot' },
  penalties: { zh: '罚则', kk: 'Айыптар', ru: 'Штрафы', en: 'Penalties' },
  liftPenaltyS: { zh: '本箱罚时 s', kk: 'Контейнер айыбы, с', ru: 'Штраф за контейнер, с', en: 'Move penalty s' },
} satisfies Record<string, Header>;

type Lift = ExportLift<TransshipmentValue>;

export const transshipmentExports: DisciplineExports<TransshipmentRule, TransshipmentValue, TransshipmentResult> = {
  resultColumns: [
    column(H.points, (o) => o.score),
    column(H.netTimeS, (o) => o.netTimeS),
    column(H.penaltyS, (o) => o.penaltyS),
    column(H.containersMoved, (o) => o.containersMoved),
  ],
  pdfColumns: [
    { header: H.points, width: 45, align: 'right', text: (o) => fixed2(o.score) },
    { header: { zh: '净用时', kk: 'Таза уақыт, с' }, width: 58, align: 'right', text: (o) => fixed2(o.netTimeS) },
    { header: { zh: '罚时', kk: 'Айып, с' }, width: 45, align: 'right', text: (o) => fixed2(o.penaltyS) },
    { header: { zh: '箱数', kk: 'Контейнер' }, width: 40, align: 'right', text: (o) => String(o.containersMoved) },
  ],
  liftColumns: (rule, common) => [
    common.heat,
    common.operatorId,
    common.bib,
    common.crane,
    common.index,
    common.containerNo,
    column<Lift>(H.fromSlot, ({ lift }) => lift.value.fromSlot ?? null),
    column<Lift>(H.toSlot, ({ lift }) => lift.value.toSlot ?? null),
    column<Lift>(H.penalties, ({ lift }) => lift.value.penalties.join(';')),
    column<Lift>(H.liftPenaltyS, ({ lift }) => (lift.voided ? 0 : penaltySeconds(rule, lift.value.penalties))),
    common.voided,
    common.disputed,
    common.sources,
  ],
};
