import { heatIdsOf } from '../../shared/disciplines/ofSetup.ts';
import type { CompetitionState } from '../../shared/state.ts';

// Before an operator has done anything, the standings still give them a rank (everyone tied
// on 0 shares 1st), which reads as "everyone is first". The board shows "—" until there is
// something to rank: a counted lift or answer, or a finished heat (a finished heat with
// nothing in it is a real 0).

/** The operators with a result in these heats (all heats for the overall ranking, else one discipline's). */
export function operatorsWithResults(state: CompetitionState, disciplineId?: string): Set<string> {
  const heatIds = new Set(disciplineId === undefined ? state.setup.heats.map((h) => h.id) : heatIdsOf(state.setup, disciplineId));
  const scored = new Set<string>();
  for (const lift of Object.values(state.lifts)) if (!lift.voided && heatIds.has(lift.heatId)) scored.add(lift.heatId);
  for (const answer of Object.values(state.answers)) if (heatIds.has(answer.heatId)) scored.add(answer.heatId);
  const operators = new Set<string>();
  for (const heat of Object.values(state.heats)) {
    if (!heatIds.has(heat.id)) continue;
    if (scored.has(heat.id) || heat.status === 'finished' || heat.status === 'confirmed') operators.add(heat.operatorId);
  }
  return operators;
}

/** The rank as the board prints it: "—" for an operator with nothing to rank yet. */
export const rankText = (rank: number, hasResult: boolean): string => (hasResult ? String(rank) : '—');
