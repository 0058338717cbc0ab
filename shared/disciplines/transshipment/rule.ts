import { z } from 'zod';
import { text } from '../../schemas/common.ts';

export const DEFAULT_TRANSSHIPMENT_RULE = {
  kind: 'transshipment',
  containers: 6,
  timeLimitS: 1200,
  parTimeS: 600,
  pointsLostPerS: 0.1,
  penaltiesS: { twistlock: 30, misplaced: 20, damage: 60 },
  missingContainerS: 120,
  protestWindowMin: 30,
} as const;

const d = DEFAULT_TRANSSHIPMENT_RULE;

/** Moving a train's containers from one gauge to the other: time decides, penalties and missing containers add seconds. */
export const TransshipmentRule = z.strictObject({
  kind: z.literal('transshipment'),
  containers: z.number().int().min(1).max(1000).default(d.containers),
  timeLimitS: z.number().int().min(1).max(86_400).default(d.timeLimitS),
  parTimeS: z.number().finite().min(0).max(86_400).default(d.parTimeS),
  pointsLostPerS: z.number().finite().min(0).max(100).default(d.pointsLostPerS),
  penaltiesS: z
    .record(text.regex(/^[a-z][a-z0-9_-]*$/), z.number().finite().min(0).max(86_400))
    .default({ ...d.penaltiesS }),
  missingContainerS: z.number().finite().min(0).max(86_400).default(d.missingContainerS),
  protestWindowMin: z.number().int().min(0).max(7 * 24 * 60).default(d.protestWindowMin),
});
export type TransshipmentRule = z.infer<typeof TransshipmentRule>;
