// The rule form's checks: what an organizer may type in a field, with the schema's bounds.
import { describe, expect, it } from 'vitest';
import { checkName, checkNumber, RULE_NUMBERS, TASK_ID } from '../../client/admin/ruleFields.ts';
import { DEFAULT_PLACEMENT_RULE, PlacementRule } from '../../shared/disciplines/placement/rule.ts';
import { DEFAULT_TRANSSHIPMENT_RULE } from '../../shared/disciplines/transshipment/rule.ts';

const lifts = RULE_NUMBERS.placement.find((s) => s.key === 'liftsPerHeat')!;
const pointsPerMm = RULE_NUMBERS.placement.find((s) => s.key === 'pointsLostPerMm')!;

describe('a rule number as typed', () => {
  it.each([
    ['empty: the server fills the default', lifts, '', null],
    ['ten lifts', lifts, '10', null],
    ['no lifts at all', lifts, '0', { key: 'min', values: { min: 1 } }],
    ['half a lift', lifts, '2.5', { key: 'integer' }],
    ['more than the schema allows (1000)', lifts, '1001', { key: 'max', values: { max: 1000 } }],
    ['not a number', lifts, 'abc', { key: 'number' }],
    ['half a point per mm', pointsPerMm, '0.5', null],
    ['a negative deduction', pointsPerMm, '-1', { key: 'min', values: { min: 0 } }],
  ])('%s', (_, spec, text, problem) => {
    expect(checkNumber(spec, text)).toEqual(problem);
  });

  it("the fields' fallbacks are the shared defaults, and the schema takes every bound the form allows", () => {
    for (const spec of RULE_NUMBERS.placement) expect(spec.fallback).toBe(DEFAULT_PLACEMENT_RULE[spec.key as keyof typeof DEFAULT_PLACEMENT_RULE]);
    for (const spec of RULE_NUMBERS.transshipment) expect(spec.fallback).toBe(DEFAULT_TRANSSHIPMENT_RULE[spec.key as keyof typeof DEFAULT_TRANSSHIPMENT_RULE]);
    for (const spec of RULE_NUMBERS.placement) {
      expect(PlacementRule.safeParse({ [spec.key]: spec.min }).success, `${spec.key} min`).toBe(true);
      expect(PlacementRule.safeParse({ [spec.key]: spec.max }).success, `${spec.key} max`).toBe(true);
      expect(PlacementRule.safeParse({ [spec.key]: spec.max + 1 }).success, `${spec.key} over`).toBe(false);
    }
  });
});

describe('a penalty name or task id', () => {
  it.each([
    ['collision', [], undefined, null],
    ['', [], undefined, { key: 'required' }],
    ['Collision', [], undefined, { key: 'name' }],
    ['collision', ['collision'], undefined, { key: 'duplicate' }],
    ['T1', [], TASK_ID, null],
    ['t 1', [], TASK_ID, { key: 'name' }],
  ] as const)('%s after %j', (name, others, pattern, problem) => {
    expect(checkName(name, others, pattern)).toEqual(problem);
  });
});
