import type { Database } from 'better-sqlite3';
import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import type { SeriesDocument } from '../../shared/series/schema.ts';

export interface Divergence {
  seq: number;
  reason: string;
}

/** Series documents, and each followed source's verified copy of its public log (by seq). */
export class SeriesStore {
  private readonly insertSeries;
  private readonly selectSeries;
  private readonly upsertEvent;
  private readonly selectEvents;
  private readonly selectEvent;
  private readonly upsertDivergence;
  private readonly selectDivergence;

  constructor(private readonly db: Database) {
    this.insertSeries = db.prepare('INSERT INTO series (id, document, created_at) VALUES (?, ?, ?)');
    this.selectSeries = db.prepare('SELECT document FROM series ORDER BY created_at, id');
    this.upsertEvent = db.prepare('INSERT OR REPLACE INTO followed_events (source_url, competition_id, seq, event, hash) VALUES (?, ?, ?, ?, ?)');
    this.selectEvents = db.prepare('SELECT event FROM followed_events WHERE source_url = ? AND competition_id = ? AND seq > ? ORDER BY seq');
    this.selectEvent = db.prepare('SELECT event FROM followed_events WHERE source_url = ? AND competition_id = ? AND seq = ?');
    this.upsertDivergence = db.prepare('INSERT OR REPLACE INTO followed_sources (source_url, competition_id, diverged_seq, diverged_reason) VALUES (?, ?, ?, ?)');
    this.selectDivergence = db.prepare('SELECT diverged_seq AS seq, diverged_reason AS reason FROM followed_sources WHERE source_url = ? AND competition_id = ? AND diverged_seq IS NOT NULL');
  }

  addSeries(document: SeriesDocument, at: string): void {
    this.insertSeries.run(document.id, JSON.stringify(document), at);
  }

  allSeries(): SeriesDocument[] {
    return (this.selectSeries.all() as { document: string }[]).map((row) => JSON.parse(row.document) as SeriesDocument);
  }

  /** Stores verified events (new ones, or full copies replacing withheld ones) in one transaction. */
  putEvents(url: string, competitionId: string, events: readonly PublicEvent[]): void {
    if (!events.length) return;
    this.db.transaction(() => {
      for (const event of events) this.upsertEvent.run(url, competitionId, event.seq, JSON.stringify(event), event.hash);
    })();
  }

  events(url: string, competitionId: string, after = 0): PublicEvent[] {
    return (this.selectEvents.all(url, competitionId, after) as { event: string }[]).map((row) => JSON.parse(row.event) as PublicEvent);
  }

  event(url: string, competitionId: string, seq: number): PublicEvent | undefined {
    const row = this.selectEvent.get(url, competitionId, seq) as { event: string } | undefined;
    return row && (JSON.parse(row.event) as PublicEvent);
  }

  /** A source that broke its chain stays refused across restarts until an operator looks into it. */
  setDiverged(url: string, competitionId: string, divergence: Divergence): void {
    this.upsertDivergence.run(url, competitionId, divergence.seq, divergence.reason);
  }

  divergence(url: string, competitionId: string): Divergence | null {
    return (this.selectDivergence.get(url, competitionId) as Divergence | undefined) ?? null;
  }
}
