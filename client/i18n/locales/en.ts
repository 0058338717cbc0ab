export const en = {
  appName: 'Gauge',
  competitions: 'Competitions',
  rank: 'Rank',
  bib: 'Bib',
  operator: 'Operator',
  team: 'Team',
  lifts: 'Lifts',
  score: 'Score',
  meanDeviation: 'Mean dev.',
  penalties: 'Penalties',
  teamDuel: 'Team duel',
  ranking: 'Ranking',
  status: { setup: 'Not started', running: 'Live', provisional: 'Provisional', official: 'Official' },
  connection: { connecting: 'Connecting…', online: 'Live', offline: 'Connection lost — reconnecting' },
  noCompetitions: 'No competitions yet',
  loading: 'Loading…',
};
export type Labels = typeof en;
