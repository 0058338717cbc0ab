import type { HeatPlan } from '../schemas/setup.ts';
import type { AccountingRule } from './accounting/rule.ts';
import type { Rule } from './registry.ts';
import type { DisciplineSpec } from './spec.ts';

// A setup's disciplines, whichever form it was written in: `rule` (one discipline, id its kind,
// e.g. `placement`, weight 1: every setup written before disciplines existed) or `disciplines`.

/** One discipline of a competition. */
export interface Discipline {
  id: string;
  kind: Rule['kind'];
  name?: DisciplineSpec['name'];
  weight: number;
  rule: Rule;
}

/** What the helpers need of a setup (the parsed setup and the tablet's draft both have it). */
export interface SetupDisciplines {
  rule?: Rule;
  disciplines?: readonly DisciplineSpec[];
  heats: readonly Pick<HeatPlan, 'id' | 'disciplineId'>[];
}

const cache = new WeakMap<object, Discipline[]>();

/** Every discipline of the setup, in order; a `rule` setup has one, with id its kind. */
export function disciplinesOf(setup: SetupDisciplines): Discipline[] {
  const known = cache.get(setup);
  if (known) return known;
  const list: Discipline[] = setup.disciplines
    ? setup.disciplines.map((d) => ({ id: d.id, kind: d.kind, ...(d.name ? { name: d.name } : {}), weight: d.weight, rule: d.rule as Rule }))
    : setup.rule
      ? [{ id: setup.rule.kind, kind: setup.rule.kind, weight: 1, rule: setup.rule }]
      : [];
  cache.set(setup, list);
  return list;
}

export function disciplineById(setup: SetupDisciplines, disciplineId: string): Discipline | undefined {
  return disciplinesOf(setup).find((d) => d.id === disciplineId);
}

/** The discipline a heat belongs to: the one it names, or the only one. */
export function disciplineOfHeat(setup: SetupDisciplines, heatId: string): Discipline {
  const list = disciplinesOf(setup);
  const named = setup.heats.find((h) => h.id === heatId)?.disciplineId;
  const discipline = named === undefined ? list[0] : list.find((d) => d.id === named);
  if (!discipline) throw new Error(`no discipline for heat ${heatId}`);
  return discipline;
}

/** The rule a heat is judged by. */
export const ruleOfHeat = (setup: SetupDisciplines, heatId: string): Rule => disciplineOfHeat(setup, heatId).rule;

/** The heats of a discipline, by id. */
export function heatIdsOf(setup: SetupDisciplines, disciplineId: string): string[] {
  const list = disciplinesOf(setup);
  return setup.heats.filter((h) => (h.disciplineId ?? list[0]?.id) === disciplineId).map((h) => h.id);
}

/** Protest window of the competition: the longest its disciplines ask for. */
export const protestWindowMin = (setup: SetupDisciplines): number => Math.max(0, ...disciplinesOf(setup).map((d) => d.rule.protestWindowMin));

/** An accounting rule, for a caller whose discipline kind said so. */
export function accountingRule(rule: Rule): AccountingRule {
  if (rule.kind === 'accounting') return rule;
  throw new Error(`a ${rule.kind} rule is not an accounting rule`);
}
