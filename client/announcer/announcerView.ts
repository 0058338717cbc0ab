import { rankMoves, type RankMove } from '../../shared/announcer/rankMoves.ts';
import { competitionRecords, recordsInReach, type Records, type RecordsInReach } from '../../shared/announcer/records.ts';
import { whatItTakes, type WhatItTakes } from '../../shared/announcer/whatItTakes.ts';
import type { OperatorStanding, Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState, HeatState, LiftState } from '../../shared/state.ts';
import { liftsOfHeat, runningHeats } from '../board/heatData.ts';

export interface RunningOperator {
  heat: HeatState;
  standing: OperatorStanding | undefined;
  /** Lifts done in this heat, withheld ones included. */
  heatLifts: number;
  /** Lifts of this heat recorded since the freeze (counted, values unknown here). */
  heatWithheld: number;
  last: LiftState | null;
  /** Lifts of this operator recorded since the freeze: their values (and so any figure) are unknown here. */
  withheld: number;
  takes: WhatItTakes | null;
  reach: RecordsInReach | null;
}

export interface AnnouncerView {
  running: RunningOperator[];
  records: Records;
  moves: RankMove[];
}

/**
 * Everything the commentator's screen says, from what the public may see: heat status from
 * `live` (a start is no result), lifts, standings and records from `shown` (frozen boards: the freeze).
 */
export function announcerView(live: CompetitionState, shown: CompetitionState, standings: Standings, movesWindow: number): AnnouncerView {
  const records = competitionRecords(shown, standings);
  const running = runningHeats(live).map((heat): RunningOperator => {
    const lifts = liftsOfHeat(shown, heat.id).sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.index - a.index);
    const ownHeats = Object.values(live.heats).filter((h) => h.operatorId === heat.operatorId);
    const withheld = ownHeats.reduce((sum, h) => sum + (live.withheldLifts?.[h.id] ?? 0), 0);
    const heatWithheld = live.withheldLifts?.[heat.id] ?? 0;
    return {
      heat,
      standing: standings.operators.find((o) => o.operatorId === heat.operatorId),
      heatLifts: lifts.length + heatWithheld,
      heatWithheld,
      last: lifts[0] ?? null,
      withheld,
      takes: withheld ? null : whatItTakes(standings, heat.operatorId),
      reach: withheld ? null : recordsInReach(records, standings, heat.operatorId),
    };
  });
  return { running, records, moves: rankMoves(shown, movesWindow, standings) };
}
