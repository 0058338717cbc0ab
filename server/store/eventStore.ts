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
  private readonly selectSummary;
  private readonly selectLastSeq;

  /** `pageSize`: how many events a full read takes per query (small in tests, to cross pages). */
  constructor(
    private readonly db: Database,
    private readonly pageSize = 10_000,
  ) {
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
    this.selectSummary = db.prepare(
      `SELECT seq, type, at, actor, data, hash, body_hash FROM events WHERE competition_id = ?
       AND (type LIKE 'competition.%' OR type LIKE 'heat.%' OR type = 'results.official') ORDER BY seq`,
    );
    this.selectLastSeq = db.prepare('SELECT MAX(seq) AS seq FROM events WHERE competition_id = ?');
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

  /**
   * Events after `seq`, up to `limit`; without a limit every one of them, read page by page
   * (no cap that could fold a long log short and make the next append clash on seq).
   */
  since(competitionId: string, seq: number, limit?: number): StoredEvent[] {
    if (limit !== undefined) return (this.selectSince.all(competitionId, seq, limit) as EventRow[]).map(toEvent);
    const all: StoredEvent[] = [];
    for (const page of this.pages(competitionId, seq)) all.push(...page);
    return all;
  }

  /** The log after `seq` in pages of `pageSize`, so a fold need not hold a whole long log at once. */
  *pages(competitionId: string, seq: number, pageSize = this.pageSize): Generator<StoredEvent[]> {
    for (let after = seq; ; ) {
      const page = (this.selectSince.all(competitionId, after, pageSize) as EventRow[]).map(toEvent);
      if (page.length) yield page;
      if (page.length < pageSize) return;
      after = page.at(-1)!.seq;
    }
  }

  /** The events that set a competition's name, status and seq: setup, heats, sign-off (a summary needs no lifts). */
  summaryEvents(competitionId: string): { events: StoredEvent[]; lastSeq: number } {
    const events = (this.selectSummary.all(competitionId) as EventRow[]).map(toEvent);
    return { events, lastSeq: (this.selectLastSeq.get(competitionId) as { seq: number | null }).seq ?? 0 };
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
