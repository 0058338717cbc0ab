import type { AccountingResult } from '../disciplines/accounting/standings.ts';
import type { OperatorResult } from '../disciplines/discipline.ts';
import { disciplineState } from '../disciplines/disciplineState.ts';
import { disciplinesOf } from '../disciplines/ofSetup.ts';
import { overallResults, rankOverall } from '../disciplines/overall.ts';
import type { PlacementResult } from '../disciplines/placement/standings.ts';
import { disciplineOf, type DisciplineKind, type DisciplineResult } from '../disciplines/registry.ts';
import type { TransshipmentResult } from '../disciplines/transshipment/standings.ts';
import type { CompetitionState } from '../state.ts';
import { rankBy } from './ranking.ts';
import { memoByState } from '../memoByState.ts';

type KindFields<R> = Omit<R, keyof OperatorResult>;

/**
 * A row of the overall ranking (`standings.operators`): rank, operator, team, overall score
 * and the points of each discipline. With one discipline the score is that discipline's and the
 * row carries its figures too, exactly as before disciplines existed; with several, read the
 * figures from `standings.disciplines`.
 */
export type OperatorStanding = OperatorResult & { rank: number; disciplines: Record<string, number> } & Partial<
    KindFields<PlacementResult> & KindFields<TransshipmentResult> & KindFields<AccountingResult>
  >;

export interface TeamStanding {
  rank: number;
  teamId: string;
  score: number;
}

/** A row of one discipline's ranking: its points (0..100, what the overall weighs) and the kind's figures. */
export type DisciplineOperatorStanding = DisciplineResult & { rank: number; points: number };

export interface DisciplineStanding {
  disciplineId: string;
  kind: DisciplineKind;
  operators: DisciplineOperatorStanding[];
}

export interface Standings {
  operators: OperatorStanding[];
  teams: TeamStanding[];
  disciplines: DisciplineStanding[];
}

type Unranked<T> = Omit<T, 'rank'>;

/** Standings by the competition's disciplines, with exact (unrounded) numbers. */
/** Computed once per state (the store, the record badges and the duel all ask). */
export const computeStandings: (state: CompetitionState) => Standings = memoByState(standingsOf);

function standingsOf(state: CompetitionState): Standings {
  const list = disciplinesOf(state.setup);
  const results = new Map<string, DisciplineResult[]>();
  const disciplines: DisciplineStanding[] = list.map((d) => {
    const module = disciplineOf(d.rule);
    const own = module.operatorResults(disciplineState(state, d.id), d.rule);
    results.set(d.id, own);
    const ranked = rankBy(own, (o) => module.rankKeys(o)).map((o) => ({ ...o, points: o.score }));
    return { disciplineId: d.id, kind: d.kind, operators: ranked };
  });
  const overall = overallResults(state.setup.operators, list, results);
  // One discipline: the overall is that discipline's ranking, row for row, with the same figures.
  const operators: OperatorStanding[] =
    list.length === 1 && disciplines[0]
      ? disciplines[0].operators.map(({ points: _points, ...row }) => ({ ...row, disciplines: { [list[0]!.id]: row.score } }))
      : rankOverall(overall);
  // A team's score is the mean over its operators who have a heat to take part in.
  const scheduled = new Set(Object.values(state.heats).map((h) => h.operatorId));
  const teams: Unranked<TeamStanding>[] = state.setup.teams.map((team) => {
    const members = overall.filter((o) => o.teamId === team.id && scheduled.has(o.operatorId));
    const score = members.length ? members.reduce((sum, o) => sum + o.score, 0) / members.length : 0;
    return { teamId: team.id, score };
  });
  return { operators, teams: rankBy(teams, (t) => [{ value: t.score, higherIsBetter: true }]), disciplines };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Every number of a row to 2 decimals, the points of each discipline too (counts and ranks are whole). */
function rounded<T extends object>(row: T): T {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'number'
        ? round2(value)
        : key === 'disciplines' && value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value as Record<string, number>).map(([id, p]) => [id, round2(p)]))
          : value,
    ]),
  ) as T;
}

/** The API's view: scores rounded to 2 decimals, ranks from the exact values. */
export function roundStandings(standings: Standings): Standings {
  return {
    operators: standings.operators.map(rounded),
    teams: standings.teams.map(rounded),
    disciplines: standings.disciplines.map((d) => ({ ...d, operators: d.operators.map(rounded) })),
  };
}
