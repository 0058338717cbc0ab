import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where a generated organizer token is kept: beside the database, like the demo station keys. */
export const adminTokenPath = (dbPath: string): string => join(dirname(dbPath), 'admin-token');

/**
 * The organizer token when ADMIN_TOKEN is unset: made on the first start and kept, so a
 * restart does not log the console out. Readable by the server's user only.
 */
export function keptAdminToken(dbPath: string): string {
  const path = adminTokenPath(dbPath);
  if (existsSync(path)) {
    const kept = readFileSync(path, 'utf8').trim();
    if (kept) return kept;
  }
  const token = randomBytes(18).toString('base64url');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, token + '\n', { mode: 0o600 });
  return token;
}
