// The phone view's start at an edge: GET /:cid/state answers the edge's folded copy of the
// public projection, the same as the writer's, and the edge's feed (served before its app)
// carries on from that lastSeq. While frozen no value is in either.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ADMIN_TOKEN, startChildServer, type ChildServer } from '../support/childServer.ts';
import { findRedisServer, startRedis, type TestRedis } from '../support/redisServer.ts';
import { SseReader } from '../support/sse.ts';
import { liftBody, setupDocument, type Json } from '../integration/harness.ts';
import { leaksIn } from '../support/leaks.ts';
import { jsonApi as api, until } from '../support/jsonApi.ts';

const CID = 'edge-state';
const haveRedis = findRedisServer() !== null || process.env.CI === 'true';

describe.skipIf(!haveRedis)('GET /state at an edge', () => {
  let dir = '';
  let redis: TestRedis;
  let writer: ChildServer;
  let edge: ChildServer;
  let referee = '';

  const lift = async (index: number, id: string) =>
    expect((await api(writer.url, 'POST', `/api/competitions/${CID}/lifts`, liftBody('h1', index, { dxMm: 37, dyMm: -21 }, id), referee)).status).toBe(201);
  const state = async (url: string) => (await api(url, 'GET', `/api/competitions/${CID}/state`)).body;
  const caughtUp = async () => (await state(edge.url)).lastSeq === (await state(writer.url)).lastSeq;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gauge-edge-state-'));
    redis = await startRedis();
    writer = await startChildServer(join(dir, 'gauge.sqlite'), { REDIS_URL: redis.url });
    const document = setupDocument(CID, { heats: ['h1'], rule: { liftsPerHeat: 20 } });
    expect((await api(writer.url, 'POST', '/api/competitions', document, CHILD_ADMIN_TOKEN)).status).toBe(201);
    referee = (await api(writer.url, 'POST', '/api/auth/referee', { competitionId: CID, pin: document.refereePin })).body.token;
    expect((await api(writer.url, 'POST', `/api/competitions/${CID}/heats/h1/start`, {}, referee)).status).toBe(200);
    edge = await startChildServer(join(dir, 'unused.sqlite'), { GAUGE_ROLE: 'edge', REDIS_URL: redis.url, WRITER_URL: writer.url });
  }, 120_000);

  afterAll(async () => {
    await edge?.stop();
    await writer?.stop();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers what the writer answers, values withheld while frozen, and its feed carries on from lastSeq', async () => {
    await lift(1, 'open-lift-1');
    expect((await api(writer.url, 'POST', `/api/competitions/${CID}/board/freeze`, {}, CHILD_ADMIN_TOKEN)).status).toBe(200);
    await lift(2, 'secret-lift-2');
    await until('the edge at the writer’s seq', caughtUp);
    const [atEdge, atWriter] = [await state(edge.url), await state(writer.url)];
    expect(atEdge.state).toEqual(atWriter.state);
    expect(atEdge.state.withheldLifts).toEqual({ h1: 1 });
    expect(JSON.stringify(atEdge)).not.toContain('secret-lift-2');

    const feed = await SseReader.open(`${edge.url}/api/competitions/${CID}/feed?since=${atEdge.lastSeq}`);
    await lift(3, 'secret-lift-3');
    await feed.until((r) => r.events().length >= 1, 15_000);
    expect(feed.events<Json>().map((e) => [e.seq, e.type, e.withheld])).toEqual([[atEdge.lastSeq + 1, 'lift.recorded', true]]);
    expect(JSON.stringify(feed.messages)).not.toContain('secret-lift-3');
    feed.close();
  }, 60_000);

  it('a sealed exam stays sealed at the edge: every anonymous path there counts answers, never shows one', async () => {
    // The triathlon demo's exam: t1 key 12345.6 ± 0.5, t2 key 24180, t3 marked by the examiner.
    const exam = 'edge-sealed';
    const document = JSON.parse(readFileSync(new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), 'utf8'));
    expect((await api(writer.url, 'POST', '/api/competitions', { ...document, id: exam, refereePin: '97531' }, CHILD_ADMIN_TOKEN)).status).toBe(201);
    const examiner = (await api(writer.url, 'POST', '/api/auth/referee', { competitionId: exam, pin: '97531' })).body.token;
    const post = async (path: string, body: unknown, token = examiner) => expect((await api(writer.url, 'POST', `/api/competitions/${exam}${path}`, body, token)).status).toBeLessThan(300);
    await post('/heats/a1/start', {});
    await post('/answers', { id: 'secret-answer-1', heatId: 'a1', taskId: 't1', value: 12345.4 });
    await post('/answers', { id: 'secret-answer-2', heatId: 'a1', taskId: 't2', value: 24181 });
    await post('/answers', { id: 'secret-answer-3', heatId: 'a1', taskId: 't3', points: 37.5 }, CHILD_ADMIN_TOKEN);
    const examState = async (url: string) => (await api(url, 'GET', `/api/competitions/${exam}/state`)).body;
    await until('the edge at the exam’s seq', async () => (await examState(edge.url)).lastSeq === (await examState(writer.url)).lastSeq);

    const secrets = ['12345.6', '24180', '12345.4', '24181', '37.5', 'secret-answer-', '"answer":', '"tolerance"'];
    const texts: string[] = [];
    for (const path of ['state', 'standings', 'events?since=0', '']) {
      const response = await fetch(`${edge.url}/api/competitions/${exam}${path ? `/${path}` : ''}`);
      expect(response.status, path).toBe(200);
      texts.push(await response.text());
    }
    const feed = await SseReader.open(`${edge.url}/api/competitions/${exam}/feed`);
    await feed.until((r) => r.events().length >= 5, 15_000);
    texts.push(JSON.stringify(feed.messages));
    feed.close();
    expect(texts.flatMap((text) => leaksIn(text, secrets))).toEqual([]);
    expect(JSON.parse(texts[0]!).state.withheldAnswers).toEqual({ a1: 3 });
  }, 60_000);

  it('an unknown competition: 404 for /state and /feed alike, in the documented shape', async () => {
    for (const path of ['state', 'feed']) {
      const response = await api(edge.url, 'GET', `/api/competitions/no-such-cup/${path}`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });
});
