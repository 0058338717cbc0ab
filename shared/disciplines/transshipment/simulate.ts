import { hashUnit } from '../placement/simulate.ts';
import type { TransshipmentValue } from './reading.ts';

// Container moves a crane station might report, for the simulator. Pure: the caller passes a
// seeded random source.

/** Seconds one move takes this operator, on average (a steady skill from the id). */
export const moveSecondsOf = (operatorId: string): number => 70 + Math.round(60 * hashUnit(`${operatorId}/moves`));

/** Rates per move: a twistlock left locked now and then, a rare misplacement, a very rare damage. */
const INCIDENTS: Record<string, number> = { twistlock: 0.06, misplaced: 0.03, damage: 0.005 };

/** One move: its penalties drawn by the rates above (unknown names 1 %), its slots by index. */
export function simulatedMove(random: () => number, index: number, penaltyNames: readonly string[]): TransshipmentValue {
  const penalties = penaltyNames.filter((name) => random() < (INCIDENTS[name] ?? 0.01));
  return { penalties, fromSlot: `SG-${index}`, toSlot: `BG-${index}` };
}
