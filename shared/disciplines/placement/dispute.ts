import type { PlacementValue } from './reading.ts';

/** Two values further apart than the tolerance, or one dropped and one not. */
export function valuesDisagree(a: PlacementValue, b: PlacementValue, toleranceMm: number): boolean {
  if (a.dropped !== b.dropped) return true;
  return Math.hypot(a.dxMm - b.dxMm, a.dyMm - b.dyMm) > toleranceMm;
}
