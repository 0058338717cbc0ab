import type { SecretStore } from '../store/secretStore.ts';
import { hashKey, newStationKey } from './secrets.ts';

export interface StationOwner {
  competitionId: string;
  craneId: string;
}

/**
 * New keys for cranes added to a setup, and the end of keys for cranes removed from it:
 * `write` in the transaction of the event that adds or removes them, `committed` after it.
 */
export interface StationKeyChange {
  /** The new keys by crane, shown once to whoever made the change. */
  issued: Record<string, string>;
  write(): void;
  committed(): void;
}

/**
 * Every crane's station key: stored as its sha256 in the secret store (never in the log,
 * so exports never carry it), and held in memory by that hash so a station's request is
 * authenticated without a query.
 */
export class StationKeys {
  /** sha256(station key) → the crane it belongs to. */
  private readonly owners = new Map<string, StationOwner>();
  /** Told when a crane's station key stops working (reset, or the crane removed from the setup). */
  private readonly revokedListeners = new Set<(competitionId: string, craneId: string) => void>();

  constructor(private readonly secrets: SecretStore) {
    for (const { competitionId, subject, hash } of secrets.all('station-key')) this.owners.set(hash, { competitionId, craneId: subject });
  }

  stationFor(key: string): StationOwner | undefined {
    return this.owners.get(hashKey(key));
  }

  onRevoked(listener: (competitionId: string, craneId: string) => void): () => void {
    this.revokedListeners.add(listener);
    return () => this.revokedListeners.delete(listener);
  }

  /** Keys for `issue`, none for `revoke`: the database changes with the event, lookups after its commit. */
  change(competitionId: string, issue: readonly string[], revoke: readonly string[]): StationKeyChange {
    const issued: Record<string, string> = {};
    for (const craneId of issue) issued[craneId] = newStationKey();
    return {
      issued,
      write: () => {
        for (const craneId of revoke) this.secrets.remove(competitionId, 'station-key', craneId);
        for (const [craneId, key] of Object.entries(issued)) this.secrets.put(competitionId, 'station-key', craneId, hashKey(key));
      },
      committed: () => {
        for (const craneId of revoke) this.forget(competitionId, craneId);
        for (const [craneId, key] of Object.entries(issued)) this.owners.set(hashKey(key), { competitionId, craneId });
      },
    };
  }

  /** A new key for a crane's station; the old one stops working at once. Returned once, here. */
  reset(competitionId: string, craneId: string): string {
    const key = newStationKey();
    this.secrets.put(competitionId, 'station-key', craneId, hashKey(key));
    this.forget(competitionId, craneId);
    this.owners.set(hashKey(key), { competitionId, craneId });
    return key;
  }

  private forget(competitionId: string, craneId: string): void {
    for (const [hash, owner] of this.owners) {
      if (owner.competitionId === competitionId && owner.craneId === craneId) this.owners.delete(hash);
    }
    for (const listener of this.revokedListeners) listener(competitionId, craneId);
  }
}
