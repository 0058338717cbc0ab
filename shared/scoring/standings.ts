import { disciplineOf, type DisciplineResult } from '../disciplines/registry.ts';
import type { CompetitionState } from '../state.ts';
import { rankBy } from './ranking.ts';

/** An operator's ranked result: rank, operator, team, score and the discipline's own figures. */
export type OperatorStanding = DisciplineResult & { rank: number };

export interface TeamStanding {
  rank: number;
  teamId: string;
  score: number;
}

export interface Standings {
  operators: OperatorStanding[];
  teams: TeamStanding[];
}

type Unranked<T> = Omit<T, 'rank'>;

/** Standings by the competition's rule, with exact (unrounded) numbers. */
export function computeStandings(state: CompetitionState): Standings {
  const { rule } = state.setup;
  const discipline = disciplineOf(rule);
  const operators = discipline.operatorResults(state, rule);
  // A team's score is the mean over its operators who have a heat to lift in.
  const scheduled = new Set(Object.values(state.heats).map((h) => h.operatorId));
  const teams: Unranked<TeamStanding>[] = state.setup.teams.map((team) => {
    const members = operators.filter((o) => o.teamId === team.id && scheduled.has(o.operatorId));
    const score = members.length ? members.reduce((sum, o) => sum + o.score, 0) / members.length : 0;
    return { teamId: team.id, score };
  });
  return {
    operators: rankBy(operators, (o) => discipline.rankKeys(o)),
    teams: rankBy(teams, (t) => [{ value: t.score, higherIsBetter: true }]),
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Every number of a row to 2 decimals (counts and ranks are whole, so they stay as they are). */
function rounded<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? round2(value) : value])) as T;
}

/** The API's view: scores rounded to 2 decimals, ranks from the exact values. */
export function roundStandings(standings: Standings): Standings {
  return { operators: standings.operators.map(rounded), teams: standings.teams.map(rounded) };
}
