// GET /api/competitions/:cid/state: the public state the phone view starts from, then follows
// the SSE feed from its lastSeq. While frozen it is the public projection for everyone (staff
// too: it must fold with the feed's events, which are public), and no withheld value leaks.
// The feed is served before the Express app (server/feed/feedFirst.ts): its errors still come
// from the app, in the documented shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseReader } from '../support/sse.ts';
import { ADMIN_TOKEN, TestServer, liftBody, type Competition, type Json } from './harness.ts';
import { leaksIn } from '../support/leaks.ts';

let server: TestServer;
let c: Competition;
let frozenAt: number;

/** Values recorded after the freeze: cn-1's lift 2 (dx 37, dy −21 → 83.728) and its ids; kz-1's correction. */
const SECRETS = ['secret-lift-7f3a', 'secret-lift-9c1d', '"dxMm":37', '"dyMm":-21', '28.37', '83.73', 'laser re-measured'];
const leaks = (text: string) => leaksIn(text, SECRETS);

const state = async (token?: string): Promise<{ status: number; text: string; body: Json }> => {
  const res = await fetch(`${server.url}/api/competitions/${c.cid}/state`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
};

beforeAll(async () => {
  server = await TestServer.start();
  c = await server.createCompetition('phone-state', { heats: ['h1', 'h3'], rule: { liftsPerHeat: 10 } });
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h3', 'start');
  await server.lift(c, liftBody('h3', 1, { dxMm: 0, dyMm: 0 }));
  await server.lift(c, liftBody('h3', 2, { dxMm: 12, dyMm: 16 }));
  await server.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }));
  frozenAt = (await server.api('POST', `/api/competitions/${c.cid}/board/freeze`, {}, ADMIN_TOKEN)).body.seq;
  await server.lift(c, liftBody('h1', 2, { dxMm: 37, dyMm: -21 }, 'secret-lift-7f3a'));
  await server.lift(c, liftBody('h1', 3, { dxMm: 0, dyMm: 0 }, 'secret-lift-9c1d'), c.stationKeys['cn-bridge-1']);
  const fix = await server.api('POST', `/api/competitions/${c.cid}/lifts/h3-2/corrections`, { id: 'fix-h3-2', dxMm: 0, dyMm: 0, reason: 'laser re-measured' }, c.referee);
  expect(fix.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe('GET /state while frozen', () => {
  it('answers the public projection: the lifts after the freeze are counted, not shown', async () => {
    const { status, text, body } = await state();
    expect(status).toBe(200);
    // freeze, two withheld lifts, a withheld correction: lastSeq is the freeze's seq + 3.
    expect(body).toMatchObject({ competitionId: c.cid, lastSeq: frozenAt + 3 });
    expect(body.state.lastSeq).toBe(frozenAt + 3);
    expect(body.state.frozenAtSeq).toBe(frozenAt);
    expect(body.state.withheldLifts).toEqual({ h1: 2 });
    expect(Math.abs(Date.parse(body.serverTime) - Date.now())).toBeLessThan(60_000);
    expect(leaks(text)).toEqual([]);
  });

  it('is public for an organizer too: it folds with the public feed', async () => {
    const { text, body } = await state(ADMIN_TOKEN);
    expect(body.state.withheldLifts).toEqual({ h1: 2 });
    expect(leaks(text)).toEqual([]);
  });

  it('the feed from its lastSeq carries on gaplessly: the next lift comes as a withheld copy', async () => {
    const { body } = await state();
    const feed = await SseReader.open(`${server.url}/api/competitions/${c.cid}/feed?since=${body.lastSeq}`);
    await server.lift(c, liftBody('h1', 4, { dxMm: 37, dyMm: -21 }, 'secret-lift-7f3a-2'));
    await feed.until((r) => r.events().length >= 1);
    expect(feed.events<Json>().map((e) => [e.seq, e.type, e.withheld])).toEqual([[body.lastSeq + 1, 'lift.recorded', true]]);
    expect(leaks(JSON.stringify(feed.messages))).toEqual([]);
    feed.close();
  });
});

describe('after the reveal', () => {
  it('answers the live state, values and all', async () => {
    await server.api('POST', `/api/competitions/${c.cid}/board/reveal`, {}, ADMIN_TOKEN);
    const { body } = await state();
    expect(body.state.frozenAtSeq).toBeNull();
    expect(body.state.withheldLifts ?? {}).toEqual({});
    expect(JSON.stringify(body)).toContain('secret-lift-7f3a');
  });
});

describe('errors, in the documented shape', () => {
  it('an unknown competition: 404 for /state and /feed alike', async () => {
    for (const path of ['state', 'feed']) {
      const res = await fetch(`${server.url}/api/competitions/no-such-cup/${path}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as Json).error.code).toBe('not_found');
    }
  });

  it('a feed asked from a seq that is no whole number: 400', async () => {
    const res = await fetch(`${server.url}/api/competitions/${c.cid}/feed?since=-1`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error).toMatchObject({ code: 'bad_request' });
  });
});
