import { z } from 'zod';
import { checkContainerNo } from '../iso6346.ts';
import { clientId, isoTime, offsetMm, slug, text } from './common.ts';

const penaltyList = z
  .array(text)
  .max(20)
  .refine((list) => new Set(list).size === list.length, 'a penalty may be named once');

const containerNo = z.string().max(40).transform((input, ctx) => {
  const check = checkContainerNo(input);
  if (check.ok) return check.normalized;
  ctx.addIssue({
    code: 'custom',
    message:
      check.reason === 'format'
        ? 'must be an ISO 6346 container number like CSQU3054383'
        : `wrong ISO 6346 check digit (expected ${check.expectedDigit})`,
  });
  return z.NEVER;
});

/** POST /lifts and lift:submit. Penalty names are checked against the rule by the command. */
export const LiftSubmission = z.strictObject({
  id: clientId,
  heatId: slug,
  index: z.number().int().min(1),
  containerNo,
  slot: text.optional(),
  dxMm: offsetMm,
  dyMm: offsetMm,
  penalties: penaltyList.default([]),
  dropped: z.boolean().default(false),
  cycleTimeS: z.number().finite().positive().max(86_400).optional(),
});
export type LiftSubmission = z.infer<typeof LiftSubmission>;

export const LiftCorrection = z
  .strictObject({
    id: clientId,
    dxMm: offsetMm.optional(),
    dyMm: offsetMm.optional(),
    penalties: penaltyList.optional(),
    dropped: z.boolean().optional(),
    reason: text,
  })
  .refine(
    (c) => c.dxMm !== undefined || c.dyMm !== undefined || c.penalties !== undefined || c.dropped !== undefined,
    'a correction must change dxMm, dyMm, penalties or dropped',
  );
export type LiftCorrection = z.infer<typeof LiftCorrection>;

export const LiftVoid = z.strictObject({ id: clientId, reason: text });
export type LiftVoid = z.infer<typeof LiftVoid>;

/** start / finish / confirm: the device's time of the act, and an optional id for safe retries. */
export const HeatAction = z.strictObject({ id: clientId.optional(), at: isoTime.optional() });
export type HeatAction = z.infer<typeof HeatAction>;

export const HeatReopen = z.strictObject({ id: clientId.optional(), reason: text });
export type HeatReopen = z.infer<typeof HeatReopen>;

export const SignOff = z.strictObject({ id: clientId.optional() });

/** POST /stations/:craneId/key takes no body; anything in it is refused rather than ignored. */
export const StationKeyReset = z.strictObject({});

export const RefereeLogin = z.strictObject({ competitionId: slug, pin: z.string().max(40) });

export const Subscribe = z.strictObject({ competitionId: slug, since: z.number().int().min(0).optional() });

/** POST /protests: about an operator, a heat, or (neither given) the results as a whole. */
export const ProtestLodge = z.strictObject({ id: clientId, operatorId: slug.optional(), heatId: slug.optional(), reason: text });
export type ProtestLodge = z.infer<typeof ProtestLodge>;

export const ProtestResolve = z.strictObject({ id: clientId, decision: z.enum(['upheld', 'dismissed']), reason: text.optional() });
export type ProtestResolve = z.infer<typeof ProtestResolve>;
