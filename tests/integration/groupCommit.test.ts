// Lifts that arrive in the same turn of the event loop commit in one transaction
// (Competitions.submit). Each is still answered only after that commit, a refused one
// refuses only itself, and the log stays gapless and chained.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideHeat, decideLift } from '../../shared/decide.ts';
import { verifyChain } from '../../shared/hashChain.ts';
import { fold } from '../../shared/reducer.ts';
import { LiftSubmission, SetupDocument } from '../../shared/index.ts';
import { hashPins } from '../../server/auth/refereePins.ts';
import type { Principal } from '../../server/auth/principal.ts';
import { Competitions } from '../../server/commands/competitions.ts';
import type { CommandResult } from '../../server/store/competitionStates.ts';
import { EventStore } from '../../server/store/eventStore.ts';
import { openDatabase } from '../../server/store/open.ts';
import { SecretStore } from '../../server/store/secretStore.ts';
import { liftBody, setupDocument } from './harness.ts';

const ADMIN: Principal = { role: 'admin' };
const STATION: Principal = { role: 'station', competitionId: 'group', craneId: 'cn-bridge-1' };

describe('group commit of lifts', () => {
  let dir: string;
  let db: ReturnType<typeof openDatabase>;
  let competitions: Competitions;
  let commits: number;
  /** Set to make the next commit fail after its work ran (a full disk at COMMIT). */
  let failNextCommit: boolean;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gauge-test-group-'));
    db = openDatabase(join(dir, 'gauge.sqlite'));
    const store = new EventStore(db);
    const transaction = store.transaction.bind(store);
    commits = 0;
    failNextCommit = false;
    store.transaction = (work) => {
      commits++;
      return transaction(() => {
        const result = work();
        if (failNextCommit) {
          failNextCommit = false;
          throw new Error('disk I/O error'); // thrown inside: SQLite rolls the transaction back
        }
        return result;
      });
    };
    competitions = new Competitions(store, new SecretStore(db));
    const document = SetupDocument.parse(setupDocument('group'));
    competitions.create(document, ADMIN, await hashPins(document));
    competitions.execute('group', ADMIN, null, (state, now) => decideHeat(state, 'h1', 'start', {}, now));
    commits = 0;
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const submit = (body: unknown) => {
    const lift = LiftSubmission.parse(body);
    return competitions.submit('group', STATION, { key: `lift:${lift.id}`, body: lift }, (state) => decideLift(state, { role: 'station', id: 'cn-bridge-1' }, lift));
  };

  it('commits ten lifts of one turn in one transaction, each acknowledged with its own seq', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(liftBody('h1', i + 1))));
    expect(commits).toBe(1);
    // seq 1 created, 2 heat started, lifts 3..12
    expect(results.map((r) => r.event.seq)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const events = competitions.eventsSince('group', 0);
    expect(verifyChain(events).ok).toBe(true);
    expect(fold(events)).toEqual(competitions.get('group'));
  });

  it('refuses only the bad command of a batch; a repeat of an id in the same batch is a replay', async () => {
    const outcomes = await Promise.allSettled([
      submit(liftBody('h1', 1)),
      submit(liftBody('h1', 1, { dxMm: 0, dyMm: 0 }, 'other-id')), // same heat and index from the same source → 409
      submit(liftBody('h1', 1)), // same id and body as the first → the first's answer
      submit(liftBody('h2', 1)), // another crane's heat → 403
      submit(liftBody('h1', 2)),
    ]);
    expect(commits).toBe(1);
    const value = (i: number) => (outcomes[i] as PromiseFulfilledResult<CommandResult>).value;
    const reason = (i: number) => (outcomes[i] as PromiseRejectedResult).reason as { code: string };
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect(reason(1).code).toBe('conflict');
    expect(reason(3).code).toBe('forbidden');
    expect(value(2)).toMatchObject({ replayed: true, event: { seq: value(0).event.seq } });
    expect(value(4).event.seq).toBe(value(0).event.seq + 1);
    expect(competitions.get('group').lastSeq).toBe(4);
  });

  it('a write executed at once first commits the queued lifts, so arrival order holds', async () => {
    const queued = submit(liftBody('h1', 1));
    competitions.execute('group', ADMIN, null, (state, now) => decideHeat(state, 'h1', 'finish', {}, now));
    const lift = await queued;
    expect(lift.event.seq).toBe(3);
    expect(competitions.get('group').heats.h1?.status).toBe('finished');
    expect(competitions.get('group').lastSeq).toBe(4);
  });

  it('a commit that fails leaves nothing of its batch, in the log or in memory, and the next lift takes its seq', async () => {
    await submit(liftBody('h1', 1));
    const before = competitions.get('group');
    const lifts = Object.keys(before.lifts).sort();
    const ids = Object.keys(before.liftKeyById).sort();
    failNextCommit = true;
    const failed = await Promise.allSettled([submit(liftBody('h1', 2)), submit(liftBody('h1', 3))]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    const after = competitions.get('group');
    expect(after.lastSeq).toBe(before.lastSeq);
    // The batch wrote into the current state's maps as it went: all of it is undone.
    expect(Object.keys(after.lifts).sort()).toEqual(lifts);
    expect(Object.keys(after.liftKeyById).sort()).toEqual(ids);
    const retried = await submit(liftBody('h1', 2));
    expect(retried.event.seq).toBe(before.lastSeq + 1);
    expect(Object.keys(competitions.get('group').lifts).sort()).toEqual([...lifts, 'h1#2'].sort());
  });
});
