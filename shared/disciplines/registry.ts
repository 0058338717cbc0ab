import { z } from 'zod';
import { accounting } from './accounting/index.ts';
import { AccountingRule } from './accounting/rule.ts';
import type { AccountingResult } from './accounting/standings.ts';
import type { DisciplineModule } from './discipline.ts';
import { placement } from './placement/index.ts';
import type { PlacementChange, PlacementValue } from './placement/reading.ts';
import { PlacementRule } from './placement/rule.ts';
import type { PlacementResult } from './placement/standings.ts';
import { transshipment } from './transshipment/index.ts';
import type { TransshipmentChange, TransshipmentValue } from './transshipment/reading.ts';
import { TransshipmentRule } from './transshipment/rule.ts';
import type { TransshipmentResult } from './transshipment/standings.ts';

// Kind → discipline module. A new kind adds its module to MODULES and the rule union, and its
// types to the unions below; the reducer, standings, commands and exports reach it only
// through `disciplineOf`.

/**
 * A discipline's rule, told apart by `kind` (a rule without one is placement). Built from the
 * rule schemas themselves, not the modules: a module's types reach the state, whose setup
 * holds the rule.
 */
export const Rule = z.discriminatedUnion('kind', [PlacementRule, TransshipmentRule, AccountingRule], {
  // Names the kinds there are, as a literal's error would: `expected "placement"`.
  error: (issue) => (issue.code === 'invalid_union' ? `Invalid input: expected ${kinds().map((k) => `"${k}"`).join(' | ')}` : undefined),
});
export type Rule = z.infer<typeof Rule>;
export type DisciplineKind = Rule['kind'];

/** What a lift holds, whatever its discipline (accounting heats hold none). */
export type LiftValue = PlacementValue | TransshipmentValue;
/** What a correction may change, whatever its discipline. */
export type LiftChange = PlacementChange | TransshipmentChange;
/** An operator's result in a discipline, before ranking. */
export type DisciplineResult = PlacementResult | TransshipmentResult | AccountingResult;

/** A module seen from the core: its own types widened to every kind's. */
export type AnyDiscipline = DisciplineModule<Rule, LiftValue, LiftChange, DisciplineResult>;

// A module's functions are methods, so a module of one kind is an AnyDiscipline as it is. The
// rule picks the module, so the module's own types hold for that competition's lifts and results.
const MODULES: Record<DisciplineKind, AnyDiscipline> = { placement, transshipment, accounting };
/** The kinds Gauge knows (typed apart from MODULES, whose type the rule's depends on). */
const kinds = (): string[] => Object.keys(MODULES);

/** The module of a rule's kind. */
export function disciplineOf(rule: Pick<Rule, 'kind'>): AnyDiscipline {
  return MODULES[rule.kind];
}

/**
 * The placement reading fields of POST /lifts and of a correction, for callers that know
 * their competition is placement (the tablet's placement form). Transports parse a body with
 * its heat's discipline: `liftSubmissionFor(disciplineOf(rule))` in schemas/commands.ts.
 */
export const readingShape = placement.readingShape;
export const correctionShape = placement.correctionShape;
