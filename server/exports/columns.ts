import type { CommonLiftColumns, ExportColumn, ExportLift, Header } from '../../shared/disciplines/discipline.ts';
import type { LiftValue } from '../../shared/state.ts';
import type { Language } from '../../shared/schemas/common.ts';

export type { Header };

// Column headers of every export, in the four languages; exports show two of them. A
// discipline's own columns (its results, its readings) come from its module.

export const H = {
  rank: { zh: '名次', kk: 'Орын', ru: 'Место', en: 'Rank' },
  bib: { zh: '号码', kk: 'Нөмір', ru: 'Номер', en: 'Bib' },
  operatorId: { zh: '选手编号', kk: 'Оператор ID', ru: 'ID оператора', en: 'Operator ID' },
  nameZh: { zh: '姓名（中文）', kk: 'Аты (қытайша)', ru: 'Имя (кит.)', en: 'Name (zh)' },
  nameKk: { zh: '姓名（哈萨克文）', kk: 'Аты (қазақша)', ru: 'Имя (каз.)', en: 'Name (kk)' },
  nameRu: { zh: '姓名（俄文）', kk: 'Аты (орысша)', ru: 'Имя (рус.)', en: 'Name (ru)' },
  nameEn: { zh: '姓名（英文）', kk: 'Аты (ағылшынша)', ru: 'Имя (англ.)', en: 'Name (en)' },
  operator: { zh: '选手', kk: 'Оператор', ru: 'Оператор', en: 'Operator' },
  team: { zh: '队伍', kk: 'Команда', ru: 'Команда', en: 'Team' },
  teamId: { zh: '队伍编号', kk: 'Команда ID', ru: 'ID команды', en: 'Team ID' },
  country: { zh: '国家', kk: 'Ел', ru: 'Страна', en: 'Country' },
  score: { zh: '得分', kk: 'Ұпай', ru: 'Очки', en: 'Score' },
  heat: { zh: '场次', kk: 'Кезең', ru: 'Заезд', en: 'Heat' },
  crane: { zh: '起重机', kk: 'Кран', ru: 'Кран', en: 'Crane' },
  index: { zh: '序号', kk: 'Реті', ru: '№', en: 'Index' },
  containerNo: { zh: '箱号', kk: 'Контейнер', ru: 'Контейнер', en: 'Container' },
  slot: { zh: '箱位', kk: 'Орын белгісі', ru: 'Ячейка', en: 'Slot' },
  voided: { zh: '作废', kk: 'Жойылды', ru: 'Аннулирован', en: 'Void' },
  disputed: { zh: '有争议', kk: 'Даулы', ru: 'Спорный', en: 'Disputed' },
  sources: { zh: '来源', kk: 'Дереккөз', ru: 'Источник', en: 'Sources' },
  seq: { zh: '序列', kk: 'Реттік', ru: 'Seq', en: 'Seq' },
  at: { zh: '时间', kk: 'Уақыты', ru: 'Время', en: 'Time' },
  type: { zh: '事件', kk: 'Оқиға', ru: 'Событие', en: 'Event' },
  actor: { zh: '操作者', kk: 'Орындаушы', ru: 'Кто', en: 'Actor' },
  summary: { zh: '内容', kk: 'Мазмұны', ru: 'Содержание', en: 'Summary' },
  hash: { zh: '哈希', kk: 'Хэш', ru: 'Хэш', en: 'Hash' },
} satisfies Record<string, Header>;

export const MARK = {
  PROVISIONAL: { zh: '临时成绩', kk: 'Алдын ала нәтиже', ru: 'Предварительные результаты', en: 'PROVISIONAL' },
  OFFICIAL: { zh: '正式成绩', kk: 'Ресми нәтиже', ru: 'Официальные результаты', en: 'OFFICIAL' },
} satisfies Record<string, Header>;

type Lift = ExportLift<LiftValue>;
const column = (header: Header, value: ExportColumn<Lift>['value']): ExportColumn<Lift> => ({ header, value });

/** The lift sheet's columns that every discipline has; its module puts them in order among its own. */
export const COMMON_LIFT_COLUMNS: CommonLiftColumns<LiftValue> = {
  heat: column(H.heat, ({ lift }) => lift.heatId),
  operatorId: column(H.operatorId, (row) => row.operatorId),
  bib: column(H.bib, (row) => row.bib),
  crane: column(H.crane, (row) => row.craneId),
  index: column(H.index, ({ lift }) => lift.index),
  containerNo: column(H.containerNo, ({ lift }) => lift.containerNo),
  slot: column(H.slot, ({ lift }) => lift.slot ?? ''),
  voided: column(H.voided, ({ lift }) => lift.voided),
  disputed: column(H.disputed, ({ lift }) => lift.disputed),
  sources: column(H.sources, ({ lift }) => Object.keys(lift.readings).sort().join('+')),
};

/** "名次 / Орын": a header in two languages, for spreadsheets. */
export const twoLanguages = (header: Header, a: Language = 'zh', b: Language = 'kk'): string => `${header[a]} / ${header[b]}`;
