import type { Labels } from './en.ts';

export const zh: Labels = {
  appName: 'Gauge',
  competitions: '比赛',
  rank: '名次',
  bib: '号码',
  operator: '选手',
  team: '队伍',
  lifts: '吊装',
  score: '得分',
  meanDeviation: '平均偏差',
  penalties: '罚分',
  teamDuel: '团体对抗',
  ranking: '排名',
  status: { setup: '未开始', running: '进行中', provisional: '临时成绩', official: '正式成绩' },
  connection: { connecting: '连接中…', online: '实时', offline: '连接中断，正在重连' },
  noCompetitions: '暂无比赛',
  loading: '加载中…',
};
