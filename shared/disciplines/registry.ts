import { z } from 'zod';
import type { DisciplineModule } from './discipline.ts';
import { placement } from './placement/index.ts';
import type { PlacementChange, PlacementValue } from './placement/reading.ts';
import { PlacementRule } from './placement/rule.ts';
import type { PlacementResult } from './placement/standings.ts';

// Kind → discipline module. A new kind adds its module to MODULES and the rule union, and its
// types to the unions below; the reducer, standings, commands and exports reach it only
// through `disciplineOf`.

/**
 * A competition's rule: one discipline's, told apart by `kind` (a rule without one is
 * placement). Built from the rule schemas themselves, not the modules: a module's types
 * reach the state, whose setup holds the rule.
 */
export const Rule = z.discriminatedUnion('kind', [PlacementRule], {
  // Names the kinds there are, as a literal's error would: `expected "placement"`.
  error: (issue) => (issue.code === 'invalid_union' ? `Invalid input: expected ${kinds().map((k) => `"${k}"`).join(' | ')}` : undefined),
});
export type Rule = z.infer<typeof Rule>;
export type DisciplineKind = Rule['kind'];

/** What a lift holds, whatever its discipline. */
export type LiftValue = PlacementValue;
/** What a correction may change, whatever its discipline. */
export type LiftChange = PlacementChange;
/** An operator's result in a discipline, before ranking. */
export type DisciplineResult = PlacementResult;

/** A module seen from the core: its own types widened to every kind's. */
export type AnyDiscipline = DisciplineModule<Rule, LiftValue, LiftChange, DisciplineResult>;

// A module's functions are methods, so a module of one kind is an AnyDiscipline as it is. The
// rule picks the module, so the module's own types hold for that competition's lifts and results.
const MODULES: Record<DisciplineKind, AnyDiscipline> = { placement };
/** The kinds Gauge knows (typed apart from MODULES, whose type the rule's depends on). */
const kinds = (): string[] => Object.keys(MODULES);

/** The module of a rule's kind. */
export function disciplineOf(rule: Pick<Rule, 'kind'>): AnyDiscipline {
  return MODULES[rule.kind];
}

/**
 * The reading fields of POST /lifts and of a correction. Transports parse a body before they
 * look its competition up; with one kind that is enough. A second kind parses with
 * `liftSubmissionOf(disciplineOf(rule).readingShape)` once the competition is known.
 */
export const readingShape = placement.readingShape;
export const correctionShape = placement.correctionShape;
