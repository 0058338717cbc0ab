import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** The key that signs referee tokens, made once per database so tokens survive a restart. */
export function tokenSigningKey(db: Database): Buffer {
  const row = db.prepare("SELECT value FROM server_meta WHERE key = 'token-key'").get() as { value: string } | undefined;
  if (row) return Buffer.from(row.value, 'base64');
  const key = randomBytes(32);
  db.prepare("INSERT INTO server_meta (key, value) VALUES ('token-key', ?)").run(key.toString('base64'));
  return key;
}
