import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CompetitionState } from '../../shared/state.ts';

export type EntryKind = 'lift' | 'correction' | 'void' | 'heat';

/** One write the referee made, kept on the tablet until the server acknowledges it. */
export interface OutboxEntry {
  /** The client id: also the write's `id`, so a retry is recognised as the same write. */
  id: string;
  competitionId: string;
  kind: EntryKind;
  /** API path, e.g. /api/competitions/c/lifts */
  path: string;
  body: Record<string, unknown>;
  /** Epoch ms of the tap that made it. */
  createdAt: number;
  /**
   * 'acked' entries stay until the live state (and so the saved snapshot) holds their
   * event: an ack can arrive before the live feed delivers it, and a reload in that gap
   * must not lose the lift from the screen (or propose its index again).
   */
  state: 'pending' | 'rejected' | 'acked';
  ackedAt?: number;
  attempts: number;
  /** Why the server refused it (final 4xx), shown to the referee. */
  rejection?: { status: number; code: string; message: string };
}

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { byCompetition: string } };
  /** The last competition state seen, so a reload with no network still shows heats and lifts. */
  snapshots: { key: string; value: { competitionId: string; state: CompetitionState } };
}

let opened: Promise<IDBPDatabase<OutboxDb>> | null = null;

function db(): Promise<IDBPDatabase<OutboxDb>> {
  opened ??= openDB<OutboxDb>('gauge-referee', 1, {
    upgrade(database) {
      const entries = database.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('byCompetition', 'competitionId');
      database.createObjectStore('snapshots', { keyPath: 'competitionId' });
    },
  });
  return opened;
}

export async function loadEntries(competitionId: string): Promise<OutboxEntry[]> {
  const all = await (await db()).getAllFromIndex('entries', 'byCompetition', competitionId);
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

/** Resolves only once the entry is durably in IndexedDB (the transaction completed). */
export async function putEntry(entry: OutboxEntry): Promise<void> {
  await (await db()).put('entries', entry);
}

export async function deleteEntry(id: string): Promise<void> {
  await (await db()).delete('entries', id);
}

export async function saveSnapshot(competitionId: string, state: CompetitionState): Promise<void> {
  await (await db()).put('snapshots', { competitionId, state });
}

export async function loadSnapshot(competitionId: string): Promise<CompetitionState | null> {
  return (await (await db()).get('snapshots', competitionId))?.state ?? null;
}
