import { z } from 'zod';
import { checkContainerNo } from '../iso6346.ts';
import type { AnyDiscipline, LiftChange, LiftValue } from '../disciplines/registry.ts';
import { correctionShape, readingShape } from '../disciplines/registry.ts';
import type { LiftEnvelope } from '../events.ts';
import { clientId, isoTime, slug, text } from './common.ts';

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

/**
 * POST /lifts and lift:submit for a discipline: what every lift carries around the
 * discipline's reading fields. Penalty names and the index are checked against the rule by
 * the command.
 */
export const liftSubmissionOf = <Reading extends z.ZodRawShape>(reading: Reading) =>
  z.strictObject({
    id: clientId,
    heatId: slug,
    index: z.number().int().min(1),
    containerNo,
    slot: text.optional(),
    ...reading,
    cycleTimeS: z.number().finite().positive().max(86_400).optional(),
  });

/** A correction for a discipline: some of its reading's fields, and why. */
export const liftCorrectionOf = <Change extends z.ZodRawShape>(change: Change) => {
  const fields = Object.keys(change);
  const listed = fields.length > 1 ? `${fields.slice(0, -1).join(', ')} or ${fields.at(-1)}` : fields.join('');
  return z
    .strictObject({ id: clientId, ...change, reason: text })
    .refine((c) => fields.some((field) => (c as Record<string, unknown>)[field] !== undefined), `a correction must change ${listed}`);
};

export const LiftSubmission = liftSubmissionOf(readingShape);
export type LiftSubmission = z.infer<typeof LiftSubmission>;

export const LiftCorrection = liftCorrectionOf(correctionShape);
export type LiftCorrection = z.infer<typeof LiftCorrection>;

/** A lift submission of any discipline, as the command decides it. */
export type LiftBody = LiftEnvelope & LiftValue;
/** A correction of any discipline's lift. */
export type AnyLiftCorrection = { id: string; reason: string } & LiftChange;

type SubmissionSchema = ReturnType<typeof liftSubmissionOf>;
type CorrectionSchema = ReturnType<typeof liftCorrectionOf>;
const submissions = new Map<string, SubmissionSchema>();
const corrections = new Map<string, CorrectionSchema>();

/** POST /lifts for a heat of this discipline (schemas made once per kind). */
export function liftSubmissionFor(discipline: Pick<AnyDiscipline, 'kind' | 'readingShape'>): SubmissionSchema {
  const known = submissions.get(discipline.kind);
  if (known) return known;
  const schema = liftSubmissionOf(discipline.readingShape) as unknown as SubmissionSchema;
  submissions.set(discipline.kind, schema);
  return schema;
}

/** A correction of a lift of this discipline. */
export function liftCorrectionFor(discipline: Pick<AnyDiscipline, 'kind' | 'correctionShape'>): CorrectionSchema {
  const known = corrections.get(discipline.kind);
  if (known) return known;
  const schema = liftCorrectionOf(discipline.correctionShape) as unknown as CorrectionSchema;
  corrections.set(discipline.kind, schema);
  return schema;
}

const mark = z.number().finite().min(0).max(1000);

/** POST /answers: a value for a task with a key, the examiner's points for one without (the command checks which). */
export const AnswerSubmission = z.strictObject({
  id: clientId,
  heatId: slug,
  taskId: slug,
  value: z.number().finite().min(-1e12).max(1e12).optional(),
  points: mark.optional(),
});
export type AnswerSubmission = z.infer<typeof AnswerSubmission>;

/** POST /answers/:answerId/corrections: a new value or new points, and why. */
export const AnswerCorrection = z
  .strictObject({
    id: clientId,
    value: z.number().finite().min(-1e12).max(1e12).optional(),
    points: mark.optional(),
    reason: text,
  })
  .refine((c) => c.value !== undefined || c.points !== undefined, 'a correction must change value or points');
export type AnswerCorrection = z.infer<typeof AnswerCorrection>;

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

/** `refereeId` narrows the PIN check to one named referee; `devicePass` is the pass an earlier login on this device received. */
export const RefereeLogin = z.strictObject({ competitionId: slug, pin: z.string().max(40), refereeId: slug.optional(), devicePass: z.string().max(500).optional() });

/** POST /referee-logins/unlock: no fields (a strict empty body, so a stray one is a 400). */
export const PinUnlock = z.strictObject({});

export const Subscribe = z.strictObject({ competitionId: slug, since: z.number().int().min(0).optional() });

/** POST /protests: about an operator, a heat, or (neither given) the results as a whole. */
export const ProtestLodge = z.strictObject({ id: clientId, operatorId: slug.optional(), heatId: slug.optional(), reason: text });
export type ProtestLodge = z.infer<typeof ProtestLodge>;

export const ProtestResolve = z.strictObject({ id: clientId, decision: z.enum(['upheld', 'dismissed']), reason: text.optional() });
export type ProtestResolve = z.infer<typeof ProtestResolve>;
