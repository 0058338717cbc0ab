import type { PlacementValue } from './reading.ts';
import type { PlacementRule } from './rule.ts';

export const deviationMm = (value: Pick<PlacementValue, 'dxMm' | 'dyMm'>): number => Math.hypot(value.dxMm, value.dyMm);

export function penaltyPoints(rule: PlacementRule, penalties: readonly string[]): number {
  return penalties.reduce((sum, name) => sum + (Object.hasOwn(rule.penalties, name) ? (rule.penalties[name] as number) : 0), 0);
}

/**
 * liftScore = clamp(100 − max(0, deviation − fullMarksWithinMm) × pointsLostPerMm − penalties, 0, 100);
 * a dropped container scores 0.
 */
export function liftScore(rule: PlacementRule, value: PlacementValue): number {
  if (value.dropped) return 0;
  const lost = Math.max(0, deviationMm(value) - rule.fullMarksWithinMm) * rule.pointsLostPerMm;
  return Math.min(100, Math.max(0, 100 - lost - penaltyPoints(rule, value.penalties)));
}
