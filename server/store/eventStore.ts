import type { Database } from 'better-sqlite3';
import type { Actor, NewEvent, StoredEvent } from '../../shared/events.ts';
import { eventHash } from '../../shared/hashChain.ts';

interface EventRow {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: string;
  hash: string;
  body_hash: string | null;
}

/** A client-made id and a digest of the body it came with. */
export interface Idempotency {
  key: string;
  bodyHash: string;
}

const toEvent = (row: EventRow): StoredEvent =>
  ({ seq: row.seq, type: row.type, at: row.at, actor: JSON.parse(row.actor), data: JSON.parse(row.data), hash: row.hash }) as StoredEvent;

/** The append-only log: one row per event, gapless seq per competition, hash-chained. */
export class EventStore {
  private readonly insert;
  private readonly selectSince;
  private readonly selectByIdem;
  private readonly selectCompetitionIds;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      `INSERT INTO events (competition_id, seq, type, at, actor, data, hash, idem_key, body_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectSince = db.prepare(
      'SELECT seq, type, at, actor, data, hash, body_hash FROM events WHERE competition_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.selectByIdem = db.prepare(
      'SELECT seq, type, at, actor, data, hash, body_hash FROM events WHERE competition_id = ? AND idem_key = ?',
    );
    this.selectCompetitionIds = db.prepare('SELECT competition_id AS id FROM events WHERE seq = 1 ORDER BY at');
  }

  /**
   * Builds the stored event (seq, time, hash) and inserts it. Call inside a transaction
   * when more rows must land with it; the primary key refuses a duplicate seq.
   */
  append(competitionId: string, prev: { seq: number; hash: string }, event: NewEvent, actor: Actor, at: string, idem?: Idempotency): StoredEvent {
    const unhashed = { ...event, seq: prev.seq + 1, at, actor } as Omit<StoredEvent, 'hash'>;
    const stored = { ...unhashed, hash: eventHash(prev.hash, unhashed) } as StoredEvent;
    this.insert.run(
      competitionId,
      stored.seq,
      stored.type,
      stored.at,
      JSON.stringify(stored.actor),
      JSON.stringify(stored.data),
      stored.hash,
      idem?.key ?? null,
      idem?.bodyHash ?? null,
    );
    return stored;
  }

  since(competitionId: string, seq: number, limit = 1_000_000): StoredEvent[] {
    return (this.selectSince.all(competitionId, seq, limit) as EventRow[]).map(toEvent);
  }

  findByIdempotencyKey(competitionId: string, key: string): { event: StoredEvent; bodyHash: string | null } | undefined {
    const row = this.selectByIdem.get(competitionId, key) as EventRow | undefined;
    return row && { event: toEvent(row), bodyHash: row.body_hash };
  }

  competitionIds(): string[] {
    return (this.selectCompetitionIds.all() as { id: string }[]).map((r) => r.id);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
