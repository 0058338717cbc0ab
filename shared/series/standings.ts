import type { LocalizedName } from '../schemas/common.ts';
import { rankBy } from '../scoring/ranking.ts';
import { computeStandings } from '../scoring/standings.ts';
import type { CompetitionState } from '../state.ts';
import type { SeriesRound } from './schema.ts';

/** One source of a round as the standings need it: its competition as the public may know it (null: nothing yet). */
export interface RoundSourceInput {
  competitionId: string;
  url?: string;
  state: CompetitionState | null;
}

export interface SeriesOperator {
  rank: number;
  competitionId: string;
  operatorId: string;
  teamId: string;
  /** The team's country: teams of a round are compared across sources by country (CN, KZ). */
  country: string;
  personId?: string;
  bib: string;
  name: LocalizedName;
  /** The operator's overall score in their own competition. */
  score: number;
}

export interface SeriesTeam {
  rank: number;
  /** The country code: every source's CN team counts towards CN. */
  teamId: string;
  score: number;
  operators: number;
}

export interface SeriesVenue {
  rank: number;
  competitionId: string;
  score: number;
  operators: number;
}

export interface Advancing {
  competitionId: string;
  operatorId: string;
  teamId: string;
  /** Rank in their own competition (ties at the cut all advance). */
  rank: number;
  /** True until that source's results are official. */
  provisional: boolean;
}

export interface RoundStandings {
  operators: SeriesOperator[];
  teams: SeriesTeam[];
  venues: SeriesVenue[];
  advancing: Advancing[];
}

const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const higher = (value: number) => [{ value, higherIsBetter: true }];

/**
 * A round across its sources, exact numbers: operators ranked together by their score in their
 * own competition, teams by country and venues by the mean of their operators, and the best
 * `perSource` of each source advancing. Only operators with a heat count (as for team scores).
 */
export function roundStandings(round: Pick<SeriesRound, 'advance'>, sources: readonly RoundSourceInput[]): RoundStandings {
  const operators: Omit<SeriesOperator, 'rank'>[] = [];
  const venues: Omit<SeriesVenue, 'rank'>[] = [];
  const advancing: Advancing[] = [];
  for (const source of sources) {
    if (!source.state) continue;
    const { setup, heats, status } = source.state;
    const scheduled = new Set(Object.values(heats).map((h) => h.operatorId));
    const country = new Map(setup.teams.map((t) => [t.id, t.country]));
    const byId = new Map(setup.operators.map((o) => [o.id, o]));
    const ranked = computeStandings(source.state).operators.filter((o) => scheduled.has(o.operatorId));
    for (const row of ranked) {
      const operator = byId.get(row.operatorId);
      operators.push({
        competitionId: source.competitionId,
        operatorId: row.operatorId,
        teamId: row.teamId,
        country: country.get(row.teamId) ?? row.teamId,
        ...(operator?.personId ? { personId: operator.personId } : {}),
        bib: operator?.bib ?? '',
        name: operator?.name ?? { en: row.operatorId },
        score: row.score,
      });
    }
    if (ranked.length) venues.push({ competitionId: source.competitionId, score: mean(ranked.map((o) => o.score)), operators: ranked.length });
    const perSource = round.advance?.perSource;
    if (perSource === undefined) continue;
    // Competition ranks are shared on a tie (1, 2, 2, 4), so `rank ≤ perSource` takes everyone tied at the cut.
    for (const row of ranked) {
      if (row.rank <= perSource) advancing.push({ competitionId: source.competitionId, operatorId: row.operatorId, teamId: row.teamId, rank: row.rank, provisional: status !== 'official' });
    }
  }
  const countries = [...new Set(operators.map((o) => o.country))];
  const teams = countries.map((teamId) => {
    const members = operators.filter((o) => o.country === teamId);
    return { teamId, score: mean(members.map((o) => o.score)), operators: members.length };
  });
  return {
    operators: rankBy(operators, (o) => higher(o.score)),
    teams: rankBy(teams, (t) => higher(t.score)),
    venues: rankBy(venues, (v) => higher(v.score)),
    advancing,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The API's view: scores to 2 decimals, ranks from the exact values. */
export function roundedRoundStandings(standings: RoundStandings): RoundStandings {
  return {
    operators: standings.operators.map((o) => ({ ...o, score: round2(o.score) })),
    teams: standings.teams.map((t) => ({ ...t, score: round2(t.score) })),
    venues: standings.venues.map((v) => ({ ...v, score: round2(v.score) })),
    advancing: standings.advancing,
  };
}
