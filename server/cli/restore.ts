// npm run restore -- BACKUP --competition CID [--db PATH]: puts one competition's log back as
// the backup file holds it, after checking its hash chain; other competitions are untouched.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../store/open.ts';
import { restoreCompetition } from '../store/restore.ts';

const HELP = `usage: npm run restore -- BACKUP --competition CID [--db PATH]

Restores one competition's event log from BACKUP (a file in backups/ beside the database,
e.g. data/backups/<cid>-000007-heat-confirmed.sqlite). Its hash chain is checked first; the
other competitions in the database are left alone; PINs and station keys stay as they are.
Events of CID after the backup's seq are removed.

STOP THE SERVER FIRST: a running server keeps the state it folded at start and would write
after the old seq. Start it again afterwards.

--db      the database (default: DB_PATH, else ./data/gauge.sqlite)`;

const { values, positionals } = parseArgs({
  options: { competition: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
const backup = positionals[0];
if (values.help || !backup || !values.competition) {
  console.error(HELP);
  process.exit(values.help ? 0 : 2);
}
const dbPath = resolve(values.db ?? process.env.DB_PATH ?? './data/gauge.sqlite');
if (!existsSync(backup)) {
  console.error(`no backup file at ${backup}`);
  process.exit(2);
}
if (!existsSync(dbPath)) {
  console.error(`no database at ${dbPath} (give --db or DB_PATH)`);
  process.exit(2);
}
const db = openDatabase(dbPath);
try {
  const done = restoreCompetition(db, backup, values.competition);
  console.log(`restored ${done.competitionId}: seq ${done.fromSeq} → ${done.toSeq}, last hash ${done.lastHash} (hash chain checked)`);
} catch (error) {
  console.error(`not restored: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
