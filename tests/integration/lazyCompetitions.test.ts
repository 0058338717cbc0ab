// Many competitions: the server starts from summaries (name, status, seq) and folds a
// competition's log on first use, page by page with no cap; signed-off competitions nobody
// reads leave memory and come back folded the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideHeat, decideLift, decideOfficial } from '../../shared/decide.ts';
import { LiftSubmission, SetupDocument } from '../../shared/index.ts';
import { fold } from '../../shared/reducer.ts';
import { hashPins } from '../../server/auth/refereePins.ts';
import type { Principal } from '../../server/auth/principal.ts';
import { Competitions } from '../../server/commands/competitions.ts';
import { EventStore } from '../../server/store/eventStore.ts';
import { openDatabase } from '../../server/store/open.ts';
import { SecretStore } from '../../server/store/secretStore.ts';
import { liftBody, setupDocument } from './harness.ts';

const ADMIN: Principal = { role: 'admin' };
/** Seven events a page: a log of 20 crosses three pages. */
const PAGE = 7;

let dir: string;
let db: Database;
const open = () => new Competitions(new EventStore(db, PAGE), new SecretStore(db));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gauge-lazy-'));
  db = openDatabase(join(dir, 'gauge.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A competition of one heat (h1, cn-1 on cn-bridge-1) with `lifts` lifts; signed off when asked. */
async function seed(competitions: Competitions, id: string, lifts: number, official = false): Promise<void> {
  const document = SetupDocument.parse(setupDocument(id, { heats: ['h1'], rule: { liftsPerHeat: lifts, protestWindowMin: 0 } }));
  competitions.create(document, ADMIN, await hashPins(document));
  competitions.execute(id, ADMIN, null, (s, now) => decideHeat(s, 'h1', 'start', {}, now));
  for (let i = 1; i <= lifts; i++) competitions.execute(id, ADMIN, null, (s) => decideLift(s, { role: 'admin' }, LiftSubmission.parse(liftBody('h1', i, { dxMm: i, dyMm: 0 }))));
  if (!official) return;
  competitions.execute(id, ADMIN, null, (s, now) => decideHeat(s, 'h1', 'finish', {}, now));
  competitions.execute(id, ADMIN, null, (s, now) => decideHeat(s, 'h1', 'confirm', {}, now));
  competitions.execute(id, ADMIN, null, (s, now) => decideOfficial(s, now));
}

describe('competitions folded on first use', () => {
  it('a fresh start holds summaries only; the list shows name, status and seq; the first read folds the whole log across pages', async () => {
    const first = open();
    await seed(first, 'long', 18); // 1 created + 1 start + 18 lifts = 20 events: pages of 7, 7, 6
    await seed(first, 'done', 2, true); // 1 + 1 + 2 + finish + confirm + official = 7 events
    const started = open();
    expect(started.loadedCount).toBe(0);
    expect(started.list().map((s) => [s.id, s.status, s.lastSeq])).toEqual([
      ['long', 'running', 20],
      ['done', 'official', 7],
    ]);
    const state = started.get('long');
    expect(started.loadedCount).toBe(1);
    expect(state.lastSeq).toBe(20);
    expect(state).toEqual(first.get('long'));
    expect(state).toEqual(fold(new EventStore(db).since('long', 0)));
    // The next append follows on: seq 21, no clash with the log.
    const next = started.execute('long', ADMIN, null, (s, now) => decideHeat(s, 'h1', 'finish', {}, now));
    expect(next.event.seq).toBe(21);
    expect(started.list().find((s) => s.id === 'long')!.lastSeq).toBe(21);
  });

  it('an official competition idle past the limit leaves memory, a running one stays; the next read folds it back the same', async () => {
    const competitions = open();
    await seed(competitions, 'live', 1);
    await seed(competitions, 'signed', 1, true);
    const before = competitions.get('signed');
    const t0 = Date.now();
    // Just read: not idle yet.
    expect(competitions.evictIdle(60_000, t0)).toEqual([]);
    // An hour later: only the signed-off one goes.
    expect(competitions.evictIdle(60_000, t0 + 3_600_000)).toEqual(['signed']);
    expect(competitions.loadedCount).toBe(1);
    expect(competitions.list().map((s) => s.id)).toEqual(['live', 'signed']);
    expect(competitions.get('signed')).toEqual(before);
    expect(competitions.loadedCount).toBe(2);
  });
});
