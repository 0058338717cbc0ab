import { z } from 'zod';
import { text } from '../../schemas/common.ts';
import type { Rule } from '../registry.ts';

export const DEFAULT_PLACEMENT_RULE = {
  kind: 'placement',
  liftsPerHeat: 10,
  heatDurationS: 900,
  fullMarksWithinMm: 10,
  pointsLostPerMm: 0.5,
  penalties: { collision: 20, relanding: 10 },
  reconcileToleranceMm: 5,
  protestWindowMin: 30,
} as const;

const d = DEFAULT_PLACEMENT_RULE;

/** A rule may give only some numbers; the defaults fill the rest. A rule with no kind is a placement rule. */
export const PlacementRule = z.strictObject({
  kind: z.literal('placement').default('placement'),
  liftsPerHeat: z.number().int().min(1).max(1000).default(d.liftsPerHeat),
  heatDurationS: z.number().int().min(1).max(86_400).default(d.heatDurationS),
  fullMarksWithinMm: z.number().finite().min(0).max(10_000).default(d.fullMarksWithinMm),
  pointsLostPerMm: z.number().finite().min(0).max(100).default(d.pointsLostPerMm),
  penalties: z
    .record(text.regex(/^[a-z][a-z0-9_-]*$/), z.number().finite().min(0).max(100))
    .default({ ...d.penalties }),
  reconcileToleranceMm: z.number().finite().min(0).max(10_000).default(d.reconcileToleranceMm),
  protestWindowMin: z.number().int().min(0).max(7 * 24 * 60).default(d.protestWindowMin),
});
export type PlacementRule = z.infer<typeof PlacementRule>;

/** A competition's rule where only a placement one can be (the registry picked this module by it). */
export function placementRule(rule: Rule): PlacementRule {
  if (rule.kind === 'placement') return rule;
  throw new Error(`a ${rule.kind} rule is not a placement rule`);
}
