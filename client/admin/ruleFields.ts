import type { DisciplineKind } from '../../shared/disciplines/registry.ts';

// A discipline's rule as a form: which numbers it has, their units and bounds (the same
// bounds as the zod schemas in shared/disciplines/*/rule.ts), and the check of one entry.

export type RuleUnit = 'mm' | 's' | 'min' | 'points' | 'pointsPerMm' | 'pointsPerS' | 'lifts' | 'containers';

export interface RuleNumber {
  key: string;
  unit: RuleUnit;
  integer: boolean;
  min: number;
  max: number;
  /** What the server fills in when the field is left empty. */
  fallback: number;
}

const DAY_S = 86_400;
const WEEK_MIN = 7 * 24 * 60;
const protestWindow: RuleNumber = { key: 'protestWindowMin', unit: 'min', integer: true, min: 0, max: WEEK_MIN, fallback: 30 };

export const RULE_NUMBERS: Record<DisciplineKind, RuleNumber[]> = {
  placement: [
    { key: 'liftsPerHeat', unit: 'lifts', integer: true, min: 1, max: 1000, fallback: 10 },
    { key: 'heatDurationS', unit: 's', integer: true, min: 1, max: DAY_S, fallback: 900 },
    { key: 'fullMarksWithinMm', unit: 'mm', integer: false, min: 0, max: 10_000, fallback: 10 },
    { key: 'pointsLostPerMm', unit: 'pointsPerMm', integer: false, min: 0, max: 100, fallback: 0.5 },
    { key: 'reconcileToleranceMm', unit: 'mm', integer: false, min: 0, max: 10_000, fallback: 5 },
    protestWindow,
  ],
  transshipment: [
    { key: 'containers', unit: 'containers', integer: true, min: 1, max: 1000, fallback: 6 },
    { key: 'timeLimitS', unit: 's', integer: true, min: 1, max: DAY_S, fallback: 1200 },
    { key: 'parTimeS', unit: 's', integer: false, min: 0, max: DAY_S, fallback: 600 },
    { key: 'pointsLostPerS', unit: 'pointsPerS', integer: false, min: 0, max: 100, fallback: 0.1 },
    { key: 'missingContainerS', unit: 's', integer: false, min: 0, max: DAY_S, fallback: 120 },
    protestWindow,
  ],
  accounting: [{ key: 'timeLimitS', unit: 's', integer: true, min: 1, max: DAY_S, fallback: 1800 }, protestWindow],
};

/** The kind's penalty table and its unit: points for placement, seconds for transshipment. */
export const PENALTY_TABLE: Record<DisciplineKind, { key: 'penalties' | 'penaltiesS'; unit: RuleUnit; max: number } | null> = {
  placement: { key: 'penalties', unit: 'points', max: 100 },
  transshipment: { key: 'penaltiesS', unit: 's', max: DAY_S },
  accounting: null,
};

/** Why an entry does not fit, as a message key with its values; null when it fits. */
export interface RuleProblem {
  key: 'number' | 'integer' | 'min' | 'max' | 'name' | 'duplicate' | 'required' | 'toleranceNeedsAnswer';
  values?: Record<string, number>;
}

/** One number as typed: '' is fine (the server's default), else a number within the bounds. */
export function checkNumber(spec: Pick<RuleNumber, 'integer' | 'min' | 'max'>, text: string): RuleProblem | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return { key: 'number' };
  if (spec.integer && !Number.isInteger(n)) return { key: 'integer' };
  if (n < spec.min) return { key: 'min', values: { min: spec.min } };
  if (n > spec.max) return { key: 'max', values: { max: spec.max } };
  return null;
}

export const PENALTY_NAME = /^[a-z][a-z0-9_-]*$/;
export const TASK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/i;

/** A penalty name or task id: required, of its pattern, once per table. */
export function checkName(name: string, others: readonly string[], pattern: RegExp = PENALTY_NAME): RuleProblem | null {
  if (!name) return { key: 'required' };
  if (!pattern.test(name)) return { key: 'name' };
  if (others.includes(name)) return { key: 'duplicate' };
  return null;
}
