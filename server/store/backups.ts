import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { StoredEvent } from '../../shared/events.ts';

/** Events after which the whole database is copied: a heat locked, results signed off. */
const BACKUP_AFTER = new Set<StoredEvent['type']>(['heat.confirmed', 'results.official']);

export interface BackupFile {
  file: string;
  path: string;
  bytes: number;
}

/**
 * Online SQLite backups (better-sqlite3's backup API: pages are copied while the server
 * keeps writing) into `<db dir>/backups/<cid>-<seq>-<type>.sqlite`. One at a time, queued.
 */
export class Backups {
  readonly folder: string;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    dbPath: string,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {
    this.folder = join(dirname(dbPath), 'backups');
  }

  /** The event callback: backs up after each heat confirmation and sign-off. */
  readonly afterEvent = (cid: string, event: Pick<StoredEvent, 'seq' | 'type'>): void => {
    if (BACKUP_AFTER.has(event.type)) void this.backup(cid, event);
  };

  backup(cid: string, event: Pick<StoredEvent, 'seq' | 'type'>): Promise<void> {
    const file = `${cid}-${String(event.seq).padStart(6, '0')}-${event.type.replace('.', '-')}.sqlite`;
    const run = async () => {
      mkdirSync(this.folder, { recursive: true });
      await this.db.backup(join(this.folder, file));
    };
    // A failed backup must not fail the write that triggered it; it is logged.
    this.queue = this.queue.then(run).catch((error: unknown) => this.log(`backup ${file} failed: ${String(error)}`));
    return this.queue;
  }

  /** Resolves when every backup started so far has finished. */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  list(cid: string): BackupFile[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .filter((file) => file.startsWith(`${cid}-`) && /^\d{6}-[a-z-]+\.sqlite$/.test(file.slice(cid.length + 1)))
      .sort()
      .map((file) => ({ file, path: join(this.folder, file), bytes: statSync(join(this.folder, file)).size }));
  }
}
