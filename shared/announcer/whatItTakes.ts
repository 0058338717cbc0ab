import type { OperatorStanding, Standings } from '../scoring/standings.ts';

// What a running operator needs on the lifts still to come, as things stand now (the other
// operators' scores as they are; theirs may still change too).
//
// operatorScore = Σ liftScore / liftsRequired, and a lift never recorded counts 0, so with
// `remaining` lifts left and current score S, averaging x on them ends at
//   S + x × remaining / liftsRequired.
// To end strictly above a target T: x > (T − S) × liftsRequired / remaining.
//
// "Take the lead" (and reach a place, and the team lead) is read the safe way: strictly
// above the target's score. Level on score, the rank rule goes on to mean deviation and then
// completion time, which nobody can promise in advance; so a level score is not "there" yet
// (needs more than 0), and needing exactly 100 per lift is out of reach (only a tie).
//   needed < 0        → reached: even scoring 0 on every remaining lift keeps them above
//   0 ≤ needed < 100  → needs: average more than `needed` on the remaining lifts
//   needed ≥ 100      → out of reach
// Lift scores are 0..100, which is where those two bounds come from.

const MAX_LIFT_SCORE = 100;
/** The rank rule compares exact values with this tolerance; so do we. */
const EPSILON = 1e-9;

export type NeedKind = 'reached' | 'needs' | 'outOfReach';

export interface Need {
  kind: NeedKind;
  /** The average lift score needed on the remaining lifts, strictly exceeded (null: no lifts remain). */
  averageLiftScore: number | null;
  /** The score to beat and whose it is (an operator or a team); null when nobody stands in the way. */
  target: { id: string; score: number } | null;
}

export interface WhatItTakes {
  operatorId: string;
  score: number;
  remainingLifts: number;
  /** Strictly above every other operator's score. */
  lead: Need;
  /** Strictly above the third-best other operator: at most two can then be ahead. */
  podium: Need;
  /** The operator's team strictly above every other team; null when there is no other team. */
  teamLead: Need | null;
}

export const PODIUM_PLACES = 3;

/**
 * The need to move a score from `current` to strictly above `target` when each point of the
 * remaining lifts' average is worth `1 / pointsPerScore` of it (liftsRequired for an operator,
 * members × liftsRequired for a team mean).
 */
export function needFor(current: number, target: { id: string; score: number } | null, pointsPerScore: number, remainingLifts: number): Need {
  if (!target) return { kind: 'reached', averageLiftScore: null, target };
  const gap = target.score - current;
  if (remainingLifts <= 0) {
    return { kind: gap < -EPSILON ? 'reached' : 'outOfReach', averageLiftScore: null, target };
  }
  const needed = (gap * pointsPerScore) / remainingLifts;
  const kind: NeedKind = needed < -EPSILON ? 'reached' : needed >= MAX_LIFT_SCORE - EPSILON ? 'outOfReach' : 'needs';
  return { kind, averageLiftScore: Math.abs(needed) <= EPSILON ? 0 : needed, target };
}

const byScoreDesc = (a: OperatorStanding, b: OperatorStanding): number => b.score - a.score;

/** The lifts an operator still has to make over all their heats (recorded lifts, voided excluded, are done). */
export const remainingLiftsOf = (operator: Pick<OperatorStanding, 'liftsRequired' | 'liftsCounted'>): number =>
  Math.max(0, (operator.liftsRequired ?? 0) - (operator.liftsCounted ?? 0));

/** What it takes for one operator, from exact (unrounded) standings; null for an unknown operator. */
export function whatItTakes(standings: Standings, operatorId: string): WhatItTakes | null {
  const me = standings.operators.find((o) => o.operatorId === operatorId);
  if (!me) return null;
  const remaining = remainingLiftsOf(me);
  const others = standings.operators.filter((o) => o.operatorId !== operatorId).sort(byScoreDesc);
  const asTarget = (o: OperatorStanding | undefined) => (o ? { id: o.operatorId, score: o.score } : null);
  return {
    operatorId,
    score: me.score,
    remainingLifts: remaining,
    lead: needFor(me.score, asTarget(others[0]), me.liftsRequired ?? 0, remaining),
    podium: needFor(me.score, asTarget(others[PODIUM_PLACES - 1]), me.liftsRequired ?? 0, remaining),
    teamLead: teamNeed(standings, me, remaining),
  };
}

/**
 * team score = mean operator score of the team's operators with heats (n of them). The
 * operator's gain Δ moves the mean by Δ / n, so the team passes the best other team's score
 * U when Δ > (U − mean) × n, i.e. x > (U − mean) × n × liftsRequired / remaining.
 */
function teamNeed(standings: Standings, me: OperatorStanding, remaining: number): Need | null {
  const members = standings.operators.filter((o) => o.teamId === me.teamId && (o.liftsRequired ?? 0) > 0);
  const rivals = standings.teams.filter((t) => t.teamId !== me.teamId).sort((a, b) => b.score - a.score);
  const best = rivals[0];
  if (!best || members.length === 0) return null;
  const mean = members.reduce((sum, o) => sum + o.score, 0) / members.length;
  return needFor(mean, { id: best.teamId, score: best.score }, members.length * (me.liftsRequired ?? 0), remaining);
}
