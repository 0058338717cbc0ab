import type { HeatState, LiftState } from '../../state.ts';
import type { TransshipmentValue } from './reading.ts';
import type { TransshipmentRule } from './rule.ts';

/** Seconds a move's penalties add. */
export function penaltySeconds(rule: TransshipmentRule, penalties: readonly string[]): number {
  return penalties.reduce((sum, name) => sum + (Object.hasOwn(rule.penaltiesS, name) ? (rule.penaltiesS[name] as number) : 0), 0);
}

export interface HeatTime {
  /** finishedAt − startedAt. */
  elapsedS: number;
  /** Penalty seconds of counted moves plus missingContainerS for each container not moved. */
  penaltyS: number;
  netTimeS: number;
  containersMoved: number;
}

/**
 * A finished heat's net time:
 * netTimeS = (finishedAt − startedAt) + Σ penalty seconds of counted lifts + missingContainerS × (containers − counted lifts).
 * Null for a heat not finished. `lifts` are the heat's lifts; voided ones do not count.
 */
export function heatTime(rule: TransshipmentRule, heat: HeatState, lifts: readonly LiftState<TransshipmentValue>[]): HeatTime | null {
  if (!heat.startedAt || !heat.finishedAt) return null;
  const counted = lifts.filter((l) => !l.voided);
  const elapsedS = (Date.parse(heat.finishedAt) - Date.parse(heat.startedAt)) / 1000;
  const missing = Math.max(0, rule.containers - counted.length);
  const penaltyS = counted.reduce((sum, l) => sum + penaltySeconds(rule, l.value.penalties), 0) + missing * rule.missingContainerS;
  return { elapsedS, penaltyS, netTimeS: elapsedS + penaltyS, containersMoved: counted.length };
}

/** points = clamp(100 − max(0, netTimeS − parTimeS) × pointsLostPerS, 0, 100). */
export function pointsFor(rule: TransshipmentRule, netTimeS: number): number {
  return Math.min(100, Math.max(0, 100 - Math.max(0, netTimeS - rule.parTimeS) * rule.pointsLostPerS));
}
