import type { PlacementChange, PlacementValue } from '../../../shared/disciplines/placement/reading.ts';
import { deviationMm } from '../../../shared/disciplines/placement/score.ts';

// A placement reading in words, for the tablet and the organizer's console.

const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

/** "+3 / -4 mm": dx over dy, signed. */
export const offsetsText = (value: Pick<PlacementValue, 'dxMm' | 'dyMm'>): string => `${signed(value.dxMm)} / ${signed(value.dyMm)} mm`;

/** "dx +3 · dy -4 · collision+relanding · ⤓": what a reading gave or a correction changed. */
export function changeText(change: PlacementChange): string {
  const parts: string[] = [];
  if (change.dxMm !== undefined) parts.push(`dx ${signed(change.dxMm)}`);
  if (change.dyMm !== undefined) parts.push(`dy ${signed(change.dyMm)}`);
  if (change.penalties !== undefined) parts.push(change.penalties.length ? change.penalties.join('+') : '—');
  if (change.dropped) parts.push('⤓');
  return parts.join(' · ');
}

/** "dx 3 dy -4", as the console lists a disputed lift. */
export const consoleText = (value: PlacementValue): string => `dx ${value.dxMm} dy ${value.dyMm}`;

/** "dx 3 dy -4 (5.0 mm ⤓)": a reading offered to settle a dispute. */
export const settleText = (value: PlacementValue): string =>
  `${consoleText(value)} (${deviationMm(value).toFixed(1)} mm${value.dropped ? ' ⤓' : ''})`;

/** Settling takes the reading's landing and whether it dropped; penalties stay as they are. */
export const settleChange = (value: PlacementValue): PlacementChange => ({ dxMm: value.dxMm, dyMm: value.dyMm, dropped: value.dropped });
