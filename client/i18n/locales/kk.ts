import type { Labels } from './en.ts';

export const kk: Labels = {
  appName: 'Gauge',
  competitions: 'Жарыстар',
  rank: 'Орын',
  bib: 'Нөмір',
  operator: 'Оператор',
  team: 'Құрама',
  lifts: 'Көтеру',
  score: 'Ұпай',
  meanDeviation: 'Орт. ауытқу',
  penalties: 'Айыппұл',
  teamDuel: 'Құрамалар жекпе-жегі',
  ranking: 'Рейтинг',
  status: { setup: 'Басталған жоқ', running: 'Тікелей', provisional: 'Алдын ала', official: 'Ресми' },
  connection: { connecting: 'Қосылуда…', online: 'Тікелей', offline: 'Байланыс үзілді — қайта қосылуда' },
  noCompetitions: 'Жарыс әлі жоқ',
  loading: 'Жүктелуде…',
};
