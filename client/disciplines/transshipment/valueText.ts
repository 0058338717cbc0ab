import type { TransshipmentChange, TransshipmentValue } from '../../../shared/disciplines/transshipment/reading.ts';

// A move in words, for the tablet's list and history and the organizer's console.

/** "A3 → B7", or "moved" with no slots given. */
export const slotsText = (value: Pick<TransshipmentValue, 'fromSlot' | 'toSlot'>): string =>
  value.fromSlot || value.toSlot ? `${value.fromSlot || '?'} → ${value.toSlot || '?'}` : '✓';

/** "A3 → B7 · twistlock+damage". */
export const moveText = (value: TransshipmentValue): string =>
  [slotsText(value), value.penalties.length ? value.penalties.join('+') : ''].filter(Boolean).join(' · ');

/** What a correction changed. */
export function changeText(change: TransshipmentChange): string {
  const parts: string[] = [];
  if (change.fromSlot !== undefined || change.toSlot !== undefined) parts.push(slotsText(change));
  if (change.penalties !== undefined) parts.push(change.penalties.length ? change.penalties.join('+') : '—');
  return parts.join(' · ');
}
