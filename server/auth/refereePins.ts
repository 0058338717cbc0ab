import type { SecretStore } from '../store/secretStore.ts';
import { hashPin, pinMatches } from './secrets.ts';

/** Each competition's referee PIN, kept as a salted slow hash in the secret store. */
export class RefereePins {
  constructor(private readonly secrets: SecretStore) {}

  /** Call inside the transaction of the event that sets the PIN (creation, a setup edit). */
  set(competitionId: string, pin: string): void {
    this.secrets.put(competitionId, 'referee-pin', 'referee', hashPin(pin));
  }

  matches(competitionId: string, pin: string): boolean {
    const stored = this.secrets.get(competitionId, 'referee-pin', 'referee');
    return stored !== undefined && pinMatches(pin, stored);
  }
}
