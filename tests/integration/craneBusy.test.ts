// One operator at a time on a crane: a second heat started on a crane that runs one is
// refused (409 crane_busy, naming the running heat) and appends nothing; once the running
// heat finishes, the next one starts. Heats without a crane (accounting) run side by side.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, REFEREE_PIN, TestServer, uniqueId, type Competition, type Json } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

const start = (c: Competition, heatId: string) => server.api('POST', `/api/competitions/${c.cid}/heats/${heatId}/start`, {}, c.referee);
const lastSeq = async (c: Competition): Promise<number> => (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.lastSeq;

describe('a crane runs one heat at a time', () => {
  // Demo: h1 (cn-1) and h5 (cn-3) both on cn-bridge-1; h2 on cn-bridge-2.
  it('h5 on cn-bridge-1 while h1 runs there → 409 crane_busy naming h1, nothing appended', async () => {
    const c = await server.createCompetition('crane-busy');
    expect((await start(c, 'h1')).status).toBe(200);
    const before = await lastSeq(c);
    const refused = await start(c, 'h5');
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      error: { code: 'crane_busy', message: expect.stringContaining('h1'), field: 'heatId', craneId: 'cn-bridge-1', runningHeatId: 'h1' },
    });
    expect(await lastSeq(c)).toBe(before);
    // Another crane is free.
    expect((await start(c, 'h2')).status).toBe(200);
  });

  it('once the running heat finishes, the next one on the crane starts', async () => {
    const c = await server.createCompetition('crane-free');
    await server.heat(c, 'h1', 'start', 'finish');
    expect((await start(c, 'h5')).status).toBe(200);
  });

  it('accounting heats have no crane: all four start side by side', async () => {
    const document = JSON.parse(readFileSync(new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), 'utf8')) as Json;
    document.id = uniqueId('crane-exam');
    document.refereePin = REFEREE_PIN;
    const created = await server.api('POST', '/api/competitions', document, ADMIN_TOKEN);
    expect(created.status).toBe(201);
    const referee = (await server.api('POST', '/api/auth/referee', { competitionId: document.id, pin: REFEREE_PIN })).body.token;
    const c: Competition = { cid: document.id, stationKeys: created.body.stationKeys, referee };
    for (const heatId of ['a1', 'a2', 'a3', 'a4']) expect((await start(c, heatId)).status, heatId).toBe(200);
    // …while the placement heats still take turns on cn-bridge-1 (p1, p2).
    expect((await start(c, 'p1')).status).toBe(200);
    expect((await start(c, 'p2')).body.error).toMatchObject({ code: 'crane_busy', runningHeatId: 'p1' });
  });
});
