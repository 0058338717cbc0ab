// A screen that comes back after a long gap says where it stopped (`since`), not how long
// it was away. It gets every event it missed, in order, or a snapshot to resync from; in
// both cases folding what it got gives exactly the server's state, and the live feed
// continues from there without a hole.
import { spectatorSnapshot } from '../../shared/public/spectatorSnapshot.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SNAPSHOT_AFTER_EVENTS } from '../../server/live/socket.ts';
import { fold } from '../../shared/reducer.ts';
import type { StoredEvent } from '../../shared/events.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { TestServer, ask, liftBody, nextEvent, type Competition, type Json } from '../integration/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

/** Writes `count` lifts over one referee socket, 16 in flight (the quickest way to make a gap). */
async function writeLifts(c: Competition, heatId: string, from: number, count: number): Promise<void> {
  const writer = await server.connect(c.referee);
  let next = from;
  const lane = async () => {
    while (next < from + count) {
      const index = next++;
      const ack = await ask(writer, 'lift:submit', { competitionId: c.cid, ...liftBody(heatId, index, { dxMm: index % 17, dyMm: -(index % 5) }) });
      if (!ack.ok) throw new Error(JSON.stringify(ack));
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
  writer.disconnect();
}

/** What the server folds, as the client would get it over JSON. */
async function serverState(cid: string): Promise<CompetitionState> {
  const events: StoredEvent[] = (await server.api('GET', `/api/competitions/${cid}/events?since=0`)).body.events;
  return JSON.parse(JSON.stringify(fold(events))) as CompetitionState;
}

/** A screen that was subscribed up to some seq, holding the state it had folded. */
async function screenUpTo(c: Competition): Promise<{ state: CompetitionState; seq: number }> {
  const screen = await server.connect();
  const ack = await ask(screen, 'subscribe', { competitionId: c.cid, since: 0 });
  screen.disconnect();
  return { state: fold(ack.events as StoredEvent[]) as CompetitionState, seq: ack.lastSeq };
}

it.each([
  ['a short gap: the missed events', 300, 'events'],
  [`a gap past ${SNAPSHOT_AFTER_EVENTS} events: a snapshot`, SNAPSHOT_AFTER_EVENTS + 200, 'snapshot'],
])('%s, and folding it gives the server’s state', async (_name, missed, expected) => {
  const c = await server.createCompetition('resume', { heats: ['h1', 'h2'], rule: { liftsPerHeat: 1000 } });
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h2', 'start');
  await writeLifts(c, 'h1', 1, 20);
  const before = await screenUpTo(c);

  await writeLifts(c, 'h2', 1, Math.min(missed, 900));
  if (missed > 900) await writeLifts(c, 'h1', 21, missed - 900);

  const screen = await server.connect();
  const ack = await ask(screen, 'subscribe', { competitionId: c.cid, since: before.seq });
  expect(ack.lastSeq).toBe(before.seq + missed);
  let state: CompetitionState;
  if (expected === 'events') {
    expect(ack.snapshot).toBeUndefined();
    expect(ack.events.map((e: Json) => e.seq)).toEqual(Array.from({ length: missed }, (_, i) => before.seq + 1 + i));
    state = fold(ack.events as StoredEvent[], before.state) as CompetitionState;
  } else {
    expect(ack.events).toBeUndefined();
    state = ack.snapshot as CompetitionState;
  }
  // A spectator's snapshot is the light copy: the server's state without lift histories.
  const onServer = await serverState(c.cid);
  expect(JSON.parse(JSON.stringify(state))).toEqual(expected === 'events' ? onServer : spectatorSnapshot(onServer));

  // The live feed picks up at the next seq: nothing between the catch-up and the broadcast.
  const next = nextEvent(screen, () => true);
  await server.lift(c, liftBody('h1', 999));
  expect((await next).seq).toBe(ack.lastSeq + 1);
  // The snapshot case writes 1,220 durable lifts: ~7 s with other jobs on the 2 cores; a
  // loaded CI box may take several times that, so not vitest's default 30 s.
}, 120_000);

it('a screen that knows a seq the server never reached (a wiped or replaced server) is told to resync', async () => {
  const c = await server.createCompetition('resume-future', { heats: ['h1'] });
  await server.heat(c, 'h1', 'start');
  const screen = await server.connect();
  const ack = await ask(screen, 'subscribe', { competitionId: c.cid, since: 5_000 });
  expect(ack).toMatchObject({ ok: true, lastSeq: 2, snapshot: { lastSeq: 2 } });
  expect(ack.snapshot).toEqual(spectatorSnapshot(await serverState(c.cid)));
});

it('two screens that stopped at different seqs both end at the same state', async () => {
  const c = await server.createCompetition('resume-two', { heats: ['h1'], rule: { liftsPerHeat: 200 } });
  await server.heat(c, 'h1', 'start');
  await writeLifts(c, 'h1', 1, 10);
  const early = await screenUpTo(c);
  await writeLifts(c, 'h1', 11, 90);
  const late = await screenUpTo(c);
  await writeLifts(c, 'h1', 101, 50);
  const finals: Json[] = [];
  for (const held of [early, late]) {
    const screen = await server.connect();
    const ack = await ask(screen, 'subscribe', { competitionId: c.cid, since: held.seq });
    finals.push(JSON.parse(JSON.stringify(fold(ack.events as StoredEvent[], held.state))));
  }
  expect(finals[0]).toEqual(finals[1]);
  expect(finals[0]).toEqual(await serverState(c.cid));
});
