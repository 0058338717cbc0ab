// The simulator's plan for a contest of several disciplines: placement lifts and container
// moves by each heat's discipline; accounting heats have no crane and get nothing.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { heatsToStart, planReadings } from '../../server/cli/simulationPlan.ts';
import { LiftSubmission, liftSubmissionFor } from '../../shared/schemas/commands.ts';
import { transshipment } from '../../shared/disciplines/transshipment/index.ts';
import { SetupDocument } from '../../shared/schemas/setup.ts';

it('plans 6 placement lifts and 6 container moves a running heat, none for accounting', () => {
  // As GET /api/competitions/:cid gives it: the setup parsed (each rule with its kind), heats with their state.
  const setup = SetupDocument.parse(JSON.parse(readFileSync(new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), 'utf8')));
  const heats = setup.heats.map((h) => ({ ...h, craneId: h.craneId ?? null, status: 'running' as const }));
  const competition = { ...setup, status: 'running', heats };
  const plan = planReadings(competition, heats, new Set(['t1#6']), { seed: 7 });
  const byHeat = (prefix: string) => plan.filter((p) => p.reading.heatId.startsWith(prefix));
  // p1..p4: 6 lifts each; t1..t4: 6 moves each, less t1#6 already recorded; a1..a4: none.
  expect([byHeat('p').length, byHeat('t').length, byHeat('a').length]).toEqual([24, 23, 0]);
  for (const { reading } of byHeat('p')) expect(LiftSubmission.safeParse(reading).success).toBe(true);
  for (const { reading } of byHeat('t')) expect(liftSubmissionFor(transshipment).safeParse(reading).success).toBe(true);
  expect(byHeat('t')[0]!.reading).toMatchObject({ heatId: 't1', index: 1, fromSlot: 'SG-1', toSlot: 'BG-1' });
});

it('starts one heat per idle crane: the first scheduled of each, none on a crane that runs one, none without a crane', () => {
  // Demo pairs: h1/h5 on cn-bridge-1, h2/h6 on cn-bridge-2, h3/h7 on kz-gantry-1; h2 already runs; a1 has no crane.
  const heat = (id: string, craneId: string | null, status: 'scheduled' | 'running' | 'finished' = 'scheduled') => ({ id, operatorId: 'x', craneId, status });
  const heats = [heat('h1', 'cn-bridge-1'), heat('h2', 'cn-bridge-2', 'running'), heat('h3', 'kz-gantry-1', 'finished'), heat('h5', 'cn-bridge-1'), heat('h6', 'cn-bridge-2'), heat('h7', 'kz-gantry-1'), heat('a1', null)];
  const started = heatsToStart(heats, new Set(['cn-bridge-1', 'cn-bridge-2', 'kz-gantry-1']));
  expect(started.map((h) => h.id)).toEqual(['h1', 'h7']);
});
