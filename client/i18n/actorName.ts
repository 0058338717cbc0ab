import type { TFunction } from 'i18next';
import type { Actor } from '../../shared/events.ts';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import { nameIn } from './index.ts';

/**
 * Who did it, as a person reads it: "Referee Айгүл Сейітова", "Station Bridge crane 1",
 * "Organizer". An id the setup no longer names is shown as the id.
 */
export function actorName(actor: Actor, setup: CompetitionSetup, language: Language, t: TFunction): string {
  const role = t(`actor.${actor.role}`);
  if (!actor.id) return role;
  if (actor.role === 'referee') return `${role} ${setup.referees?.find((r) => r.id === actor.id)?.name ?? actor.id}`;
  if (actor.role === 'station') {
    const crane = setup.cranes.find((c) => c.id === actor.id);
    return `${role} ${crane ? nameIn(crane.name, language) : actor.id}`;
  }
  return `${role} ${actor.id}`;
}
