// Freeze/reveal of public screens (events in the log, admin only, idempotent) and the
// organizer's remote control of displays over Socket.IO.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { ADMIN_TOKEN, TestServer, ask, liftBody, type Json } from './harness.ts';

/**
 * Pairs a display as a venue does: it reports and shows a code, the organizer types the
 * code, the display receives its pass and reports again with it. Returns the pass.
 */
async function pairDisplay(display: Socket, admin: Socket, competitionId: string, deviceId: string): Promise<string> {
  const first = await ask(display, 'presence:report', { competitionId, kind: 'display', deviceId, view: 'ranking' });
  expect(first.pairingCode).toMatch(/^[2-9A-Z]{6}$/);
  const paired = new Promise<Json>((resolve) => display.once('display:paired', resolve));
  expect(await ask(admin, 'display:pair', { competitionId, code: first.pairingCode.toLowerCase() })).toEqual({ ok: true, deviceId });
  const { pass } = await paired;
  expect(await ask(display, 'presence:report', { competitionId, kind: 'display', deviceId, view: 'ranking', displayPass: pass })).toEqual({ ok: true, devices: expect.any(Number) });
  return pass;
}

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

const post = (cid: string, path: string, body: unknown, token?: string) => server.api('POST', `/api/competitions/${cid}${path}`, body, token);

describe('board freeze and reveal', () => {
  it('only an organizer may freeze: no token 401, a referee 403', async () => {
    const c = await server.createCompetition('freeze-auth');
    expect((await post(c.cid, '/board/freeze', {})).status).toBe(401);
    expect((await post(c.cid, '/board/freeze', {}, c.referee)).status).toBe(403);
    expect((await post('no-such-competition', '/board/freeze', {}, ADMIN_TOKEN)).status).toBe(404);
  });

  it('freeze and reveal are events in the log; a retry with the same id is the same event; twice without an id is a conflict', async () => {
    const c = await server.createCompetition('freeze-log');
    const frozen = await post(c.cid, '/board/freeze', { id: 'f-1' }, ADMIN_TOKEN);
    expect(frozen).toEqual({ status: 200, body: { seq: 2 } });
    expect(await post(c.cid, '/board/freeze', { id: 'f-1' }, ADMIN_TOKEN)).toEqual({ status: 200, body: { seq: 2 } });
    expect((await post(c.cid, '/board/freeze', {}, ADMIN_TOKEN)).body.error.code).toBe('conflict');
    expect((await post(c.cid, '/board/freeze', { id: 'f-2', extra: 1 }, ADMIN_TOKEN)).body.error).toMatchObject({ code: 'bad_request', field: 'extra' });
    expect(await post(c.cid, '/board/reveal', {}, ADMIN_TOKEN)).toEqual({ status: 200, body: { seq: 3 } });
    expect((await post(c.cid, '/board/reveal', {}, ADMIN_TOKEN)).status).toBe(409);
    const { events } = (await server.api('GET', `/api/competitions/${c.cid}/events?since=1`)).body as { events: Json[] };
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['board.frozen', { role: 'admin' }],
      ['board.revealed', { role: 'admin' }],
    ]);
  });

  it('a freeze survives a restart: the snapshot says since which seq', async () => {
    const c = await server.createCompetition('freeze-restart');
    await server.heat(c, 'h1', 'start');
    await post(c.cid, '/board/freeze', {}, ADMIN_TOKEN); // seq 3
    await server.lift(c, liftBody('h1', 1)); // 100 points: cn-1 at 100 / 10 = 10 for staff, still 0 for the public
    server = await server.restart();
    const spectator = await server.connect();
    const ack = await ask(spectator, 'subscribe', { competitionId: c.cid, since: 99 });
    expect(ack.snapshot).toMatchObject({ frozenAtSeq: 3, lastSeq: 4, withheldLifts: { h1: 1 } });
    const cn1 = (standings: Json) => standings.operators.find((o: Json) => o.operatorId === 'cn-1').score;
    expect(cn1(await server.standings(c.cid))).toBe(0);
    expect(cn1((await server.api('GET', `/api/competitions/${c.cid}/standings`, undefined, ADMIN_TOKEN)).body)).toBe(10);
  });
});

describe('display remote control', () => {
  it('forwards a command to the display that reported itself, or to all; only an organizer may send one', async () => {
    const c = await server.createCompetition('displays');
    const [one, two] = [await server.connect(), await server.connect()];
    const admin = await server.connect(ADMIN_TOKEN);
    for (const [socket, deviceId] of [[one, 'screen-1'], [two, 'screen-2']] as const) await pairDisplay(socket, admin, c.cid, deviceId);
    const received: Record<string, Json[]> = { one: [], two: [] };
    one.on('display:command', (cmd: Json) => received.one!.push(cmd));
    two.on('display:command', (cmd: Json) => received.two!.push(cmd));

    const toOne = { competitionId: c.cid, deviceId: 'screen-1', view: 'charts' };
    expect(await ask(admin, 'display:command', toOne)).toEqual({ ok: true, delivered: 1 });
    expect(await ask(admin, 'display:command', { competitionId: c.cid, deviceId: 'all', languages: ['ru', 'kk'] })).toEqual({ ok: true, delivered: 2 });
    await expect.poll(() => received.two!.length).toBe(1);
    expect(received.one).toEqual([toOne, { competitionId: c.cid, deviceId: 'all', languages: ['ru', 'kk'] }]);
    expect(received.two).toEqual([{ competitionId: c.cid, deviceId: 'all', languages: ['ru', 'kk'] }]);

    const referee = await server.connect(c.referee);
    expect(await ask(referee, 'display:command', toOne)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ask(one, 'display:command', toOne)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await ask(admin, 'display:command', { competitionId: c.cid, deviceId: 'screen-1' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await ask(admin, 'display:command', { ...toOne, view: 'fireworks' })).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'view' } });
  });

  it('200 displays that report without pairing: none in the monitor, none receives a command; a wrong code pairs nothing; a pass works after a restart', async () => {
    const c = await server.createCompetition('fake-displays');
    const faker = await server.connect();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ask(faker, 'presence:report', { competitionId: c.cid, kind: 'display', deviceId: `fake-${i}`, name: i === 0 ? 'Referee tablet 1 (chief)' : `Screen ${i}` })),
    );
    expect(answers.every((a) => a.ok && typeof a.pairingCode === 'string')).toBe(true);
    expect((await server.api('GET', `/api/competitions/${c.cid}/devices`)).body.devices).toEqual([]);
    const admin = await server.connect(ADMIN_TOKEN);
    expect(await ask(admin, 'display:command', { competitionId: c.cid, deviceId: 'all', view: 'charts' })).toEqual({ ok: true, delivered: 0 });
    expect(await ask(admin, 'display:pair', { competitionId: c.cid, code: 'ZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const referee = await server.connect(c.referee);
    expect(await ask(referee, 'display:pair', { competitionId: c.cid, code: answers[0].pairingCode })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const real = await server.connect();
    const pass = await pairDisplay(real, admin, c.cid, 'hall-screen');
    expect((await server.api('GET', `/api/competitions/${c.cid}/devices`)).body.devices.map((d: Json) => d.deviceId)).toEqual(['hall-screen']);
    // The pass is signed, not remembered: after a restart the screen is still paired.
    server = await server.restart();
    const again = await server.connect();
    expect(await ask(again, 'presence:report', { competitionId: c.cid, kind: 'display', deviceId: 'hall-screen', displayPass: pass })).toEqual({ ok: true, devices: 1 });
    // Someone else's device id with that pass is not paired.
    expect((await ask(again, 'presence:report', { competitionId: c.cid, kind: 'display', deviceId: 'other', displayPass: pass })).pairingCode).toEqual(expect.any(String));
  });
});
