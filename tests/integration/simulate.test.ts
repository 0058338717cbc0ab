// `npm run simulate` against a real server: it starts the heats with the PIN, sends the
// asked number of station readings (valid ISO 6346 numbers, each crane its own heats),
// and a second run continues where the first stopped instead of repeating it.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContainerNo } from '../../shared/iso6346.ts';
import { REFEREE_PIN, TestServer, type Json } from './harness.ts';

const run = promisify(execFile);
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

it('sends --count readings per crane key, then continues on a re-run', async () => {
  const c = await server.createCompetition('simulate', { heats: ['h1', 'h2', 'h3', 'h4'] });
  const keys = join(server.dbPath, '..', 'keys.json');
  writeFileSync(keys, JSON.stringify({ competitionId: c.cid, stationKeys: c.stationKeys }));
  const simulate = (...extra: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'server/cli/simulate.ts', '--url', server.url, '--keys', keys, '--rate', '200', ...extra], { timeout: 30_000 });

  const first = await simulate('--count', '12', '--pin', REFEREE_PIN, '--seed', '7');
  expect(first.stdout).toMatch(/done after .*: 12 acknowledged, 0 retried, 0 refused/);
  const second = await simulate('--seed', '7');
  expect(second.stdout).toMatch(/: 28 acknowledged/);

  const events: Json[] = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.events;
  const lifts = events.filter((e) => e.type === 'lift.recorded');
  expect(lifts).toHaveLength(40); // 4 heats × 10 lifts, each exactly once
  for (const { actor, data } of lifts) {
    expect(data.lift.source).toBe('station');
    expect(actor.id).toBe({ h1: 'cn-bridge-1', h2: 'cn-bridge-2', h3: 'kz-gantry-1', h4: 'kz-gantry-2' }[data.lift.heatId as string]);
    expect(checkContainerNo(data.lift.containerNo)).toMatchObject({ ok: true });
    expect(Math.abs(data.lift.dxMm)).toBeLessThan(100);
  }
  expect((await server.api('GET', `/api/competitions/${c.cid}/devices`)).body.devices).toHaveLength(4);
  const third = await simulate();
  expect(third.stdout).toMatch(/nothing to send/);
}, 60_000);

it('with the PIN, runs the demo in rounds: a crane runs one heat at a time, the next starts once its readings are in', async () => {
  // The demo's eight heats, two per crane (h1/h5 on cn-bridge-1, …): round one h1–h4, round two h5–h8.
  const c = await server.createCompetition('simulate-rounds');
  const keys = join(server.dbPath, '..', 'keys-rounds.json');
  writeFileSync(keys, JSON.stringify({ competitionId: c.cid, stationKeys: c.stationKeys }));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/cli/simulate.ts', '--url', server.url, '--keys', keys, '--rate', '200', '--pin', REFEREE_PIN], { timeout: 60_000 });
  expect(stdout).toMatch(/done after .*: 80 acknowledged, 0 retried, 0 refused/); // 8 heats × 10 lifts
  const events: Json[] = (await server.api('GET', `/api/competitions/${c.cid}/events?since=0`)).body.events;
  const order = events.filter((e) => e.type === 'heat.started' || e.type === 'heat.finished').map((e) => `${e.type === 'heat.started' ? '+' : '-'}${e.data.heatId}`);
  // Each round's heats start together; a crane's second heat starts only after its first finished.
  expect(order).toEqual(['+h1', '+h2', '+h3', '+h4', '-h1', '-h2', '-h3', '-h4', '+h5', '+h6', '+h7', '+h8', '-h5', '-h6', '-h7', '-h8']);
}, 90_000);
