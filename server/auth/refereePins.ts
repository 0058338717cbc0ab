import type { SetupDocument, SetupEdit } from '../../shared/schemas/setup.ts';
import type { SecretStore } from '../store/secretStore.ts';
import { hashPin, pinMatches } from './secrets.ts';

/** The shared PIN's subject in the secret store; a named referee's is `referee:<id>`. */
const SHARED = 'referee';
const NAMED = 'referee:';

/** PINs of a setup document, hashed before the write (hashing is slow and runs off the event loop). */
export interface PinHashes {
  shared?: string;
  /** Referee id → hash, for the referees whose PIN is given. */
  referees: Record<string, string>;
}

export async function hashPins(document: SetupDocument | SetupEdit): Promise<PinHashes> {
  const named = await Promise.all((document.referees ?? []).filter((r) => r.pin !== undefined).map(async (r) => [r.id, await hashPin(r.pin!)] as const));
  return { ...(document.refereePin !== undefined ? { shared: await hashPin(document.refereePin) } : {}), referees: Object.fromEntries(named) };
}

/** Who a PIN logs in: a named referee, or the shared PIN (no id). */
export interface PinOwner {
  refereeId?: string;
}

/** Each competition's referee PINs, kept as salted slow hashes in the secret store. */
export class RefereePins {
  constructor(private readonly secrets: SecretStore) {}

  /**
   * Call inside the transaction of the event that sets the setup (creation, a setup edit):
   * writes the given hashes and drops the PINs of referees no longer in it.
   */
  write(competitionId: string, hashes: PinHashes, refereeIds: readonly string[]): void {
    if (hashes.shared !== undefined) this.secrets.put(competitionId, 'referee-pin', SHARED, hashes.shared);
    for (const [id, hash] of Object.entries(hashes.referees)) this.secrets.put(competitionId, 'referee-pin', NAMED + id, hash);
    const kept = new Set(refereeIds.map((id) => NAMED + id));
    for (const { subject } of this.secrets.ofCompetition(competitionId, 'referee-pin')) {
      if (subject.startsWith(NAMED) && !kept.has(subject)) this.secrets.remove(competitionId, 'referee-pin', subject);
    }
  }

  /** Ids of named referees that have a PIN (a new referee in an edit must bring one). */
  has(competitionId: string, refereeId: string): boolean {
    return this.secrets.get(competitionId, 'referee-pin', NAMED + refereeId) !== undefined;
  }

  /**
   * The owner of this PIN, or null. With `refereeId` only that referee's PIN is tried;
   * without, every PIN of the competition (they are distinct), checked in parallel.
   */
  async find(competitionId: string, pin: string, refereeId?: string): Promise<PinOwner | null> {
    const candidates = this.secrets
      .ofCompetition(competitionId, 'referee-pin')
      .filter((s) => refereeId === undefined || s.subject === NAMED + refereeId);
    const matches = await Promise.all(candidates.map((c) => pinMatches(pin, c.hash)));
    const found = candidates.find((_, i) => matches[i]);
    if (!found) return null;
    return found.subject.startsWith(NAMED) ? { refereeId: found.subject.slice(NAMED.length) } : {};
  }
}
