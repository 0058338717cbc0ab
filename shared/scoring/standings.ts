import type { CompetitionState } from '../state.ts';
import { deviationMm, liftScore, penaltyPoints } from './placement.ts';
import { rankBy } from './ranking.ts';

export interface OperatorStanding {
  rank: number;
  operatorId: string;
  teamId: string;
  score: number;
  meanDeviationMm: number | null;
  liftsCounted: number;
  liftsRequired: number;
  penaltyPoints: number;
  completionTimeS: number | null;
}

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
  const operators = operatorResults(state);
  const rankedOperators = rankBy(operators, (o) => [
    { value: o.score, higherIsBetter: true },
    { value: o.meanDeviationMm, higherIsBetter: false },
    { value: o.completionTimeS, higherIsBetter: false },
  ]);
  const teams: Unranked<TeamStanding>[] = state.setup.teams.map((team) => {
    const members = operators.filter((o) => o.teamId === team.id && o.liftsRequired > 0);
    const score = members.length ? members.reduce((sum, o) => sum + o.score, 0) / members.length : 0;
    return { teamId: team.id, score };
  });
  return { operators: rankedOperators, teams: rankBy(teams, (t) => [{ value: t.score, higherIsBetter: true }]) };
}

function operatorResults(state: CompetitionState): Unranked<OperatorStanding>[] {
  const { rule } = state.setup;
  switch (rule.kind) {
    case 'placement':
      return state.setup.operators.map((operator) => {
        const heats = Object.values(state.heats).filter((h) => h.operatorId === operator.id);
        const heatIds = new Set(heats.map((h) => h.id));
        const counted = Object.values(state.lifts).filter((l) => heatIds.has(l.heatId) && !l.voided);
        const landed = counted.filter((l) => !l.value.dropped);
        const timed = heats.filter((h) => h.startedAt && h.finishedAt);
        const liftsRequired = rule.liftsPerHeat * heats.length;
        return {
          operatorId: operator.id,
          teamId: operator.teamId,
          // A lift never recorded counts 0: divide by what was required, not by what was done.
          score: liftsRequired ? counted.reduce((sum, l) => sum + liftScore(rule, l.value), 0) / liftsRequired : 0,
          meanDeviationMm: landed.length ? landed.reduce((sum, l) => sum + deviationMm(l.value), 0) / landed.length : null,
          liftsCounted: counted.length,
          liftsRequired,
          penaltyPoints: counted.reduce((sum, l) => sum + penaltyPoints(rule, l.value.penalties), 0),
          completionTimeS: timed.length
            ? timed.reduce((sum, h) => sum + (Date.parse(h.finishedAt as string) - Date.parse(h.startedAt as string)) / 1000, 0)
            : null,
        };
      });
  }
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const round2OrNull = (n: number | null): number | null => (n === null ? null : round2(n));

/** The API's view: scores rounded to 2 decimals, ranks from the exact values. */
export function roundStandings(standings: Standings): Standings {
  return {
    operators: standings.operators.map((o) => ({
      ...o,
      score: round2(o.score),
      meanDeviationMm: round2OrNull(o.meanDeviationMm),
      penaltyPoints: round2(o.penaltyPoints),
      completionTimeS: round2OrNull(o.completionTimeS),
    })),
    teams: standings.teams.map((t) => ({ ...t, score: round2(t.score) })),
  };
}
