import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CompetitionState } from '../../shared/state.ts';
import type { OutboxEntry } from './entry.ts';
import { upgradeEntry, type StoredEntry } from './legacy.ts';

interface OutboxDb extends DBSchema {
  entries: { key: string; value: StoredEntry; indexes: { byCompetition: string } };
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

/** The competition's entries, oldest first; those an older build stored are read as typed commands. */
export async function loadEntries(competitionId: string): Promise<OutboxEntry[]> {
  const stored = await (await db()).getAllFromIndex('entries', 'byCompetition', competitionId);
  return stored
    .map(upgradeEntry)
    .filter((entry) => entry !== null)
    .sort((a, b) => a.createdAt - b.createdAt);
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
