// The station protocol: a crane's key, lift:submit with ack, heartbeats, and what screens see.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer, ask, liftBody, nextEvent, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

const devices = async (cid: string): Promise<Json[]> => (await server.api('GET', `/api/competitions/${cid}/devices`)).body.devices;

it('a station heartbeats, submits over the socket, and shows online with its last reading', async () => {
  const c = await server.createCompetition('station');
  await server.heat(c, 'h1', 'start');
  const station = await server.connect(c.stationKeys['cn-bridge-1']);
  const spectator = await server.connect();
  await ask(spectator, 'subscribe', { competitionId: c.cid });
  const presenceSeen = new Promise<Json>((resolve) => spectator.once('presence', resolve));

  expect(await ask(station, 'station:heartbeat', { competitionId: c.cid, deviceId: 'st-cn-1', name: 'Bridge 1 laser' })).toEqual({
    ok: true,
    deviceId: 'st-cn-1',
    intervalMs: 5_000,
  });
  expect((await presenceSeen).devices).toMatchObject([{ deviceId: 'st-cn-1', kind: 'station', craneId: 'cn-bridge-1', online: true }]);

  const heard = nextEvent(spectator, (e) => e.type === 'lift.recorded');
  const ack = await ask(station, 'lift:submit', { competitionId: c.cid, ...liftBody('h1', 1, { dxMm: 4, dyMm: -3 }, 'st-h1-1') });
  expect(ack).toMatchObject({ ok: true, seq: 3, lift: { id: 'st-h1-1', source: 'station', dxMm: 4 } });
  const event = await heard;
  expect(await devices(c.cid)).toMatchObject([{ deviceId: 'st-cn-1', online: true, lastReadingAt: event.at }]);

  // Its own crane only: h3 is kz-1 on kz-gantry-1.
  await server.heat(c, 'h3', 'start');
  expect(await ask(station, 'lift:submit', { competitionId: c.cid, ...liftBody('h3', 1) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  station.disconnect();
  await expect.poll(async () => (await devices(c.cid))[0].online).toBe(false);
});

it('a REST station heartbeats and posts; only a station key of this competition may heartbeat', async () => {
  const c = await server.createCompetition('station-rest');
  const other = await server.createCompetition('station-other');
  await server.heat(c, 'h2', 'start');
  const key = c.stationKeys['cn-bridge-2'];
  const beat = await server.api('POST', `/api/competitions/${c.cid}/stations/heartbeat`, { deviceId: 'st-cn-2', intervalMs: 2_000 }, key);
  expect(beat).toEqual({ status: 200, body: { deviceId: 'st-cn-2', intervalMs: 2_000 } });
  const posted = await server.lift(c, liftBody('h2', 1, undefined, 'st-h2-1'), key);
  expect(await devices(c.cid)).toMatchObject([{ deviceId: 'st-cn-2', craneId: 'cn-bridge-2', online: true, lastReadingAt: expect.any(String) }]);
  const event = (await server.api('GET', `/api/competitions/${c.cid}/events?since=${posted.seq - 1}`)).body.events[0];
  expect((await devices(c.cid))[0].lastReadingAt).toBe(event.at);

  for (const [token, status] of [
    [undefined, 401],
    [c.referee, 403],
    [other.stationKeys['cn-bridge-2'], 403],
  ] as const) {
    const answer = await server.api('POST', `/api/competitions/${c.cid}/stations/heartbeat`, { deviceId: 'x' }, token);
    expect(answer.status).toBe(status);
  }
  expect((await server.api('POST', `/api/competitions/${c.cid}/stations/heartbeat`, { deviceId: 'x', intervalMs: 1 }, key)).body).toEqual({
    error: { code: 'bad_request', message: expect.any(String), field: 'intervalMs' },
  });
});
