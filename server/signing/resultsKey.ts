import type { Database } from 'better-sqlite3';
import { newKeyPair, signerFrom } from './signedHead.ts';

export type ResultsSigner = ReturnType<typeof signerFrom>;

/**
 * The key pair that signs results, made on the first start and kept in the database's
 * server_meta (beside the token key), so every export this server ever made checks against
 * one public key, and a backup restores it too.
 */
export function resultsSigner(db: Database): ResultsSigner {
  const row = db.prepare("SELECT value FROM server_meta WHERE key = 'results-key'").get() as { value: string } | undefined;
  if (row) return signerFrom(row.value);
  const { privateKeyPem } = newKeyPair();
  db.prepare("INSERT INTO server_meta (key, value) VALUES ('results-key', ?)").run(privateKeyPem);
  return signerFrom(privateKeyPem);
}
