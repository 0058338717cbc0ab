import { readFileSync } from 'node:fs';
import { ADMIN_TOKEN, type TestServer } from '../../support/server.ts';

// A competition of three disciplines for the browser tests: placement (weight 60, two lifts a
// heat), transshipment (25) and accounting (15), one heat of each for cn-1 and kz-1.

export const DISCIPLINES = [
  { id: 'placement', kind: 'placement', name: { zh: '精准落箱', kk: 'Дәл қою', en: 'Placement' }, weight: 60, rule: { liftsPerHeat: 2 } },
  {
    id: 'transfer',
    kind: 'transshipment',
    name: { zh: '换装作业', kk: 'Қайта тиеу', en: 'Transshipment' },
    weight: 25,
    rule: { containers: 6, timeLimitS: 1200, parTimeS: 600, pointsLostPerS: 0.1, penaltiesS: { twistlock: 30, misplaced: 20, damage: 60 }, missingContainerS: 120 },
  },
  {
    id: 'accounting',
    kind: 'accounting',
    name: { zh: '核算', kk: 'Есеп', en: 'Accounting' },
    weight: 15,
    rule: { timeLimitS: 1800, tasks: [{ id: 't1', maxPoints: 30, answer: 12345.6, tolerance: 0.5 }, { id: 't2', maxPoints: 20 }] },
  },
];

export async function createContest(server: TestServer, id: string): Promise<void> {
  const demo = JSON.parse(readFileSync('fixtures/demo/alashankou.setup.json', 'utf8')) as Record<string, unknown> & { operators: { id: string }[] };
  const { rule: _rule, ...base } = demo;
  const setup = {
    ...base,
    id,
    operators: demo.operators.filter((o) => o.id === 'cn-1' || o.id === 'kz-1'),
    disciplines: DISCIPLINES,
    heats: [
      { id: 'p1', operatorId: 'cn-1', disciplineId: 'placement', craneId: 'cn-bridge-1' },
      { id: 'p2', operatorId: 'kz-1', disciplineId: 'placement', craneId: 'kz-gantry-1' },
      { id: 't1', operatorId: 'cn-1', disciplineId: 'transfer', craneId: 'cn-bridge-2' },
      { id: 't2', operatorId: 'kz-1', disciplineId: 'transfer', craneId: 'kz-gantry-2' },
      { id: 'a1', operatorId: 'cn-1', disciplineId: 'accounting' },
      { id: 'a2', operatorId: 'kz-1', disciplineId: 'accounting' },
    ],
  };
  const res = await fetch(`${server.url}/api/competitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(setup),
  });
  if (res.status !== 201) throw new Error(`create contest: ${res.status} ${await res.text()}`);
}

export const SHOTS = '/tmp/shots-disc';
