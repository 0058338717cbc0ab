// Socket.IO: subscribe and catch up, live `event` broadcasts, and lift:submit with acks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_AFTER_EVENTS } from '../../server/live/socket.ts';
import { verifyChain } from '../../shared/hashChain.ts';
import { TestServer, ask, liftBody, nextEvent, type Competition, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

/** A competition with h1 running and lifts h1#1..count recorded over REST. */
async function withLifts(prefix: string, count: number, options = {}): Promise<Competition> {
  const c = await server.createCompetition(prefix, options);
  await server.heat(c, 'h1', 'start');
  for (let index = 1; index <= count; index++) await server.lift(c, liftBody('h1', index, { dxMm: index, dyMm: 0 }));
  return c;
}

const eventsOf = async (cid: string): Promise<Json[]> => (await server.api('GET', `/api/competitions/${cid}/events?since=0`)).body.events;

describe('subscribe', () => {
  it('the ack carries lastSeq and exactly the events after `since`', async () => {
    const c = await withLifts('sub', 4); // seq 1 created, 2 started, 3..6 lifts
    const log = await eventsOf(c.cid);
    const spectator = await server.connect();
    for (const since of [0, 2, 5, 6]) {
      const ack = await ask(spectator, 'subscribe', { competitionId: c.cid, since });
      expect(ack).toEqual({ ok: true, competitionId: c.cid, serverTime: expect.any(String), lastSeq: 6, events: log.slice(since) });
    }
    const fromStart = await ask(spectator, 'subscribe', { competitionId: c.cid });
    expect(verifyChain(fromStart.events)).toMatchObject({ ok: true });
  });

  it('a subscribed client receives an `event` for a lift posted over REST', async () => {
    const c = await withLifts('broadcast', 1);
    const spectator = await server.connect();
    await ask(spectator, 'subscribe', { competitionId: c.cid, since: 3 });
    const received = nextEvent(spectator, (e) => e.type === 'lift.recorded');
    const posted = await server.lift(c, liftBody('h1', 2, { dxMm: 7, dyMm: -3 }));
    const event = await received;
    expect(event).toMatchObject({ competitionId: c.cid, seq: posted.seq, type: 'lift.recorded', at: expect.any(String), data: { lift: posted.lift } });
    // The broadcast is the stored event (hash included) plus the competition id.
    expect(event).toEqual({ competitionId: c.cid, ...(await eventsOf(c.cid)).at(-1) });
  });

  it('a client only hears the competition it subscribed to last', async () => {
    const a = await withLifts('room-a', 0);
    const b = await withLifts('room-b', 0);
    const spectator = await server.connect();
    await ask(spectator, 'subscribe', { competitionId: a.cid });
    await ask(spectator, 'subscribe', { competitionId: b.cid });
    const heard: Json[] = [];
    spectator.on('event', (e: Json) => heard.push(e));
    await server.lift(a, liftBody('h1', 1));
    const fromB = nextEvent(spectator, (e) => e.competitionId === b.cid);
    await server.lift(b, liftBody('h1', 1));
    await fromB;
    expect(heard.map((e) => e.competitionId)).toEqual([b.cid]);
  });

  it('an unknown competition is {ok: false, error: {code: not_found}}', async () => {
    const spectator = await server.connect();
    const ack = await ask(spectator, 'subscribe', { competitionId: 'no-such-cup', since: 0 });
    expect(ack).toEqual({ ok: false, error: { code: 'not_found', message: expect.any(String) } });
  });

  it('a malformed subscribe is bad_request naming the field', async () => {
    const spectator = await server.connect();
    const ack = await ask(spectator, 'subscribe', { competitionId: 'x', since: -1 });
    expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'since' } });
  });

  it(`a client more than ${SNAPSHOT_AFTER_EVENTS} events behind gets a snapshot instead of events`, async () => {
    // One long heat: liftsPerHeat 1000, so 1 created + 1 started + 1000 lifts = 1002 events.
    const c = await server.createCompetition('snapshot', { heats: ['h1', 'h2'], rule: { liftsPerHeat: 1000 } });
    await server.heat(c, 'h1', 'start');
    const writer = await server.connect(c.referee);
    const batch = 100;
    for (let first = 1; first <= 1000; first += batch) {
      const acks = await Promise.all(
        Array.from({ length: batch }, (_, i) => ask(writer, 'lift:submit', { competitionId: c.cid, ...liftBody('h1', first + i, { dxMm: 1, dyMm: 1 }) })),
      );
      expect(acks.every((a) => a.ok)).toBe(true);
    }
    const lastSeq = 1002;

    const spectator = await server.connect();
    const behind = await ask(spectator, 'subscribe', { competitionId: c.cid, since: lastSeq - SNAPSHOT_AFTER_EVENTS - 1 });
    expect(behind).toMatchObject({ ok: true, competitionId: c.cid, lastSeq });
    expect(behind.events).toBeUndefined();
    expect(behind.snapshot).toMatchObject({ lastSeq, status: 'running', setup: { id: c.cid }, heats: { h1: { status: 'running' } } });
    expect(Object.keys(behind.snapshot.lifts)).toHaveLength(1000);
    // A spectator starts from the light copy (no lift history); the referee's tablet gets the audit trail.
    const histories = (snapshot: { lifts: Record<string, { history: unknown[] }> }) => new Set(Object.values(snapshot.lifts).map((l) => l.history.length));
    expect(histories(behind.snapshot)).toEqual(new Set([0]));
    const staff = await ask(writer, 'subscribe', { competitionId: c.cid, since: 0 });
    expect(histories(staff.snapshot)).toEqual(new Set([1]));

    // Exactly at the limit the events are still sent.
    const atLimit = await ask(spectator, 'subscribe', { competitionId: c.cid, since: lastSeq - SNAPSHOT_AFTER_EVENTS });
    expect(atLimit.snapshot).toBeUndefined();
    expect(atLimit.events).toHaveLength(SNAPSHOT_AFTER_EVENTS);
    expect(atLimit.events[0].seq).toBe(lastSeq - SNAPSHOT_AFTER_EVENTS + 1);
  });
});

describe('lift:submit', () => {
  it('with a referee token: {ok: true, seq, lift}, committed and broadcast', async () => {
    const c = await withLifts('submit', 0);
    const spectator = await server.connect();
    await ask(spectator, 'subscribe', { competitionId: c.cid, since: 2 });
    const broadcast = nextEvent(spectator, (e) => e.type === 'lift.recorded');

    const referee = await server.connect(c.referee);
    const body = liftBody('h1', 1, { dxMm: 30, dyMm: 40 });
    const ack = await ask(referee, 'lift:submit', { competitionId: c.cid, ...body });
    expect(ack).toEqual({ ok: true, seq: 3, lift: { ...body, penalties: [], dropped: false, source: 'referee' } });
    expect((await broadcast).seq).toBe(3);
    // 30-40-50: 100 − (50 − 10) × 0.5 = 80 → cn-1 80 / 10 = 8
    expect((await server.standings(c.cid)).operators.find((o: Json) => o.operatorId === 'cn-1').score).toBe(8);

    const retry = await ask(referee, 'lift:submit', { competitionId: c.cid, ...body });
    expect(retry).toEqual(ack);
  });

  it('with a station key: the reading is the station’s', async () => {
    const c = await withLifts('submit-station', 0);
    const station = await server.connect(c.stationKeys['cn-bridge-1']);
    const ack = await ask(station, 'lift:submit', { competitionId: c.cid, ...liftBody('h1', 1, undefined, 'st-1') });
    expect(ack).toMatchObject({ ok: true, lift: { source: 'station' } });
  });

  // Each row: a broken submission and the field the ack names.
  const badBodies: [situation: string, change: (body: Json) => void, field: string][] = [
    ['dxMm as a string', (b) => (b.dxMm = '3'), 'dxMm'],
    ['a wrong check digit', (b) => (b.containerNo = 'CSQU3054384'), 'containerNo'],
    ['index 11', (b) => (b.index = 11), 'index'],
    ['an unknown penalty', (b) => (b.penalties = ['speeding']), 'penalties'],
    ['no competitionId', (b) => delete b.competitionId, 'competitionId'],
  ];
  it.each(badBodies)('with %s: {ok: false, error: {code: bad_request, field}}', async (_situation, change, field) => {
    const c = await withLifts('submit-bad', 0);
    const referee = await server.connect(c.referee);
    const payload: Json = { competitionId: c.cid, ...liftBody('h1', 1) };
    change(payload);
    const ack = await ask(referee, 'lift:submit', payload);
    expect(ack).toEqual({ ok: false, error: { code: 'bad_request', message: expect.any(String), field } });
  });

  it('without a token: {ok: false, error: {code: unauthorized}}, nothing recorded', async () => {
    const c = await withLifts('submit-anon', 0);
    const spectator = await server.connect();
    const ack = await ask(spectator, 'lift:submit', { competitionId: c.cid, ...liftBody('h1', 1) });
    expect(ack).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
    expect((await server.api('GET', `/api/competitions/${c.cid}`)).body.lastSeq).toBe(2);
  });

  it('a lift for a confirmed heat is {ok: false, error: {code: locked}}', async () => {
    const c = await withLifts('submit-locked', 0);
    await server.heat(c, 'h1', 'finish', 'confirm');
    const referee = await server.connect(c.referee);
    const ack = await ask(referee, 'lift:submit', { competitionId: c.cid, ...liftBody('h1', 1) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('a handshake with an invalid token is refused', async () => {
    await expect(server.connect('rt.forged.token')).rejects.toThrow(/unauthorized/);
  });
});
