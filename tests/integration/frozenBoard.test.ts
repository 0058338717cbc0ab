// A freeze that really hides: while the board is frozen, a lift recorded after the freeze
// reaches anonymous readers only as the fact that it happened, on every path (socket live
// events, subscribe events and snapshots, /standings, /events, /export in every format, the
// setup GET, the SSE feed). Staff tokens see everything; the reveal shows it all.
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/hashChain.ts';
import { verifyPublicChain } from '../../shared/public/publicChain.ts';
import { pdfText, xlsxText } from '../support/exportText.ts';
import { SseReader } from '../support/sse.ts';
import { ADMIN_TOKEN, TestServer, ask, liftBody, nextEvent, type Competition, type Json } from './harness.ts';
import { leaksIn } from '../support/leaks.ts';

let server: TestServer;
let c: Competition;
let spectator: Socket;
let feed: SseReader;
const live: Json[] = [];
let frozenAt: number;

/**
 * Before the freeze: kz-1 (h3) 100 + 95 (dev 20) → 19.5, rank 1; cn-1 (h1) 100 → 10, rank 2.
 * After it: cn-1 lifts 2 (dx 37, dy −21: dev √1810 = 42.544 → 100 − 32.544 × 0.5 = 83.728)
 * and 3 (100) → (100 + 83.728 + 100) / 10 = 28.3728, rank 1; kz-1's lift 2 corrected to
 * 0/0 → (100 + 100) / 10 = 20.
 */
const SECRETS = ['secret-lift-7f3a', 'secret-lift-9c1d', '"dxMm":37', '"dyMm":-21', '28.37', '83.73', '14.18', 'laser re-measured'];

function leaks(text: string): string[] {
  return leaksIn(text, SECRETS);
}

const anonymous = async (path: string): Promise<string> => {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer()).toString('utf8');
};

const download = async (format: string): Promise<Buffer> =>
  Buffer.from(await (await fetch(`${server.url}/api/competitions/${c.cid}/export?format=${format}`)).arrayBuffer());

const byOperator = (standings: Json) => Object.fromEntries(standings.operators.map((o: Json) => [o.operatorId, [o.rank, o.score]]));

beforeAll(async () => {
  server = await TestServer.start();
  c = await server.createCompetition('frozen', { heats: ['h1', 'h3'], rule: { liftsPerHeat: 10 } });
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h3', 'start');
  await server.lift(c, liftBody('h3', 1, { dxMm: 0, dyMm: 0 }));
  await server.lift(c, liftBody('h3', 2, { dxMm: 12, dyMm: 16 }));
  await server.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }));

  spectator = await server.connect();
  await ask(spectator, 'subscribe', { competitionId: c.cid, since: 0 });
  spectator.on('event', (event: Json) => live.push(event));
  feed = await SseReader.open(`${server.url}/api/competitions/${c.cid}/feed`);

  frozenAt = (await server.api('POST', `/api/competitions/${c.cid}/board/freeze`, {}, ADMIN_TOKEN)).body.seq;
  await server.lift(c, liftBody('h1', 2, { dxMm: 37, dyMm: -21 }, 'secret-lift-7f3a'));
  await server.lift(c, liftBody('h1', 3, { dxMm: 0, dyMm: 0 }, 'secret-lift-9c1d'), c.stationKeys['cn-bridge-1']);
  const fix = await server.api('POST', `/api/competitions/${c.cid}/lifts/h3-2/corrections`, { id: 'fix-h3-2', dxMm: 0, dyMm: 0, reason: 'laser re-measured' }, c.referee);
  expect(fix.status).toBe(201);
  await feed.until((r) => r.events().length >= frozenAt + 3);
  while (live.length < 4) await nextEvent(spectator, () => true);
}, 60_000);

afterAll(async () => {
  feed.close();
  await server.close();
});

describe('while frozen, anonymous readers learn that lifts happened, not what they were', () => {
  it('socket: live events after the freeze are withheld copies with their hash', () => {
    const after = live.filter((e) => e.seq > frozenAt);
    expect(after.map((e) => [e.type, e.withheld])).toEqual([
      ['lift.recorded', true],
      ['lift.recorded', true],
      ['lift.corrected', true],
    ]);
    expect(after[0].data).toEqual({ heatId: 'h1', index: 2 });
    expect(leaks(JSON.stringify(live))).toEqual([]);
  });

  it('socket: subscribe events and snapshots', async () => {
    const fromStart = await ask(spectator, 'subscribe', { competitionId: c.cid, since: 0 });
    expect(fromStart.events).toHaveLength(frozenAt + 3);
    const snapshot = await ask(spectator, 'subscribe', { competitionId: c.cid, since: 9_999 });
    expect(snapshot.snapshot.withheldLifts).toEqual({ h1: 2 });
    expect(leaks(JSON.stringify([fromStart, snapshot]))).toEqual([]);
  });

  it('GET /standings keeps the ranking of the freeze; an organizer sees the live one', async () => {
    expect(byOperator(await server.standings(c.cid))).toMatchObject({ 'kz-1': [1, 19.5], 'cn-1': [2, 10] });
    expect(leaks(await anonymous(`/api/competitions/${c.cid}/standings`))).toEqual([]);
    const staff = (await server.api('GET', `/api/competitions/${c.cid}/standings`, undefined, ADMIN_TOKEN)).body;
    expect(byOperator(staff)).toMatchObject({ 'cn-1': [1, 28.37], 'kz-1': [2, 20] });
  });

  it('GET /events is a public log that still verifies, through the withheld events', async () => {
    const { events } = JSON.parse(await anonymous(`/api/competitions/${c.cid}/events?since=0`));
    expect(verifyPublicChain(events)).toMatchObject({ ok: true, withheld: 3 });
    expect(leaks(JSON.stringify(events))).toEqual([]);
    const staff = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`, undefined, c.referee)).body.events;
    expect(verifyChain(staff)).toMatchObject({ ok: true });
    expect(staff.at(-3).data.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('GET /:cid (the setup and heat states)', async () => {
    expect(leaks(await anonymous(`/api/competitions/${c.cid}`))).toEqual([]);
  });

  it.each(['json', 'csv'])('GET /export?format=%s', async (format) => {
    expect(leaks((await download(format)).toString('utf8'))).toEqual([]);
  });

  it('GET /export?format=xlsx', async () => {
    const text = await xlsxText(await download('xlsx'));
    expect(text).toContain('19.5');
    expect(leaks(text)).toEqual([]);
  });

  it('GET /export?format=pdf', async () => {
    const text = pdfText(await download('pdf'));
    expect(text).toContain('19.5');
    expect(leaks(text)).toEqual([]);
  });

  it('GET /feed (SSE)', () => {
    const events = feed.events<Json>();
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: frozenAt + 3 }, (_, i) => i + 1));
    expect(events.slice(frozenAt).every((e) => e.withheld === true)).toBe(true);
    expect(leaks(JSON.stringify(feed.messages))).toEqual([]);
  });
});

it('an idle feed sends keep-alive comments so proxies keep it open', async () => {
  const before = feed.comments;
  await feed.until((r) => r.comments > before, 5_000);
});

describe('the reveal', () => {
  beforeAll(async () => {
    await server.api('POST', `/api/competitions/${c.cid}/board/reveal`, {}, ADMIN_TOKEN);
    await feed.until((r) => r.events().some((e: Json) => e.type === 'board.revealed'));
  });

  it('shows anonymous readers the live standings and the full, verifiable log', async () => {
    expect(byOperator(await server.standings(c.cid))).toMatchObject({ 'cn-1': [1, 28.37], 'kz-1': [2, 20] });
    const { events } = JSON.parse(await anonymous(`/api/competitions/${c.cid}/events?since=0`));
    expect(verifyChain(events)).toMatchObject({ ok: true });
    expect(events.find((e: Json) => e.data?.lift?.id === 'secret-lift-7f3a').data.lift).toMatchObject({ dxMm: 37, dyMm: -21 });
  });

  it('the feed sends what the freeze withheld, in full, just before the reveal event', () => {
    const at = feed.messages.findIndex((m) => m.event === 'revealed');
    expect(at).toBeGreaterThan(-1);
    const revealed = JSON.parse(feed.messages[at]!.data).events as Json[];
    expect(revealed.map((e) => [e.seq, e.type])).toEqual([
      [frozenAt + 1, 'lift.recorded'],
      [frozenAt + 2, 'lift.recorded'],
      [frozenAt + 3, 'lift.corrected'],
    ]);
    expect(JSON.parse(feed.messages[at + 1]!.data).type).toBe('board.revealed');
  });

  it('a feed resumed from inside the frozen stretch gets the reveal bundle too, and no gap', async () => {
    const resumed = await SseReader.open(`${server.url}/api/competitions/${c.cid}/feed`, String(frozenAt + 1));
    await resumed.until((r) => r.events().some((e: Json) => e.type === 'board.revealed'));
    expect(resumed.events<Json>().map((e) => e.seq)).toEqual([frozenAt + 2, frozenAt + 3, frozenAt + 4]);
    expect(resumed.events<Json>()[0].data.lift.id).toBe('secret-lift-9c1d');
    expect(resumed.messages.some((m) => m.event === 'revealed')).toBe(true);
    resumed.close();
  });
});
