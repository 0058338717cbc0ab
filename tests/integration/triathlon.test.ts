// A contest of three disciplines through the real server: the setup's disciplines, container
// moves and their net time, accounting answers (idempotent, marked, corrected, refused with the
// field named), the overall standings, and exports that carry every discipline and re-verify.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/cli/verifyExport.ts';
import { ADMIN_TOKEN, REFEREE_PIN, TestServer, containerNo, uniqueId, type Json } from './harness.ts';

let server: TestServer;
let cid: string;
let referee: string;
let stationKeys: Record<string, string>;

const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), 'utf8'));
const api = (method: string, path: string, body?: Json, token = referee) => server.api(method, `/api/competitions/${cid}${path}`, body, token);
const move = (heatId: string, index: number, extra: Json = {}) => ({ id: `${heatId}-${index}`, heatId, index, containerNo: containerNo(200_000 + index), fromSlot: `SG-${index}`, toSlot: `BG-${index}`, ...extra });

beforeAll(async () => {
  server = await TestServer.start();
  cid = uniqueId('tri');
  const created = await server.api('POST', '/api/competitions', { ...FIXTURE, id: cid, refereePin: REFEREE_PIN }, ADMIN_TOKEN);
  expect(created.status).toBe(201);
  // Accounting heats have no crane, so no station key: two cranes, two keys.
  expect(Object.keys(created.body.stationKeys).sort()).toEqual(['cn-bridge-1', 'kz-gantry-1']);
  stationKeys = created.body.stationKeys;
  referee = await server.loginReferee(cid);
}, 30_000);
afterAll(async () => {
  await server.close();
});

describe('setup', () => {
  it.each<[string, (d: Json) => void, string]>([
    ['rule and disciplines together', (d) => (d.rule = {}), 'disciplines'],
    ['a heat without its discipline', (d) => delete d.heats[0].disciplineId, 'heats.0.disciplineId'],
    ['a transfer heat without a crane', (d) => delete d.heats[4].craneId, 'heats.4.craneId'],
    ['a task key that is no number', (d) => (d.disciplines[2].rule.tasks[0].answer = 'twelve'), 'disciplines.2.rule.tasks.0.answer'],
    ['a negative weight', (d) => (d.disciplines[1].weight = -5), 'disciplines.1.weight'],
  ])('%s → 400 naming %s', async (_situation, change, field) => {
    const document = JSON.parse(JSON.stringify({ ...FIXTURE, id: uniqueId('bad') }));
    change(document);
    const answer = await server.api('POST', '/api/competitions', document, ADMIN_TOKEN);
    expect([answer.status, answer.body.error.field]).toEqual([400, field]);
  });
});

describe('transshipment', () => {
  it('moves from the station and the tablet; net time = elapsed + penalties + missing containers', async () => {
    expect((await api('POST', '/heats/t1/start', { at: '2025-08-12T13:00:00+08:00' })).status).toBe(200);
    for (let index = 1; index <= 4; index++) expect((await api('POST', '/lifts', move('t1', index), stationKeys['cn-bridge-1'])).status).toBe(201);
    expect((await api('POST', '/lifts', move('t1', 5, { id: 'ref-t1-5', penalties: ['twistlock'] }))).status).toBe(201);
    // The referee adds a damage penalty to move 2.
    expect((await api('POST', '/lifts/t1-2/corrections', { id: 'fix-t1-2', penalties: ['damage'], reason: 'dented corner post' })).status).toBe(201);
    expect((await api('POST', '/heats/t1/finish', { at: '2025-08-12T13:09:00+08:00' })).status).toBe(200);
    const standings = (await api('GET', '/standings')).body;
    const transfer = standings.disciplines.find((d: Json) => d.disciplineId === 'transfer');
    // 540 s + twistlock 30 + damage 60 + 1 missing × 120 = 750 → 150 over par 600 × 0.1 = 15 lost → 85
    expect(transfer.operators[0]).toMatchObject({ rank: 1, operatorId: 'cn-1', netTimeS: 750, penaltyS: 210, containersMoved: 5, points: 85 });
  });

  it.each<[string, Json, number, string | undefined]>([
    ['an index beyond the containers', move('t1', 7, { id: 'too-far' }), 400, 'index'],
    ['a penalty the rule does not name', move('t1', 6, { id: 'odd', penalties: ['collision'] }), 400, 'penalties'],
    ['a placement reading on a transfer heat', { ...move('t1', 6, { id: 'dx' }), dxMm: 3 }, 400, 'dxMm'],
    ['a lift for an accounting heat', { id: 'acc-lift', heatId: 'a1', index: 1, containerNo: containerNo(1) }, 400, 'heatId'],
  ])('%s → %i', async (_situation, body, status, field) => {
    const before = (await api('GET', '/events?since=0')).body.lastSeq;
    const answer = await api('POST', '/lifts', body);
    expect([answer.status, answer.body.error.field]).toEqual([status, field]);
    expect((await api('GET', '/events?since=0')).body.lastSeq).toBe(before);
  });
});

describe('accounting answers', () => {
  beforeAll(async () => {
    expect((await api('POST', '/heats/a2/start', {})).status).toBe(200);
  });

  it('a keyed task is marked by its key; a retry with the same body answers the original; a second answer is a conflict', async () => {
    const first = await api('POST', '/answers', { id: 'ans-1', heatId: 'a2', taskId: 't1', value: 12345.9 });
    expect(first.status).toBe(201);
    expect(first.body.answer).toEqual({ id: 'ans-1', heatId: 'a2', taskId: 't1', value: 12345.9 });
    const retry = await api('POST', '/answers', { id: 'ans-1', heatId: 'a2', taskId: 't1', value: 12345.9 });
    expect([retry.status, retry.body.seq]).toEqual([200, first.body.seq]);
    expect((await api('POST', '/answers', { id: 'ans-1', heatId: 'a2', taskId: 't1', value: 1 })).status).toBe(409);
    expect((await api('POST', '/answers', { id: 'ans-1b', heatId: 'a2', taskId: 't1', value: 1 })).status).toBe(409);
  });

  it('marks, a correction and the score: 12345.9 is 0.3 off (≤ 0.5) → 30; t3 by the examiner', async () => {
    expect((await api('POST', '/answers', { id: 'ans-2', heatId: 'a2', taskId: 't2', value: 24000 })).status).toBe(201);
    expect((await api('POST', '/answers', { id: 'ans-3', heatId: 'a2', taskId: 't3', points: 25 }, ADMIN_TOKEN)).status).toBe(201);
    const row = async () => (await api('GET', '/standings')).body.disciplines.find((d: Json) => d.disciplineId === 'accounting').operators.find((o: Json) => o.operatorId === 'cn-2');
    // (30 + 0 + 25) / 100 → 55
    expect(await row()).toMatchObject({ score: 55, tasksAnswered: 3 });
    const fix = await api('POST', '/answers/ans-2/corrections', { id: 'fix-ans-2', value: 24180, reason: 'weighbridge ticket re-read' });
    expect(fix.status).toBe(201);
    expect(fix.body.correction).toMatchObject({ answerId: 'ans-2', heatId: 'a2', taskId: 't2', value: 24180 });
    // (30 + 30 + 25) / 100 → 85
    expect(await row()).toMatchObject({ score: 85, tasksAnswered: 3 });
  });

  it.each<[string, string, string, number, string | undefined]>([
    ['an unknown task', '/answers', '{"id":"x1","heatId":"a2","taskId":"t9","value":1}', 400, 'taskId'],
    ['a mark above maxPoints', '/answers/ans-3/corrections', '{"id":"x2","points":41,"reason":"r"}', 400, 'points'],
    ['an answer to a placement heat', '/answers', '{"id":"x3","heatId":"p1","taskId":"t1","value":1}', 400, 'heatId'],
    ['NaN', '/answers', '{"id":"x4","heatId":"a2","taskId":"t1","value":NaN}', 400, undefined],
    ['Infinity (a number JSON cannot hold, sent as 1e999)', '/answers', '{"id":"x5","heatId":"a3","taskId":"t1","value":1e999}', 400, 'value'],
    ['a correction of an unknown answer', '/answers/nope/corrections', '{"id":"x6","value":1,"reason":"r"}', 404, undefined],
    ['a station', '/answers', '{"id":"x7","heatId":"a2","taskId":"t1","value":1}', 403, undefined],
  ])('%s → %i, nothing written', async (situation, path, raw, status, field) => {
    const before = (await api('GET', '/events?since=0')).body.lastSeq;
    const token = situation === 'a station' ? stationKeys['cn-bridge-1'] : referee;
    const answer = await server.send('POST', `/api/competitions/${cid}${path}`, raw, token);
    expect([answer.status, answer.body.error.field]).toEqual([status, field]);
    expect((await api('GET', '/events?since=0')).body.lastSeq).toBe(before);
  });
});

describe('overall and exports', () => {
  it('overall = Σ weight × points / Σ weight; each row carries its disciplines', async () => {
    const { operators } = (await api('GET', '/standings')).body;
    // cn-1: 25 × 85 / 100 = 21.25; cn-2: 15 × 85 / 100 = 12.75; kz-1, kz-2: 0, shared rank 3
    expect(operators.map((o: Json) => [o.rank, o.operatorId, o.score, o.disciplines])).toEqual([
      [1, 'cn-1', 21.25, { placement: 0, transfer: 85, accounting: 0 }],
      [2, 'cn-2', 12.75, { placement: 0, transfer: 0, accounting: 85 }],
      [3, 'kz-1', 0, { placement: 0, transfer: 0, accounting: 0 }],
      [3, 'kz-2', 0, { placement: 0, transfer: 0, accounting: 0 }],
    ]);
  });

  it('CSV and XLSX carry every discipline; the JSON export re-verifies every discipline', async () => {
    const download = async (format: string) => Buffer.from(await (await fetch(`${server.url}/api/competitions/${cid}/export?format=${format}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).arrayBuffer());
    const csv = (await download('csv')).toString('utf8');
    const titles = (parseCsv(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).map((r) => r[0]).filter((t) => t?.startsWith('#'));
    expect(titles).toEqual(['# Operators', '# Teams', '# Lifts', '# Discipline placement', '# Lifts placement', '# Discipline transfer', '# Lifts transfer', '# Discipline accounting', '# Answers']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Operators', 'Teams', 'Lifts', 'placement', 'Lifts placement', 'transfer', 'Lifts transfer', 'accounting', 'Answers', 'Audit', 'Signature']);
    const document = JSON.parse((await download('json')).toString('utf8'));
    const checks = verifyExport(document);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toEqual(expect.arrayContaining(['standings.disciplines.placement', 'standings.disciplines.transfer', 'standings.disciplines.accounting']));
    document.standings.disciplines[1].operators[0].netTimeS = 700;
    expect(verifyExport(document).find((c) => c.name === 'standings.disciplines.transfer')?.ok).toBe(false);
  });
});
