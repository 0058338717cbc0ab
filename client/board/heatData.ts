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
  const heats = state.heats;
  return Object.values(state.lifts)
    .filter((l) => !l.voided)
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.index - a.index)
    .slice(0, count)
    .map((l) => ({
      key: l.key,
      heatId: l.heatId,
      operatorId: heats[l.heatId]?.operatorId ?? '',
      index: l.index,
      value: l.value,
      at: l.lastAt,
    }));
}
