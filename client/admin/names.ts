import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import { nameIn } from '../i18n/index.ts';

// People and cranes as the console names them: by name in its language, the id only when the
// setup gives no name (or no longer knows the id).

/** "王建国": the name in the language, else the id. */
export function operatorName(setup: CompetitionSetup, operatorId: string, language: Language): string {
  const operator = setup.operators.find((o) => o.id === operatorId);
  return (operator && nameIn(operator.name, language)) || operatorId;
}

/** "101 王建国": bib and name. */
export function operatorLabel(setup: CompetitionSetup, operatorId: string | undefined, language: Language): string {
  if (!operatorId) return '—';
  const operator = setup.operators.find((o) => o.id === operatorId);
  return operator ? `${operator.bib} ${operatorName(setup, operatorId, language)}` : operatorId;
}

export function craneLabel(setup: CompetitionSetup, craneId: string | null | undefined, language: Language): string {
  if (!craneId) return '—';
  const crane = setup.cranes.find((c) => c.id === craneId);
  return (crane && nameIn(crane.name, language)) || craneId;
}

export function teamLabel(setup: CompetitionSetup, teamId: string | undefined, language: Language): string {
  if (!teamId) return '—';
  const team = setup.teams.find((t) => t.id === teamId);
  return (team && nameIn(team.name, language)) || teamId;
}
