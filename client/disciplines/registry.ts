import { ruleOfHeat, type SetupDisciplines } from '../../shared/disciplines/ofSetup.ts';
import type { DisciplineKind, DisciplineResult, LiftChange, LiftValue, Rule } from '../../shared/disciplines/registry.ts';
import { accountingView } from './accounting/index.ts';
import type { DisciplineView } from './discipline.ts';
import { placementView } from './placement/index.ts';
import { transshipmentView } from './transshipment/index.ts';

// Kind → what the screens show of that discipline; the client's side of shared/disciplines/registry.ts.

/** A view seen from the screens: its own types widened to every kind's. */
export type AnyDisciplineView = DisciplineView<Rule, LiftValue, LiftChange, DisciplineResult>;

const VIEWS = { placement: placementView, transshipment: transshipmentView, accounting: accountingView } satisfies Record<DisciplineKind, unknown>;

/** The view of a rule's kind; the rule picks it, so its own types hold for that competition. */
export function disciplineView(rule: Pick<Rule, 'kind'>): AnyDisciplineView {
  return VIEWS[rule.kind] as unknown as AnyDisciplineView;
}

/** A heat's rule and the view of its kind. */
export function heatDiscipline(setup: SetupDisciplines, heatId: string): { rule: Rule; view: AnyDisciplineView } {
  const rule = ruleOfHeat(setup, heatId);
  return { rule, view: disciplineView(rule) };
}
