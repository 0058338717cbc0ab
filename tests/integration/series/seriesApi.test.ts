// The series API on real in-process servers: a venue followed by a hub, a freeze and a
// reveal crossing the link, a series surviving a restart, local sources and records.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_TOKEN, TestServer, liftBody, type Competition, type Json } from '../harness.ts';
import { until } from './venues.ts';

let venue: TestServer;
let hub: TestServer;
let c: Competition;
let local: Competition;

const series = (id: string, sources: Json[]) => ({ id, name: { en: id }, rounds: [{ id: 'prelim', name: { en: 'Prelim' }, advance: { perSource: 1 }, sources }] });
const source = async (sid: string, cid: string): Promise<Json> =>
  (await hub.api('GET', `/api/series/${sid}/standings`)).body.rounds[0].sources.find((s: Json) => s.competitionId === cid);

beforeAll(async () => {
  [venue, hub] = await Promise.all([TestServer.start(), TestServer.start()]);
  c = await venue.createCompetition('far', { heats: ['h1', 'h3'], rule: { liftsPerHeat: 2 } });
  local = await hub.createCompetition('near', { heats: ['h1'], rule: { liftsPerHeat: 2 } });
});
afterAll(async () => {
  await hub?.close();
  await venue?.close();
});

it('refuses bad documents naming the field, and anyone but an organizer', async () => {
  const bad: [Json, string][] = [
    [{ ...series('s', [{ competitionId: 'a', url: 'not a url' }]) }, 'rounds.0.sources.0.url'],
    [{ ...series('s', [{ competitionId: 'a' }, { competitionId: 'a' }]) }, 'rounds.0.sources.1.competitionId'],
    [{ ...series('s', [{ competitionId: 'a' }]), rounds: [{ id: 'p', name: { en: 'P' }, sources: [{ competitionId: 'a' }], advance: { perSource: 1, to: 'nowhere' } }] }, 'rounds.0.advance.to'],
  ];
  for (const [body, field] of bad) {
    const answer = await hub.api('POST', '/api/series', body, ADMIN_TOKEN);
    expect([answer.status, answer.body.error.field]).toEqual([400, field]);
  }
  expect((await hub.api('POST', '/api/series', series('s', [{ competitionId: 'a' }]), local.referee)).status).toBe(403);
  expect((await hub.api('GET', '/api/series/nope/standings')).status).toBe(404);
});

it('a freeze at the venue reaches the hub as withheld copies; the reveal replaces them after checking each hash', async () => {
  expect((await hub.api('POST', '/api/series', series('reveal', [{ competitionId: c.cid, url: venue.url }, { competitionId: local.cid }]), ADMIN_TOKEN)).status).toBe(201);
  expect((await hub.api('POST', '/api/series', series('reveal', [{ competitionId: local.cid }]), ADMIN_TOKEN)).status).toBe(409);
  await venue.heat(c, 'h1', 'start');
  await venue.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 })); // cn-1: 100
  await venue.api('POST', `/api/competitions/${c.cid}/board/freeze`, {}, ADMIN_TOKEN);
  await venue.lift(c, liftBody('h1', 2, { dxMm: 30, dyMm: 40 })); // 80, withheld from the public
  const frozen = await until('hub to hold the withheld lift', async () => {
    const s = await source('reveal', c.cid);
    return s.lastSeq === 5 ? s : null; // created, start, lift, freeze, lift
  });
  // The chain is carried through the withheld copy by its hash; it is not fully verified until the reveal.
  expect(frozen).toMatchObject({ status: 'live', verified: false });
  const round = async () => (await hub.api('GET', '/api/series/reveal/standings')).body.rounds[0];
  // While frozen the public (and so the hub) knows cn-1 at 100 / 2 = 50.
  expect((await round()).operators.find((o: Json) => o.competitionId === c.cid && o.operatorId === 'cn-1').score).toBe(50);
  await venue.api('POST', `/api/competitions/${c.cid}/board/reveal`, {}, ADMIN_TOKEN);
  const revealed = await until('hub to take the reveal', async () => {
    const s = await source('reveal', c.cid);
    return s.lastSeq === 6 ? s : null;
  });
  expect(revealed).toMatchObject({ status: 'live', verified: true });
  // (100 + 80) / 2 = 90 now, as at the venue.
  expect((await round()).operators.find((o: Json) => o.competitionId === c.cid && o.operatorId === 'cn-1').score).toBe(90);
  expect((await hub.api('GET', `/api/series/reveal/sources/${c.cid}`)).body.standings).toEqual((await venue.api('GET', `/api/competitions/${c.cid}/standings`)).body);
});

it('a local source is read from this server; records exclude a competition on request; a series survives a restart', async () => {
  await hub.heat(local, 'h1', 'start');
  await hub.lift(local, liftBody('h1', 1, { dxMm: 0, dyMm: 0 })); // cn-1 here: 50 so far
  expect(await source('reveal', local.cid)).toMatchObject({ status: 'local', url: null, connected: true, verified: true, lastSeq: 3 });
  const records = (await hub.api('GET', '/api/records')).body;
  // Best operator score: the venue's cn-1 at 90 beats the local 50.
  expect(records.records.find((r: Json) => r.measure === 'operatorScore')).toMatchObject({ value: 90, competitionId: c.cid, url: venue.url });
  const withoutVenue = (await hub.api('GET', `/api/records?exclude=${local.cid}`)).body;
  expect(withoutVenue.records.every((r: Json) => r.competitionId !== local.cid)).toBe(true);

  const before = (await hub.api('GET', '/api/series/reveal/standings')).body;
  hub = await hub.restart();
  expect((await hub.api('GET', '/api/series')).body.series.map((s: Json) => s.id)).toEqual(['reveal']);
  const after = (await hub.api('GET', '/api/series/reveal/standings')).body;
  expect(after.rounds[0].operators).toEqual(before.rounds[0].operators);
  expect(after.rounds[0].advancing).toEqual(before.rounds[0].advancing);
});
