import type { CompetitionSetup } from './schemas/setup.ts';

/**
 * What the competition list dates a competition by: the venue's zone and its first scheduled
 * heat (ISO times with offsets, compared as moments), each only when the setup gives it.
 */
export function listingTimes(setup: Pick<CompetitionSetup, 'timeZone' | 'heats'>): { timeZone?: string; startsAt?: string } {
  const startsAt = setup.heats
    .map((h) => h.scheduledAt)
    .filter((at): at is string => !!at)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return { ...(setup.timeZone ? { timeZone: setup.timeZone } : {}), ...(startsAt ? { startsAt } : {}) };
}
