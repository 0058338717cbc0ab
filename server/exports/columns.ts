import type { Language } from '../../shared/schemas/common.ts';

/** Column headers of every export, in the four languages; exports show two of them. */
export type Header = Record<Language, string>;

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
  meanDeviationMm: { zh: '平均偏差 mm', kk: 'Орташа ауытқу, мм', ru: 'Ср. отклонение, мм', en: 'Mean deviation mm' },
  lifts: { zh: '吊次', kk: 'Көтерулер', ru: 'Подъёмы', en: 'Lifts' },
  liftsRequired: { zh: '应吊次', kk: 'Қажет', ru: 'Требуется', en: 'Lifts required' },
  penaltyPoints: { zh: '罚分', kk: 'Айыппұл', ru: 'Штраф', en: 'Penalty points' },
  completionTimeS: { zh: '用时 s', kk: 'Уақыт, с', ru: 'Время, с', en: 'Completion time s' },
  heat: { zh: '场次', kk: 'Кезең', ru: 'Заезд', en: 'Heat' },
  crane: { zh: '起重机', kk: 'Кран', ru: 'Кран', en: 'Crane' },
  index: { zh: '序号', kk: 'Реті', ru: '№', en: 'Index' },
  containerNo: { zh: '箱号', kk: 'Контейнер', ru: 'Контейнер', en: 'Container' },
  slot: { zh: '箱位', kk: 'Орын белгісі', ru: 'Ячейка', en: 'Slot' },
  dxMm: { zh: 'dx mm', kk: 'dx мм', ru: 'dx мм', en: 'dx mm' },
  dyMm: { zh: 'dy mm', kk: 'dy мм', ru: 'dy мм', en: 'dy mm' },
  deviationMm: { zh: '偏差 mm', kk: 'Ауытқу, мм', ru: 'Отклонение, мм', en: 'Deviation mm' },
  penalties: { zh: '罚则', kk: 'Айыптар', ru: 'Штрафы', en: 'Penalties' },
  dropped: { zh: '掉箱', kk: 'Құлады', ru: 'Уронен', en: 'Dropped' },
  voided: { zh: '作废', kk: 'Жойылды', ru: 'Аннулирован', en: 'Void' },
  disputed: { zh: '有争议', kk: 'Даулы', ru: 'Спорный', en: 'Disputed' },
  sources: { zh: '来源', kk: 'Дереккөз', ru: 'Источник', en: 'Sources' },
  liftScore: { zh: '单吊得分', kk: 'Көтеру ұпайы', ru: 'Очки подъёма', en: 'Lift score' },
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

/** "名次 / Орын": a header in two languages, for spreadsheets. */
export const twoLanguages = (header: Header, a: Language = 'zh', b: Language = 'kk'): string => `${header[a]} / ${header[b]}`;
