// A preliminary at the size of a real contest: 30 Chinese and 30 Kazakh operators, six cranes a
// side, one heat each (heat i on its side's crane i mod 6), and names as long as real ones in all
// four scripts (Kazakh patronymics, Russian ones, compound Chinese and English names).
import { readFileSync } from 'node:fs';

export const LONG_NAMES = {
  zh: '欧阳娜娜·阿不都热合曼·买买提',
  kk: 'Сұлтанбаев Бауыржан Бақытжанұлы',
  ru: 'Константинопольский Александр Владимирович',
  en: 'Maximilian Featherstonehaugh-Worthington III',
};

const CN_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '皇甫', '令狐'];
const CN_GIVEN = ['建国', '海涛', '晓燕', '志强', '丽娜'];
const KZ_SURNAMES = ['Сұлтанбаев', 'Жұмабеков', 'Нұрмағамбетов', 'Құдайбергенов', 'Әбдірахманов', 'Тілеубердиев'];
const KZ_GIVEN: [kk: string, father: string][] = [
  ['Бауыржан', 'Бақытжанұлы'],
  ['Ерлан', 'Серікұлы'],
  ['Айдос', 'Қайратұлы'],
  ['Дәурен', 'Мұратұлы'],
  ['Нұрлан', 'Ғаниұлы'],
];

export interface BigContest {
  document: Record<string, unknown> & { id: string; refereePin: string; heats: { id: string; operatorId: string; craneId: string }[] };
  operatorIds: string[];
}

/** 60 operators (cn-1..30, kz-1..30), 12 cranes, heats h-cn-1.. and h-kz-1.. in operator order. */
export function bigContest(id: string, refereePin = '2468'): BigContest {
  const demo = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const operators: Record<string, unknown>[] = [];
  const cranes: Record<string, unknown>[] = [];
  const heats: { id: string; operatorId: string; craneId: string }[] = [];
  for (let c = 1; c <= 6; c++) {
    cranes.push({ id: `cn-bridge-${c}`, kind: 'bridge', teamId: 'CN', name: { zh: `${c}号桥吊`, kk: `№${c} көпірлі кран`, ru: `Мостовой кран №${c}`, en: `Bridge crane ${c}` } });
    cranes.push({ id: `kz-gantry-${c}`, kind: 'gantry', teamId: 'KZ', name: { zh: `${c}号龙门吊`, kk: `№${c} қақпалы кран`, ru: `Козловой кран №${c}`, en: `Gantry crane ${c}` } });
  }
  for (let i = 1; i <= 30; i++) {
    // The first of each side carries the longest names of all; the rest are long and realistic.
    const zh = i === 1 ? LONG_NAMES.zh : `${CN_SURNAMES[i % 6]}${CN_GIVEN[i % 5]}${i}`;
    const en = i === 1 ? LONG_NAMES.en : `Chinese operator ${i}`;
    operators.push({ id: `cn-${i}`, teamId: 'CN', bib: String(100 + i), name: { zh, kk: `${zh} (ҚХР)`, ru: i === 1 ? LONG_NAMES.ru : `Оператор Китая ${i}`, en } });
    const [given, father] = KZ_GIVEN[i % 5]!;
    const kk = i === 1 ? LONG_NAMES.kk : `${KZ_SURNAMES[i % 6]} ${given} ${father} ${i}`;
    operators.push({ id: `kz-${i}`, teamId: 'KZ', bib: String(200 + i), name: { zh: i === 1 ? LONG_NAMES.zh : `哈萨克斯坦选手${i}号`, kk, ru: i === 1 ? LONG_NAMES.ru : kk, en: i === 1 ? LONG_NAMES.en : `Kazakh operator ${i}` } });
  }
  for (let i = 1; i <= 30; i++) {
    heats.push({ id: `h-cn-${i}`, operatorId: `cn-${i}`, craneId: `cn-bridge-${((i - 1) % 6) + 1}` });
    heats.push({ id: `h-kz-${i}`, operatorId: `kz-${i}`, craneId: `kz-gantry-${((i - 1) % 6) + 1}` });
  }
  const document = { ...demo, id, refereePin, operators, cranes, heats };
  return { document, operatorIds: operators.map((o) => o.id as string) };
}
