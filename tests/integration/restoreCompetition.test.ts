// `npm run restore -- BACKUP --competition CID`: one competition's log put back as a backup
// holds it, hash chain checked, the other competitions in the same database untouched.
import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { ADMIN_TOKEN, TestServer, liftBody, type Competition, type Json } from './harness.ts';

let server: TestServer;
afterAll(async () => {
  await server?.close();
});

/** Runs the restore CLI as a user would (`npm run restore -- …` runs this script). */
function restoreCli(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'server/cli/restore.ts', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

const summary = (standings: Json) => standings.operators.filter((o: Json) => o.liftsCounted > 0).map((o: Json) => [o.operatorId, o.score, o.meanDeviationMm, o.liftsCounted]);

it('restores one competition to the backup’s seq and leaves the other as it was', async () => {
  server = await TestServer.start();
  const a = await server.createCompetition('restore-a', { heats: ['h1', 'h3'], rule: { liftsPerHeat: 3, protestWindowMin: 0 } });
  const b = await server.createCompetition('restore-b', { heats: ['h1'], rule: { liftsPerHeat: 3 } });
  const log = async (c: Competition) => (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`, undefined, ADMIN_TOKEN)).body;

  // A, heat h1 (cn-1): 50 mm → 100 − 40 × 0.5 = 80; 10 mm → 100; 0 mm with a relanding → 90.
  await server.heat(a, 'h1', 'start'); // seq 2
  await server.lift(a, liftBody('h1', 1, { dxMm: 30, dyMm: 40 }));
  await server.lift(a, liftBody('h1', 2, { dxMm: -6, dyMm: 8 }));
  await server.lift(a, liftBody('h1', 3, { dxMm: 0, dyMm: 0, penalties: ['relanding'] }));
  await server.heat(b, 'h1', 'start');
  await server.lift(b, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }));
  await server.heat(a, 'h1', 'finish', 'confirm'); // seq 6, 7: the backup (the whole database) is taken here
  await server.backups.whenIdle();
  const { body: listed } = await server.api('GET', `/api/competitions/${a.cid}/backups`, undefined, ADMIN_TOKEN);
  const backupFile = join(listed.folder, listed.backups[0].file);
  expect(listed.backups[0].file).toBe(`${a.cid}-000007-heat-confirmed.sqlite`);

  // After the backup both go on: kz-1 lifts three perfect containers in A; B records two more lifts.
  await server.heat(a, 'h3', 'start');
  for (const index of [1, 2, 3]) await server.lift(a, liftBody('h3', index, { dxMm: 1, dyMm: 1 }));
  await server.lift(b, liftBody('h1', 2, { dxMm: 12, dyMm: 16 })); // 20 mm → 95
  await server.lift(b, liftBody('h1', 3, { dxMm: 0, dyMm: 0, dropped: true })); // dropped → 0
  expect((await log(a)).lastSeq).toBe(11);
  const bBefore = { log: await log(b), standings: await server.standings(b.cid) };
  // B by hand: (100 + 95 + 0) / 3 = 65; mean deviation of the two not dropped (0 + 20) / 2 = 10 mm.
  expect(summary(bBefore.standings)).toEqual([['cn-1', 65, 10, 3]]);
  await server.close({ keepDb: true });

  // A backup whose log was altered is refused, and the database is left as it was.
  const forged = join(listed.folder, 'forged.sqlite');
  copyFileSync(backupFile, forged);
  const raw = new Database(forged);
  raw.prepare("UPDATE events SET data = replace(data, '\"dxMm\":30', '\"dxMm\":3') WHERE competition_id = ? AND seq = 3").run(a.cid);
  raw.close();
  const refused = await restoreCli([forged, '--competition', a.cid, '--db', server.dbPath]);
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/hash chain at seq 3/);
  // The help names the server stop.
  expect((await restoreCli(['--help'])).output).toMatch(/STOP THE SERVER FIRST/);

  const done = await restoreCli([backupFile, '--competition', a.cid, '--db', server.dbPath]);
  expect(done.output).toMatch(/seq 11 → 7/);
  expect(done.code).toBe(0);
  server = await TestServer.start(server.dbPath);

  // A is back at seq 7: cn-1 (80 + 100 + 90) / 3 = 90, mean deviation (50 + 10 + 0) / 3 = 20 mm; kz-1 has no lifts.
  const aAfter = await server.standings(a.cid);
  expect(aAfter.seq).toBe(7);
  expect(summary(aAfter)).toEqual([['cn-1', 90, 20, 3]]);
  // B is exactly as before: same log to the last hash, same standings.
  const bAfter = await log(b);
  expect(bAfter.lastSeq).toBe(bBefore.log.lastSeq);
  expect(bAfter.events.at(-1).hash).toBe(bBefore.log.events.at(-1).hash);
  expect(await server.standings(b.cid)).toEqual(bBefore.standings);
  // A's seq continues from 7 with the chain intact.
  const again = await server.loginReferee(a.cid);
  await server.heat({ ...a, referee: again }, 'h3', 'start');
  expect((await log(a)).lastSeq).toBe(8);
}, 120_000);
