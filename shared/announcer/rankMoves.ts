import { computeStandings, type Standings } from '../scoring/standings.ts';
import type { CompetitionState } from '../state.ts';

export interface RankMove {
  operatorId: string;
  /** Rank before the window and now; up is a smaller number. */
  rankBefore: number;
  rankNow: number;
  /** Places gained (+) or lost (−). */
  places: number;
  scoreBefore: number;
  scoreNow: number;
}

/**
 * Rank changes over the last `lifts` lifts: the standings now against the standings without
 * the `lifts` most recently changed lifts (by the time their value last changed). Kept simple
 * on purpose: it needs only the folded state, so it is right the moment the page opens, and
 * "over the last 10 lifts" is easy to say on air. A lift corrected inside the window counts
 * as new there (before the window it is left out, not taken at its old value). Biggest
 * moves first (places, then the better rank now). Left out: operators who did not move,
 * operators with no lift yet (they "fall" only because others start scoring: no story), and
 * everything while the window holds every lift so far (before it all shared first place at 0,
 * which is no ranking to move from).
 */
export function rankMoves(state: CompetitionState, lifts: number, now: Standings = computeStandings(state)): RankMove[] {
  const recent = Object.values(state.lifts)
    .filter((l) => !l.voided)
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.index - a.index)
    .slice(0, Math.max(0, lifts));
  const windowKeys = new Set(recent.map((l) => l.key));
  const earlier = Object.fromEntries(Object.entries(state.lifts).filter(([key]) => !windowKeys.has(key)));
  if (recent.length === 0 || !Object.values(earlier).some((l) => !l.voided)) return [];
  const before = new Map(computeStandings({ ...state, lifts: earlier }).operators.map((o) => [o.operatorId, o]));
  return now.operators
    .flatMap((row) => {
      const then = before.get(row.operatorId);
      if (!then || then.rank === row.rank || row.liftsCounted === 0) return [];
      return [{ operatorId: row.operatorId, rankBefore: then.rank, rankNow: row.rank, places: then.rank - row.rank, scoreBefore: then.score, scoreNow: row.score }];
    })
    .sort((a, b) => Math.abs(b.places) - Math.abs(a.places) || a.rankNow - b.rankNow);
}
