import { disciplineOfHeat } from '../disciplines/ofSetup.ts';
import { disciplineOf } from '../disciplines/registry.ts';
import type { Standings } from '../scoring/standings.ts';
import type { CompetitionState } from '../state.ts';
import { needFor, remainingLiftsOf, type Need } from './whatItTakes.ts';

/** The best single lift of the competition so far; the first to reach a score holds it. */
export interface BestLift {
  score: number;
  operatorId: string;
  heatId: string;
  index: number;
  at: string;
}

/** The best operator score so far (a running operator's score counts as it stands). */
export interface BestOperator {
  score: number;
  operatorId: string;
}

export interface Records {
  bestLift: BestLift | null;
  bestOperator: BestOperator | null;
}

/** Records of this competition from what the screen may show (a frozen board: as at the freeze). */
export function competitionRecords(state: CompetitionState, standings: Standings): Records {
  let bestLift: BestLift | null = null;
  for (const lift of Object.values(state.lifts)) {
    if (lift.voided) continue;
    const { rule } = disciplineOfHeat(state.setup, lift.heatId);
    const score = disciplineOf(rule).liftScore(rule, lift.value);
    if (score === null) continue; // a discipline that scores no single lift holds no lift record
    const operatorId = state.heats[lift.heatId]?.operatorId ?? '';
    const better = !bestLift || score > bestLift.score || (score === bestLift.score && lift.lastAt < bestLift.at);
    if (better) bestLift = { score, operatorId, heatId: lift.heatId, index: lift.index, at: lift.lastAt };
  }
  const top = [...standings.operators].sort((a, b) => b.score - a.score)[0];
  // Nobody holds a record of 0.
  const bestOperator = top && top.score > 0 ? { score: top.score, operatorId: top.operatorId } : null;
  return { bestLift: bestLift && bestLift.score > 0 ? bestLift : null, bestOperator };
}

export type LiftRecordChance = 'holds' | 'canBeat' | 'canOnlyEqual' | 'noLiftsLeft' | 'open';

export interface RecordsInReach {
  /**
   * One lift scoring above the record beats it: possible while a lift remains and the record
   * is below 100 (lift scores stop at 100, so a perfect record can only be equalled).
   */
  bestLift: LiftRecordChance;
  /** The best operator score, as a need on the remaining lifts; `holds` when it is theirs, `open` when nobody scored yet. */
  bestOperator: Need | 'holds' | 'open';
}

export function recordsInReach(records: Records, standings: Standings, operatorId: string): RecordsInReach | null {
  const me = standings.operators.find((o) => o.operatorId === operatorId);
  if (!me) return null;
  const remaining = remainingLiftsOf(me);
  const { bestLift, bestOperator } = records;
  const liftChance: LiftRecordChance = !bestLift
    ? 'open'
    : bestLift.operatorId === operatorId
      ? 'holds'
      : remaining === 0
        ? 'noLiftsLeft'
        : bestLift.score >= 100
          ? 'canOnlyEqual'
          : 'canBeat';
  const operatorChance = !bestOperator
    ? 'open'
    : bestOperator.operatorId === operatorId
      ? 'holds'
      : needFor(me.score, { id: bestOperator.operatorId, score: bestOperator.score }, me.liftsRequired ?? 0, remaining);
  return { bestLift: liftChance, bestOperator: operatorChance };
}
