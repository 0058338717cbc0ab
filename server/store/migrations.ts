import type { Database } from 'better-sqlite3';

// Each entry moves the schema one version up; PRAGMA user_version records where a file is.
const MIGRATIONS: string[] = [
  `CREATE TABLE events (
     competition_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     type TEXT NOT NULL,
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     data TEXT NOT NULL,
     hash TEXT NOT NULL,
     idem_key TEXT,
     body_hash TEXT,
     PRIMARY KEY (competition_id, seq)
   ) WITHOUT ROWID;
   CREATE UNIQUE INDEX events_idem ON events (competition_id, idem_key) WHERE idem_key IS NOT NULL;
   CREATE TABLE secrets (
     competition_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     subject TEXT NOT NULL,
     hash TEXT NOT NULL,
     PRIMARY KEY (competition_id, kind, subject)
   );
   CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Series (issue 13): the documents, and verified copies of competitions followed on other servers.
  `CREATE TABLE series (id TEXT PRIMARY KEY, document TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE TABLE followed_events (
     source_url TEXT NOT NULL,
     competition_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     event TEXT NOT NULL,
     hash TEXT NOT NULL,
     PRIMARY KEY (source_url, competition_id, seq)
   ) WITHOUT ROWID;
   CREATE TABLE followed_sources (
     source_url TEXT NOT NULL,
     competition_id TEXT NOT NULL,
     diverged_seq INTEGER,
     diverged_reason TEXT,
     PRIMARY KEY (source_url, competition_id)
   );`,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
