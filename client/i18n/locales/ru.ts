import type { Labels } from './en.ts';

export const ru: Labels = {
  appName: 'Gauge',
  competitions: 'Соревнования',
  rank: 'Место',
  bib: 'Номер',
  operator: 'Оператор',
  team: 'Команда',
  lifts: 'Подъёмы',
  score: 'Очки',
  meanDeviation: 'Ср. откл.',
  penalties: 'Штрафы',
  teamDuel: 'Командная дуэль',
  ranking: 'Рейтинг',
  status: { setup: 'Не начато', running: 'В эфире', provisional: 'Предварительно', official: 'Официально' },
  connection: { connecting: 'Подключение…', online: 'В эфире', offline: 'Связь потеряна — переподключение' },
  noCompetitions: 'Соревнований пока нет',
  loading: 'Загрузка…',
};
