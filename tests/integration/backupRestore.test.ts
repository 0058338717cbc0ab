// Restoring a backup as README's "Backups and restore" says — stop the server, copy the
// backup over the database, remove the write-ahead files, start — gives the competition as
// it stood at the backup: standings checked against numbers worked out by hand, the log a
// verifiable prefix of the one before, the referee's session still valid, seq continuing.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { verifyChain } from '../../shared/hashChain.ts';
import { ADMIN_TOKEN, TestServer, liftBody, type Json } from './harness.ts';

let server: TestServer;
afterAll(async () => {
  await server?.close();
});

it('a heat-confirmation backup restored by README’s steps brings back the standings of that moment', async () => {
  server = await TestServer.start();
  const c = await server.createCompetition('restore', { heats: ['h1', 'h3'], rule: { liftsPerHeat: 3, protestWindowMin: 0 } });
  const path = (p: string) => `/api/competitions/${c.cid}${p}`;
  const act = async (p: string, body: object = {}) => expect((await server.api('POST', path(p), body, c.referee)).status).toBe(200);

  // Heat h1, cn-1, from 10:00:00 to 10:12:30 by the referee's record (750 s).
  await act('/heats/h1/start', { at: '2025-07-20T10:00:00+08:00' }); // seq 2
  await server.lift(c, liftBody('h1', 1, { dxMm: 30, dyMm: 40 })); // 50 mm → 100 − 40 × 0.5 = 80
  await server.lift(c, liftBody('h1', 2, { dxMm: -6, dyMm: 8 })); // 10 mm → 100
  await server.lift(c, liftBody('h1', 3, { dxMm: 0, dyMm: 0, penalties: ['relanding'] })); // 0 mm, relanding → 90
  await act('/heats/h1/finish', { at: '2025-07-20T10:12:30+08:00' }); // seq 6
  await act('/heats/h1/confirm'); // seq 7: the backup is taken here
  await server.backups.whenIdle();
  const { body: listed } = await server.api('GET', path('/backups'), undefined, ADMIN_TOKEN);
  expect(listed.backups.map((b: Json) => b.file)).toEqual([`${c.cid}-000007-heat-confirmed.sqlite`]);
  const backupFile = join(listed.folder, listed.backups[0].file);

  // After the backup, kz-1 lifts three perfect containers in h3 and takes the lead.
  await act('/heats/h3/start'); // seq 8
  for (const index of [1, 2, 3]) await server.lift(c, liftBody('h3', index, { dxMm: 1, dyMm: 1 })); // seq 9–11
  const before = await server.standings(c.cid);
  expect(before.operators.slice(0, 2).map((o: Json) => [o.rank, o.operatorId, o.score])).toEqual([
    [1, 'kz-1', 100],
    [2, 'cn-1', 90],
  ]);
  const { body: logBefore } = await server.api('GET', path('/events?since=0'));
  expect(logBefore.lastSeq).toBe(11);

  // README: 1. stop the server; 2. copy the backup over the database; 3. remove the WAL files; 4. start.
  await server.close({ keepDb: true });
  copyFileSync(backupFile, server.dbPath);
  for (const suffix of ['-wal', '-shm']) rmSync(`${server.dbPath}${suffix}`, { force: true });
  server = await TestServer.start(server.dbPath);

  // By hand: cn-1 (80 + 100 + 90) / 3 lifts = 90.00; mean deviation (50 + 10 + 0) / 3 = 20 mm;
  // 10 penalty points; 750 s. kz-1's heat h3 is back to not started: 0 of 3 lifts, 0 points.
  // Teams: CN = cn-1's 90 (the only CN operator with a heat here), KZ = kz-1's 0.
  const after = await server.standings(c.cid);
  expect(after.status).toBe('running');
  expect(after.seq).toBe(7);
  // Everyone else ties on 0 with nothing to break it: a shared 2nd, in setup order.
  expect(after.operators[0]).toEqual({ rank: 1, operatorId: 'cn-1', teamId: 'CN', score: 90, meanDeviationMm: 20, liftsCounted: 3, liftsRequired: 3, penaltyPoints: 10, completionTimeS: 750, disciplines: { placement: 90 } });
  expect(after.operators.find((o: Json) => o.operatorId === 'kz-1')).toEqual({ rank: 2, operatorId: 'kz-1', teamId: 'KZ', score: 0, meanDeviationMm: null, liftsCounted: 0, liftsRequired: 3, penaltyPoints: 0, completionTimeS: null, disciplines: { placement: 0 } });
  expect(after.operators.slice(1).map((o: Json) => [o.rank, o.operatorId])).toEqual(['cn-2', 'cn-3', 'cn-4', 'kz-1', 'kz-2', 'kz-3', 'kz-4'].map((id) => [2, id]));
  expect(after.teams).toEqual([
    { rank: 1, teamId: 'CN', score: 90 },
    { rank: 2, teamId: 'KZ', score: 0 },
  ]);

  // The restored log is the first 7 events of the old one, hashes and all, and still verifies.
  const { body: logAfter } = await server.api('GET', path('/events?since=0'));
  expect(logAfter.lastSeq).toBe(7);
  expect(logAfter.events).toEqual(logBefore.events.slice(0, 7));
  expect(verifyChain(logAfter.events)).toMatchObject({ ok: true });

  // The referee's token from before still works (the signing key is in the database), h3
  // starts again (it was not started at the backup), and its lifts can be entered again:
  // seq continues at 8, 9.
  await act('/heats/h3/start'); // seq 8
  const again = await server.lift(c, liftBody('h3', 1, { dxMm: 1, dyMm: 1 }));
  expect(again.seq).toBe(9);
});
