import type { CompetitionStates } from '../store/competitionStates.ts';
import type { PresenceRegistry } from './registry.ts';

/** Every committed station reading stamps the station's `lastReadingAt` with the server's time. */
export function trackStationReadings(competitions: CompetitionStates, presence: PresenceRegistry): void {
  competitions.onEvent((competitionId, event) => {
    if (event.type === 'lift.recorded' && event.actor.role === 'station' && event.actor.id) {
      presence.readingCommitted(competitionId, event.actor.id, event.at);
    }
  });
}
