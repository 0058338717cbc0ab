import type { DisciplineKind, DisciplineResult, LiftChange, LiftValue, Rule } from '../../shared/disciplines/registry.ts';
import type { DisciplineView } from './discipline.ts';
import { placementView } from './placement/index.ts';

// Kind → what the screens show of that discipline; the client's side of shared/disciplines/registry.ts.

/** A view seen from the screens: its own types widened to every kind's. */
export type AnyDisciplineView = DisciplineView<Rule, LiftValue, LiftChange, DisciplineResult>;

const VIEWS = { placement: placementView } satisfies Record<DisciplineKind, unknown>;

/** The view of a rule's kind; the rule picks it, so its own types hold for that competition. */
export function disciplineView(rule: Pick<Rule, 'kind'>): AnyDisciplineView {
  return VIEWS[rule.kind] as AnyDisciplineView;
}
