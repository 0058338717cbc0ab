import type { CompetitionState, HeatState, LiftState, LiftValue } from '../../shared/state.ts';

/** A lift on the ticker; its discipline's view says what to show of its value. */
export interface TickerLift {
  key: string;
  heatId: string;
  operatorId: string;
  index: number;
  value: LiftValue;
  at: string;
}

/** Heats a referee has started and not finished, in schedule order. */
export const runningHeats = (state: CompetitionState): HeatState[] =>
  state.setup.heats.map((h) => state.heats[h.id]).filter((h): h is HeatState => h?.status === 'running');

export const liftsOfHeat = (state: CompetitionState, heatId: string): LiftState[] =>
  Object.values(state.lifts).filter((l) => l.heatId === heatId && !l.voided);

/** The latest lifts (by the time their value last changed), newest first, for the ticker. */
export function latestLifts(state: CompetitionState, count: number): TickerLift[] {
  // One pass keeping the newest `count` (a board redraws this on every event; sorting thousands was most of it).
  const newest: LiftState[] = [];
  const newer = (a: LiftState, b: LiftState) => a.lastAt > b.lastAt || (a.lastAt === b.lastAt && a.index > b.index);
  for (const lift of Object.values(state.lifts)) {
    if (lift.voided) continue;
    const last = newest.at(-1);
    if (newest.length === count && last && !newer(lift, last)) continue;
    let at = newest.length;
    while (at > 0 && newer(lift, newest[at - 1] as LiftState)) at--;
    newest.splice(at, 0, lift);
    if (newest.length > count) newest.pop();
  }
  const heats = state.heats;
  return newest.map((l) => ({
    key: l.key,
    heatId: l.heatId,
    operatorId: heats[l.heatId]?.operatorId ?? '',
    index: l.index,
    value: l.value,
    at: l.lastAt,
  }));
}
