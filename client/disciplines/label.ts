import type { Discipline } from '../../shared/disciplines/ofSetup.ts';
import type { Language } from '../../shared/schemas/common.ts';
import { tIn } from '../i18n/index.ts';

/** A discipline's name in a language: the setup's, else the kind's own word. */
export function disciplineLabel(discipline: Pick<Discipline, 'kind' | 'name'>, language: Language): string {
  return discipline.name?.[language] ?? tIn(language)(`disciplineKind.${discipline.kind}`);
}
