// A series across border crossings with real processes: two venues and a hub, each its own
// Gauge server and SQLite file, on loopback. The hub follows the venues' public feeds.
//
// Rule: 2 lifts per heat, full marks within 10 mm, 0.5 points per mm beyond (DESIGN defaults).
// Venue A (heats h1 cn-1, h3 kz-1):  cn-1: 100 (0 mm) + 80 (50 mm: 100 − 40 × 0.5) → 90
//                                     kz-1:  95 (20 mm: 100 − 10 × 0.5) + 100 → 97.5
// Venue B (heats h1 cn-1, h2 cn-2, h3 kz-1):
//                                     cn-1: 100 + 100 → 100;  cn-2: 100 + 100 → 100
//                                     kz-1:  80 (50 mm) + 0 (dropped) → 40
// Round "prelim" (perSource 1):
//   operators: B/cn-1 100 (1), B/cn-2 100 (1), A/kz-1 97.5 (3), A/cn-1 90 (4), B/kz-1 40 (5)
//   teams:  CN (90 + 100 + 100) / 3 = 96.67 (1);  KZ (97.5 + 40) / 2 = 68.75 (2)
//   venues: A (90 + 97.5) / 2 = 93.75 (1);  B (100 + 100 + 40) / 3 = 80 (2)
//   advancing: A/kz-1; B/cn-1 and B/cn-2 (tied at the cut, both go on)
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../harness.ts';
import { call, createVenueCompetition, freePort, heat, lift, ok, restartNode, startNode, storedCopy, until, type Node } from './venues.ts';

const A = 'prelim-a';
const B = 'prelim-b';
const SID = 'cn-kz-2024';
let venueA: Node;
let venueB: Node;
let hub: Node;

const standings = async (): Promise<Json> => ok(hub.url, 'GET', `/api/series/${SID}/standings`);
const prelim = async (): Promise<Json> => (await standings()).rounds[0];
const sourceOf = (round: Json, cid: string): Json => round.sources.find((s: Json) => s.competitionId === cid);
/** The hub holds the venue's log up to its last seq. */
const caughtUp = (node: Node, cid: string) => until(`hub to catch up with ${cid}`, async () => {
  const seq = (await ok(node.url, 'GET', `/api/competitions/${cid}/events?since=0&limit=1`)).lastSeq;
  const source = sourceOf(await prelim(), cid);
  return source.lastSeq === seq && source.connected ? source : null;
});

beforeAll(async () => {
  // One at a time: three servers compiling at once on a busy two-core box is slow to start.
  venueA = await startNode(undefined, await freePort());
  venueB = await startNode(undefined, await freePort());
  hub = await startNode();
  await createVenueCompetition(venueA.url, A, ['h1', 'h3'], 2, { 'cn-1': 'zhang-wei' });
  await createVenueCompetition(venueB.url, B, ['h1', 'h2', 'h3'], 2, { 'cn-1': 'zhang-wei' });
  const series = {
    id: SID,
    name: { zh: '中哈口岸技能大赛', kk: 'Шекара сайысы', en: 'Border crossings 2024' },
    rounds: [
      { id: 'prelim', name: { en: 'Preliminaries' }, advance: { perSource: 1, to: 'final' }, sources: [{ competitionId: A, url: venueA.url, venue: { en: 'Alashankou' } }, { competitionId: B, url: `${venueB.url}/`, venue: { en: 'Dostyk' } }] },
      { id: 'final', name: { en: 'Final' }, sources: [{ competitionId: 'final-2024' }] },
    ],
  };
  expect((await call(hub.url, 'POST', `/api/series`, series, 'child-admin-token')).status).toBe(201);
}, 120_000);

afterAll(async () => {
  for (const node of [venueA, venueB, hub]) if (node) await node.server.stop();
  for (const node of [venueA, venueB, hub]) if (node) rmSync(dirname(node.dbPath), { recursive: true, force: true });
});

describe('a hub following two venues', () => {
  it('lifts at both venues appear in the hub standings', async () => {
    await heat(venueA.url, A, 'h1', 'start');
    await heat(venueA.url, A, 'h3', 'start');
    await lift(venueA.url, A, 'h1', 1, { dxMm: 0, dyMm: 0 });
    await lift(venueA.url, A, 'h3', 1, { dxMm: 20, dyMm: 0 });
    for (const h of ['h1', 'h2', 'h3']) await heat(venueB.url, B, h, 'start');
    await lift(venueB.url, B, 'h1', 1, { dxMm: 0, dyMm: 0 });
    await lift(venueB.url, B, 'h1', 2, { dxMm: 3, dyMm: 4 });
    await lift(venueB.url, B, 'h2', 1, { dxMm: 0, dyMm: 0 });
    await lift(venueB.url, B, 'h2', 2, { dxMm: -4, dyMm: 3 }); // 5 mm, as cn-1's: tied on score and mean deviation
    await lift(venueB.url, B, 'h3', 1, { dxMm: 30, dyMm: 40 });
    await caughtUp(venueA, A);
    await caughtUp(venueB, B);
    const round = await prelim();
    // A so far: cn-1 100 / 2 = 50, kz-1 95 / 2 = 47.5. B: cn-1 100, cn-2 100, kz-1 80 / 2 = 40.
    expect(round.operators.map((o: Json) => [o.rank, o.competitionId, o.operatorId, o.score])).toEqual([
      [1, B, 'cn-1', 100],
      [1, B, 'cn-2', 100],
      [3, A, 'cn-1', 50],
      [4, A, 'kz-1', 47.5],
      [5, B, 'kz-1', 40],
    ]);
    expect(sourceOf(round, A)).toMatchObject({ status: 'live', connected: true, verified: true, competitionStatus: 'running' });
    expect(sourceOf(round, B).url).toBe(venueB.url); // one spelling per server: the trailing slash is gone
    // The final is on the hub and not created yet: shown as missing, not an error.
    expect((await standings()).rounds[1].sources[0]).toMatchObject({ competitionId: 'final-2024', status: 'missing', url: null });
    // A hub board can show a venue's board: its followed copy, read-only.
    const board = await ok(hub.url, 'GET', `/api/series/${SID}/sources/${A}`);
    expect(board.standings).toEqual(await ok(venueA.url, 'GET', `/api/competitions/${A}/standings`));
    expect(board.competition).toMatchObject({ id: A, status: 'running' });
  });

  it('a venue cut off while it records more lifts is shown stale, and caught up with no gap when the link returns', async () => {
    const before = await prelim();
    // The link is cut: the venue runs on another port the hub does not know, and goes on recording.
    venueA = { ...(await restartNode(venueA, await freePort())), port: venueA.port };
    const offline = await until('hub to see venue A offline', async () => {
      const round = await prelim();
      return sourceOf(round, A).connected === false ? round : null;
    });
    expect(sourceOf(offline, A)).toMatchObject({ status: 'offline', connected: false, lastSeq: sourceOf(before, A).lastSeq });
    expect(Date.parse(sourceOf(offline, A).lastHeardAt)).toBeLessThanOrEqual(Date.now());
    // The board does not blank: venue A's operators are still ranked from the hub's copy.
    expect(offline.operators).toEqual(before.operators);
    await lift(venueA.url, A, 'h1', 2, { dxMm: 30, dyMm: 40 });
    await lift(venueA.url, A, 'h3', 2, { dxMm: 0, dyMm: 0 });
    await heat(venueA.url, A, 'h1', 'finish', 'confirm');
    await heat(venueA.url, A, 'h3', 'finish', 'confirm');
    await ok(venueA.url, 'POST', `/api/competitions/${A}/official`, {});
    const venueLog = (await ok(venueA.url, 'GET', `/api/competitions/${A}/events?since=0`)).events as Json[];
    expect(sourceOf(await prelim(), A).lastSeq).toBeLessThan(venueLog.length);

    // The link returns: the venue is back at the address the hub follows.
    venueA = await restartNode(venueA, venueA.port);
    const source = await caughtUp(venueA, A);
    expect(source).toMatchObject({ status: 'live', verified: true, competitionStatus: 'official', lastSeq: venueLog.length });
    // No gap: the hub's stored copy is the venue's log, seq 1..N, hash for hash.
    // (The hub writes its copy a moment after folding it, many events per commit.)
    const copy = await until('hub to store its copy', async () => {
      const rows = storedCopy(hub.dbPath, venueA.url, A);
      return rows.length === venueLog.length ? rows : null;
    });
    expect(copy.map((e) => e.seq)).toEqual(venueLog.map((e) => e.seq));
    expect(copy.map((e) => e.hash)).toEqual(venueLog.map((e) => e.hash));
  });

  it('standings, venue ranking and advancement match the numbers worked by hand', async () => {
    await lift(venueB.url, B, 'h3', 2, { dxMm: 0, dyMm: 0, dropped: true });
    await caughtUp(venueB, B);
    const round = await prelim();
    expect(round.operators.map((o: Json) => [o.rank, o.competitionId, o.operatorId, o.teamId, o.score])).toEqual([
      [1, B, 'cn-1', 'CN', 100],
      [1, B, 'cn-2', 'CN', 100],
      [3, A, 'kz-1', 'KZ', 97.5],
      [4, A, 'cn-1', 'CN', 90],
      [5, B, 'kz-1', 'KZ', 40],
    ]);
    expect(round.teams).toEqual([
      { rank: 1, teamId: 'CN', score: 96.67, operators: 3 },
      { rank: 2, teamId: 'KZ', score: 68.75, operators: 2 },
    ]);
    expect(round.venues).toEqual([
      { rank: 1, competitionId: A, score: 93.75, operators: 2 },
      { rank: 2, competitionId: B, score: 80, operators: 3 },
    ]);
    // A is official (signed off while cut off); B is still running, so its advancement is provisional.
    expect(round.advancing).toEqual([
      { competitionId: A, operatorId: 'kz-1', teamId: 'KZ', rank: 1, provisional: false },
      { competitionId: B, operatorId: 'cn-1', teamId: 'CN', rank: 1, provisional: true },
      { competitionId: B, operatorId: 'cn-2', teamId: 'CN', rank: 1, provisional: true },
    ]);
    // Records across both venues: the best operator score is 100 (B/cn-1 first met), the same
    // person zhang-wei scored 90 at A and 100 at B, so his best is B's.
    const records = await ok(hub.url, 'GET', '/api/records');
    expect(records.records.find((r: Json) => r.measure === 'operatorScore')).toMatchObject({ value: 100, competitionId: B, operatorId: 'cn-1' });
    expect(records.personalBests.filter((r: Json) => r.personId === 'zhang-wei').map((r: Json) => [r.measure, r.value, r.competitionId])).toEqual(
      expect.arrayContaining([['operatorScore', 100, B]]),
    );
  });

  it('the hub restarts and resumes from its stored copy, not from seq 1', async () => {
    const before = await prelim();
    const rows = (await until('hub to store B', async () => {
      const copy = storedCopy(hub.dbPath, venueB.url, B);
      return copy.length === sourceOf(before, B).lastSeq ? copy : null;
    })).length;
    await hub.server.stop();
    hub = await startNode(hub.dbPath);
    // Straight away, before any venue answered, the standings come from the stored copies.
    const first = await prelim();
    expect(first.operators).toEqual(before.operators);
    expect(first.venues).toEqual(before.venues);
    const resumed = await until('hub to reconnect to B', async () => {
      const source = sourceOf(await prelim(), B);
      return source.connected ? source : null;
    });
    // It asked B for what follows its last stored event (re-checking that one): not from seq 1.
    expect(resumed.resumedFrom).toBe(sourceOf(before, B).lastSeq - 1);
    expect(storedCopy(hub.dbPath, venueB.url, B)).toHaveLength(rows);
  });

  it('a venue whose history was rewritten is refused with a clear status, and its verified copy is kept', async () => {
    const before = await prelim();
    const lastSeq = sourceOf(before, B).lastSeq;
    await venueB.server.stop();
    // Someone edits the venue's database: the last lift (B/kz-1 h3 #2, dropped) becomes a perfect one.
    const db = new Database(venueB.dbPath);
    const changed = db.prepare("UPDATE events SET data = json_set(data, '$.lift.dropped', json('false')) WHERE competition_id = ? AND seq = ?").run(B, lastSeq);
    db.close();
    expect(changed.changes).toBe(1);
    venueB = await startNode(venueB.dbPath, venueB.port);
    const source = await until('hub to refuse B', async () => {
      const s = sourceOf(await prelim(), B);
      return s.status === 'diverged' ? s : null;
    });
    expect(source).toMatchObject({ status: 'diverged', connected: false, verified: false, lastSeq, divergedAt: { seq: lastSeq, reason: expect.stringMatching(/does not match its hash/) } });
    // The venue now claims kz-1 scored 90 ((80 + 100) / 2); the hub still ranks the verified 40.
    expect((await ok(venueB.url, 'GET', `/api/competitions/${B}/standings`)).operators.find((o: Json) => o.operatorId === 'kz-1').score).toBe(90);
    expect((await prelim()).operators).toEqual(before.operators);
    // It stays refused across the hub's own restart.
    await hub.server.stop();
    hub = await startNode(hub.dbPath);
    expect(sourceOf(await prelim(), B)).toMatchObject({ status: 'diverged', divergedAt: { seq: lastSeq } });
  });
});
