import Database from 'better-sqlite3';
import { verifyChain } from '../../shared/hashChain.ts';
import type { Database as Db } from 'better-sqlite3';
import type { StoredEvent } from '../../shared/events.ts';

interface Row {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: string;
  hash: string;
  idem_key: string | null;
  body_hash: string | null;
}

export interface Restored {
  competitionId: string;
  /** The competition's last seq before and after. */
  fromSeq: number;
  toSeq: number;
  lastHash: string;
}

/**
 * Puts one competition's log back as a backup file holds it: reads the competition's events
 * from the backup, checks their hash chain from the first event, and in one transaction
 * replaces that competition's events in `db` (other competitions are not touched). The
 * competition's secrets (PINs, station keys) stay as they are now: they are credentials, not
 * results, and a key reset after the backup must stay reset. Run with the server stopped:
 * a running server keeps the state it folded and would append after the old seq.
 */
export function restoreCompetition(db: Db, backupPath: string, competitionId: string): Restored {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  let rows: Row[];
  try {
    rows = backup
      .prepare('SELECT seq, type, at, actor, data, hash, idem_key, body_hash FROM events WHERE competition_id = ? ORDER BY seq')
      .all(competitionId) as Row[];
  } finally {
    backup.close();
  }
  if (rows.length === 0) throw new Error(`the backup holds no events of ${competitionId}`);
  const events = rows.map((r) => ({ seq: r.seq, type: r.type, at: r.at, actor: JSON.parse(r.actor), data: JSON.parse(r.data), hash: r.hash }) as StoredEvent);
  const chain = verifyChain(events);
  if (!chain.ok) throw new Error(`the backup's log of ${competitionId} fails its hash chain at seq ${chain.seq}: ${chain.reason}`);

  const before = (db.prepare('SELECT MAX(seq) AS seq FROM events WHERE competition_id = ?').get(competitionId) as { seq: number | null }).seq ?? 0;
  const remove = db.prepare('DELETE FROM events WHERE competition_id = ?');
  const insert = db.prepare(
    'INSERT INTO events (competition_id, seq, type, at, actor, data, hash, idem_key, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    remove.run(competitionId);
    for (const r of rows) insert.run(competitionId, r.seq, r.type, r.at, r.actor, r.data, r.hash, r.idem_key, r.body_hash);
  }).immediate();
  return { competitionId, fromSeq: before, toSeq: rows.length, lastHash: chain.lastHash };
}
