import type { CompetitionSetup } from './schemas/setup.ts';

type ListingTimes = { timeZone?: string; startsAt?: string };
type Dated = Pick<CompetitionSetup, 'timeZone' | 'heats'>;

/** A setup only changes as a whole (a new object): the list's summary, made on every write, reads it once. */
const known = new WeakMap<Dated, ListingTimes>();

/**
 * What the competition list dates a competition by: the venue's zone and its first scheduled
 * heat (ISO times with offsets, compared as moments), each only when the setup gives it.
 */
export function listingTimes(setup: Dated): ListingTimes {
  const hit = known.get(setup);
  if (hit) return hit;
  let startsAt: string | undefined;
  for (const { scheduledAt } of setup.heats) {
    if (scheduledAt && (startsAt === undefined || Date.parse(scheduledAt) < Date.parse(startsAt))) startsAt = scheduledAt;
  }
  const times = { ...(setup.timeZone ? { timeZone: setup.timeZone } : {}), ...(startsAt ? { startsAt } : {}) };
  known.set(setup, times);
  return times;
}
