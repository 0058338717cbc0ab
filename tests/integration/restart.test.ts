// A laptop restart mid-competition: a new server process on the same SQLite file picks up
// where the old one stopped — same standings, seq continues, sessions and keys still valid.
import { afterEach, expect, it } from 'vitest';
import { verifyChain } from '../../shared/hashChain.ts';
import { TestServer, liftBody, type Json } from './harness.ts';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

it('a restarted server on the same database continues the competition', async () => {
  server = await TestServer.start();
  const c = await server.createCompetition('restart');
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h3', 'start');
  await server.lift(c, liftBody('h1', 1, { dxMm: 30, dyMm: 40 })); // 80
  await server.lift(c, liftBody('h1', 2, { dxMm: 0, dyMm: 0, penalties: ['relanding'] })); // 90
  await server.lift(c, liftBody('h3', 1, { dxMm: 12, dyMm: 0 }, 'st-h3-1'), c.stationKeys['kz-gantry-1']); // 99
  await server.api('POST', `/api/competitions/${c.cid}/lifts/h1-1/corrections`, { id: 'fix-1', dyMm: 0, reason: 'laser' }, c.referee); // dev 30 → 90
  await server.heat(c, 'h1', 'finish');
  const before = await server.standings(c.cid);
  const eventsBefore = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body;
  // cn-1: (90 + 90) / 10 = 18; kz-1: 99 / 10 = 9.9
  expect(before.operators.slice(0, 2).map((o: Json) => [o.operatorId, o.score])).toEqual([
    ['cn-1', 18],
    ['kz-1', 9.9],
  ]);

  server = await server.restart();

  expect(await server.standings(c.cid)).toEqual(before);
  const eventsAfter = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body;
  expect(eventsAfter).toEqual(eventsBefore);
  expect(verifyChain(eventsAfter.events)).toMatchObject({ ok: true });
  expect((await server.api('GET', '/api/competitions')).body.competitions.map((x: Json) => x.id)).toContain(c.cid);

  // The referee token from before the restart still works, and the next write continues seq.
  const next = await server.api('POST', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 3), c.referee);
  expect(next.status).toBe(201);
  expect(next.body.seq).toBe(before.seq + 1);
  expect(before.seq).toBe(eventsBefore.lastSeq);

  // The station key still works, and a retry of a write from before the restart is still recognised.
  const station = await server.api('POST', `/api/competitions/${c.cid}/lifts`, liftBody('h3', 2, undefined, 'st-h3-2'), c.stationKeys['kz-gantry-1']);
  expect(station.status).toBe(201);
  expect(station.body.seq).toBe(before.seq + 2);
  const retry = await server.api('POST', `/api/competitions/${c.cid}/lifts`, liftBody('h1', 1, { dxMm: 30, dyMm: 40 }), c.referee);
  expect(retry.status).toBe(200);
  expect(retry.body.seq).toBe(eventsBefore.events.find((e: Json) => e.data?.lift?.id === 'h1-1').seq);

  // The whole log still chains after the new writes.
  const all = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.events;
  expect(all).toHaveLength(before.seq + 2);
  expect(verifyChain(all)).toMatchObject({ ok: true, lastHash: all.at(-1).hash });
});

it('a competition created after a restart gets its own log starting at seq 1', async () => {
  server = await TestServer.start();
  const first = await server.createCompetition('restart-first');
  server = await server.restart();
  const second = await server.createCompetition('restart-second');
  await server.heat(second, 'h1', 'start');
  expect((await server.api('GET', `/api/competitions/${second.cid}`)).body.lastSeq).toBe(2);
  expect((await server.api('GET', `/api/competitions/${first.cid}`)).body.lastSeq).toBe(1);
  expect(await server.loginReferee(first.cid)).toEqual(expect.any(String));
});
