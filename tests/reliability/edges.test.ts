// One writer, Redis, spectator edges as child processes: every spectator on every edge gets
// every public event once, in seq order, through an edge's death, Redis' death and a late start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ADMIN_TOKEN, startChildServer, type ChildServer } from '../support/childServer.ts';
import { findRedisServer, startRedis, type TestRedis } from '../support/redisServer.ts';
import { liftBody, setupDocument, type Json } from '../integration/harness.ts';
import { jsonApi as api, until } from '../support/jsonApi.ts';

const CID = 'edges';
const HEATS = ['h1', 'h2', 'h3', 'h4'];
// Under CI redis-server is installed by .ci/run: a machine without it fails the run, never skips it.
const haveRedis = findRedisServer() !== null || process.env.CI === 'true';

/** A phone: subscribes, keeps every seq it is given; when its edge dies it goes to another and resumes by seq. */
class Spectator {
  readonly seqs: number[] = [];
  private socket: Socket | null = null;
  constructor(private url: string) {}

  get lastSeq(): number {
    return this.seqs.at(-1) ?? 0;
  }

  async join(url = this.url): Promise<void> {
    this.url = url;
    this.socket?.close();
    const socket = (this.socket = connect(url, { transports: ['websocket'], reconnection: false, forceNew: true }));
    socket.on('event', (event: Json) => this.seqs.push(event.seq));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack: Json = await socket.timeout(10_000).emitWithAck('subscribe', { competitionId: CID, since: this.lastSeq });
    if (!ack.ok) throw new Error(JSON.stringify(ack.error));
    // The ack's events precede anything sent after it (joined and read in the same tick).
    this.seqs.splice(this.seqs.length - countAfter(this.seqs, ack.lastSeq), 0, ...ack.events.map((e: Json) => e.seq));
  }

  onDisconnect(handler: () => void): void {
    this.socket?.once('disconnect', handler);
  }

  close(): void {
    this.socket?.close();
  }
}

/** Live events that arrived before the ack was handled are those after the ack's lastSeq. */
const countAfter = (seqs: number[], lastSeq: number): number => seqs.filter((seq) => seq > lastSeq).length;

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.skipIf(!haveRedis)('spectator edges on Redis', () => {
  let dir = '';
  let redis: TestRedis;
  let writer: ChildServer;
  const edges: ChildServer[] = [];
  const spectators: Spectator[] = [];
  let referee = '';
  let nextIndex = 1;
  let heat = 0;

  const startEdge = () => startChildServer(join(dir, 'unused.sqlite'), { GAUGE_ROLE: 'edge', REDIS_URL: redis.url, WRITER_URL: writer.url });
  const writerLastSeq = async () => (await api(writer.url, 'GET', `/api/competitions/${CID}`)).body.lastSeq as number;
  /** Records `count` lifts at the writer; each must be acknowledged (201). */
  const recordLifts = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const heatId = HEATS[heat++ % HEATS.length] as string;
      const answer = await api(writer.url, 'POST', `/api/competitions/${CID}/lifts`, liftBody(heatId, Math.ceil(nextIndex++ / HEATS.length), { dxMm: i % 9, dyMm: -(i % 5) }, `lift-${nextIndex}`), referee);
      expect(answer.status).toBe(201);
    }
  };
  const allHave = async (watchers: Spectator[]) => {
    const lastSeq = await writerLastSeq();
    await until(`every spectator at seq ${lastSeq}`, () => watchers.every((s) => s.lastSeq >= lastSeq));
    for (const spectator of watchers) expect(spectator.seqs).toEqual(oneToN(lastSeq));
  };

  beforeAll(async () => {
    if (!findRedisServer()) throw new Error('redis-server is not installed: CI must install it (.ci/run)');
    dir = mkdtempSync(join(tmpdir(), 'gauge-edges-'));
    redis = await startRedis();
    writer = await startChildServer(join(dir, 'gauge.sqlite'), { REDIS_URL: redis.url });
    const document = setupDocument(CID, { heats: HEATS, rule: { liftsPerHeat: 200 } });
    expect((await api(writer.url, 'POST', '/api/competitions', document, CHILD_ADMIN_TOKEN)).status).toBe(201);
    referee = (await api(writer.url, 'POST', '/api/auth/referee', { competitionId: CID, pin: document.refereePin })).body.token;
    for (const heatId of HEATS) expect((await api(writer.url, 'POST', `/api/competitions/${CID}/heats/${heatId}/start`, {}, referee)).status).toBe(200);
    edges.push(await startEdge(), await startEdge());
  }, 120_000);

  afterAll(async () => {
    for (const spectator of spectators) spectator.close();
    await Promise.all(edges.map((edge) => edge.stop()));
    await writer?.stop();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every spectator on every edge gets every public event once, in seq order; frozen values stay withheld until the reveal', async () => {
    for (const edge of edges) for (let i = 0; i < 3; i++) spectators.push(new Spectator(edge.url));
    await Promise.all(spectators.map((s) => s.join()));
    await recordLifts(40);
    await allHave(spectators);

    // Frozen: the edges show what an anonymous reader of the writer sees, values withheld.
    expect((await api(writer.url, 'POST', `/api/competitions/${CID}/board/freeze`, {}, CHILD_ADMIN_TOKEN)).status).toBe(200);
    await recordLifts(6);
    await allHave(spectators);
    const writerFrozen = (await api(writer.url, 'GET', `/api/competitions/${CID}/standings`)).body;
    for (const edge of edges) expect((await api(edge.url, 'GET', `/api/competitions/${CID}/standings`)).body).toEqual(writerFrozen);
    const copies = (await api(edges[0]!.url, 'GET', `/api/competitions/${CID}/events?since=0`)).body.events.filter((e: Json) => e.withheld);
    expect(copies).toHaveLength(6);

    // Revealed: the edges fold the withheld values in and agree with the writer again.
    expect((await api(writer.url, 'POST', `/api/competitions/${CID}/board/reveal`, {}, CHILD_ADMIN_TOKEN)).status).toBe(200);
    await allHave(spectators);
    const writerRevealed = (await api(writer.url, 'GET', `/api/competitions/${CID}/standings`)).body;
    expect(writerRevealed).not.toEqual(writerFrozen);
    for (const edge of edges) {
      expect((await api(edge.url, 'GET', `/api/competitions/${CID}/standings`)).body).toEqual(writerRevealed);
      expect((await api(edge.url, 'GET', `/api/competitions/${CID}/events?since=0`)).body).toEqual((await api(writer.url, 'GET', `/api/competitions/${CID}/events?since=0`)).body);
    }
  }, 120_000);

  it('refuses writes at an edge with 421 naming the writer, over REST and over the socket', async () => {
    const rest = await api(edges[0]!.url, 'POST', `/api/competitions/${CID}/lifts`, liftBody('h1', 199), referee);
    expect(rest).toEqual({ status: 421, body: { error: { code: 'misdirected', message: `write to the writer at ${writer.url}` } } });
    const socket = connect(edges[0]!.url, { transports: ['websocket'], forceNew: true });
    const ack: Json = await socket.timeout(10_000).emitWithAck('lift:submit', { competitionId: CID, ...liftBody('h1', 199) });
    socket.close();
    expect(ack).toEqual({ ok: false, error: { code: 'misdirected', message: `write to the writer at ${writer.url}` } });
  }, 30_000);

  it('an edge killed with SIGKILL: its spectators move to the other edge and resume by seq, no gap, no duplicate', async () => {
    const [survivor, victim] = edges as [ChildServer, ChildServer];
    const moved = spectators.filter((s) => (s as unknown as { url: string }).url === victim.url);
    expect(moved).toHaveLength(3);
    const rejoined = moved.map((s) => new Promise<void>((resolve, reject) => s.onDisconnect(() => void s.join(survivor.url).then(resolve, reject))));
    const writing = recordLifts(30);
    await victim.kill();
    await Promise.all([writing, ...rejoined]);
    await allHave(spectators);
    edges[1] = await startEdge();
  }, 120_000);

  it('Redis killed: the writer still acknowledges writes; restarted empty: every edge catches up and no spectator misses an event', async () => {
    await redis.kill();
    await recordLifts(20); // each acknowledged (201) with Redis gone
    await redis.restart();
    await recordLifts(20);
    await allHave(spectators);
    // After the restart events flow through Redis again, not only through the writer's /events.
    const before = spectators[0]!.lastSeq;
    await recordLifts(1);
    await until('the next event', () => spectators[0]!.lastSeq === before + 1, 5_000);
  }, 120_000);

  it('an edge started late catches up from the beginning', async () => {
    const late = await startEdge();
    edges.push(late);
    const spectator = new Spectator(late.url);
    spectators.push(spectator);
    await spectator.join();
    await allHave([spectator]);
    expect((await api(late.url, 'GET', `/api/competitions/${CID}/events?since=0`)).body).toEqual((await api(writer.url, 'GET', `/api/competitions/${CID}/events?since=0`)).body);
    expect((await api(late.url, 'GET', '/api/competitions')).body).toEqual((await api(writer.url, 'GET', '/api/competitions')).body);
  }, 60_000);
});
