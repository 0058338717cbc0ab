import type { Database } from 'better-sqlite3';

export type SecretKind = 'referee-pin' | 'station-key';

/** Hashed secrets (PINs, station keys) kept out of the event log, so exports never carry them. */
export class SecretStore {
  private readonly upsert;
  private readonly selectOne;
  private readonly selectKind;
  private readonly deleteOne;
  private readonly selectCompetitionKind;

  constructor(db: Database) {
    this.upsert = db.prepare(
      `INSERT INTO secrets (competition_id, kind, subject, hash) VALUES (?, ?, ?, ?)
       ON CONFLICT (competition_id, kind, subject) DO UPDATE SET hash = excluded.hash`,
    );
    this.selectOne = db.prepare('SELECT hash FROM secrets WHERE competition_id = ? AND kind = ? AND subject = ?');
    this.selectKind = db.prepare('SELECT competition_id AS competitionId, subject, hash FROM secrets WHERE kind = ?');
    this.selectCompetitionKind = db.prepare('SELECT subject, hash FROM secrets WHERE competition_id = ? AND kind = ?');
    this.deleteOne = db.prepare('DELETE FROM secrets WHERE competition_id = ? AND kind = ? AND subject = ?');
  }

  remove(competitionId: string, kind: SecretKind, subject: string): void {
    this.deleteOne.run(competitionId, kind, subject);
  }

  put(competitionId: string, kind: SecretKind, subject: string, hash: string): void {
    this.upsert.run(competitionId, kind, subject, hash);
  }

  get(competitionId: string, kind: SecretKind, subject: string): string | undefined {
    return (this.selectOne.get(competitionId, kind, subject) as { hash: string } | undefined)?.hash;
  }

  /** One competition's secrets of a kind, by subject. */
  ofCompetition(competitionId: string, kind: SecretKind): { subject: string; hash: string }[] {
    return this.selectCompetitionKind.all(competitionId, kind) as { subject: string; hash: string }[];
  }

  all(kind: SecretKind): { competitionId: string; subject: string; hash: string }[] {
    return this.selectKind.all(kind) as { competitionId: string; subject: string; hash: string }[];
  }
}
