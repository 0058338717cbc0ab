// Sealed accounting: until every heat of the accounting discipline is confirmed, an anonymous
// reader learns no answer key, no answer's value, no mark and no accounting score, on every
// path (socket live events, subscribe events and snapshots, /standings, /events, /export in
// every format, the setup GET, the SSE feed) — only how many tasks each candidate answered.
// Staff see everything; the confirmation of the last heat reveals it all.
import { readFileSync } from 'node:fs';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/cli/verifyExport.ts';
import { verifyChain } from '../../shared/hashChain.ts';
import { verifyPublicChain } from '../../shared/public/publicChain.ts';
import { pdfText, xlsxText } from '../support/exportText.ts';
import { SseReader } from '../support/sse.ts';
import { ADMIN_TOKEN, REFEREE_PIN, TestServer, ask, nextEvent, uniqueId, type Json } from './harness.ts';
import { leaksIn } from '../support/leaks.ts';

let server: TestServer;
let cid: string;
let referee: string;
let spectator: Socket;
let feed: SseReader;
const live: Json[] = [];
let sealedSeq: number;

/**
 * cn-1 sits heat a1: t1 12345.4 (key 12345.6 ± 0.5 → 30), t2 24181 (key 24180 exact → 0,
 * corrected to 24180 → 30), t3 the examiner's 37.5 of 40 → (30 + 30 + 37.5) / 100 = 97.5.
 * The keys, the values, the mark 37.5, the score 97.5, the answer ids and the reason are secrets.
 */
const SECRETS = ['12345.6', '24180', '12345.4', '24181', '37.5', '97.5', 'secret-answer-', 'secret-recount', '"tolerance"', '"answer":'];
const leaks = (text: string): string[] => leaksIn(text, SECRETS);

const anonymous = async (path: string): Promise<string> => {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer()).toString('utf8');
};
const download = async (format: string): Promise<Buffer> => Buffer.from(await (await fetch(`${server.url}/api/competitions/${cid}/export?format=${format}`)).arrayBuffer());
const accountingRow = (standings: Json, operatorId: string) =>
  standings.disciplines.find((d: Json) => d.disciplineId === 'accounting').operators.find((o: Json) => o.operatorId === operatorId);

async function post(path: string, body: Json, token = referee): Promise<Json> {
  const answer = await server.api('POST', `/api/competitions/${cid}${path}`, body, token);
  expect(answer.status, `${path} ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

beforeAll(async () => {
  server = await TestServer.start();
  cid = uniqueId('sealed');
  const document = JSON.parse(readFileSync(new URL('../../fixtures/demo/khorgos-triathlon.setup.json', import.meta.url), 'utf8'));
  expect((await server.api('POST', '/api/competitions', { ...document, id: cid, refereePin: REFEREE_PIN }, ADMIN_TOKEN)).status).toBe(201);
  referee = await server.loginReferee(cid);

  spectator = await server.connect();
  await ask(spectator, 'subscribe', { competitionId: cid, since: 0 });
  spectator.on('event', (event: Json) => live.push(event));
  feed = await SseReader.open(`${server.url}/api/competitions/${cid}/feed`);

  await post('/heats/a1/start', {});
  await post('/answers', { id: 'secret-answer-1', heatId: 'a1', taskId: 't1', value: 12345.4 });
  await post('/answers', { id: 'secret-answer-2', heatId: 'a1', taskId: 't2', value: 24181 });
  await post('/answers', { id: 'secret-answer-3', heatId: 'a1', taskId: 't3', points: 37.5 }, ADMIN_TOKEN);
  await post('/answers/secret-answer-2/corrections', { id: 'secret-answer-fix', value: 24180, reason: 'secret-recount' });
  sealedSeq = 6;
  await feed.until((r) => r.events().length >= sealedSeq);
  while (live.length < 5) await nextEvent(spectator, () => true);
}, 60_000);

afterAll(async () => {
  feed.close();
  await server.close();
});

describe('sealed: anonymous readers learn how many tasks were answered, nothing else', () => {
  it('staff see the marks: 30 + 30 + 37.5 of 100 → 97.5', async () => {
    const staff = (await server.api('GET', `/api/competitions/${cid}/standings`, undefined, referee)).body;
    expect(accountingRow(staff, 'cn-1')).toMatchObject({ rank: 1, score: 97.5, points: 97.5, tasksAnswered: 3 });
    // Overall: 15 × 97.5 / (60 + 25 + 15) = 14.625
    expect(staff.operators.find((o: Json) => o.operatorId === 'cn-1').disciplines).toEqual({ placement: 0, transfer: 0, accounting: 97.5 });
  });

  it('socket: live answer events are withheld copies with heat and task', () => {
    expect(live.filter((e) => e.type.startsWith('answer.')).map((e) => [e.type, e.withheld, e.data])).toEqual([
      ['answer.recorded', true, { heatId: 'a1', taskId: 't1' }],
      ['answer.recorded', true, { heatId: 'a1', taskId: 't2' }],
      ['answer.recorded', true, { heatId: 'a1', taskId: 't3' }],
      ['answer.corrected', true, { heatId: 'a1', taskId: 't2' }],
    ]);
    expect(leaks(JSON.stringify(live))).toEqual([]);
  });

  it('socket: subscribe events and snapshots count the answered tasks', async () => {
    const fromStart = await ask(spectator, 'subscribe', { competitionId: cid, since: 0 });
    expect(fromStart.events).toHaveLength(sealedSeq);
    expect(fromStart.events[0].withheld).toBe(true); // the setup, without its answer key
    const snapshot = await ask(spectator, 'subscribe', { competitionId: cid, since: 9_999 });
    expect(snapshot.snapshot.withheldAnswers).toEqual({ a1: 3 });
    expect(leaks(JSON.stringify([fromStart, snapshot]))).toEqual([]);
  });

  it('GET /state (what phones start from): the count of answered tasks, for the organizer too', async () => {
    const text = await anonymous(`/api/competitions/${cid}/state`);
    expect(JSON.parse(text).state).toMatchObject({ lastSeq: sealedSeq, withheldAnswers: { a1: 3 }, answers: {} });
    expect(leaks(text)).toEqual([]);
    // The route is the public projection whoever asks: it is followed with the public feed.
    const asOrganizer = await server.api('GET', `/api/competitions/${cid}/state`, undefined, ADMIN_TOKEN);
    expect(leaks(JSON.stringify(asOrganizer.body))).toEqual([]);
  });

  it('GET /standings: tasks answered, no score', async () => {
    const text = await anonymous(`/api/competitions/${cid}/standings`);
    expect(accountingRow(JSON.parse(text), 'cn-1')).toMatchObject({ score: 0, tasksAnswered: 3 });
    expect(leaks(text)).toEqual([]);
  });

  it('GET /events: a public log that verifies through the withheld setup and answers', async () => {
    const { events } = JSON.parse(await anonymous(`/api/competitions/${cid}/events?since=0`));
    expect(verifyPublicChain(events)).toMatchObject({ ok: true, withheld: 5 });
    expect(leaks(JSON.stringify(events))).toEqual([]);
    const staff = (await server.api('GET', `/api/competitions/${cid}/events?since=0`, undefined, ADMIN_TOKEN)).body.events;
    expect(verifyChain(staff)).toMatchObject({ ok: true });
    // Each withheld event carries a secret of its own: the key and the marks are few enough to try.
    for (const seq of [1, 3, 4, 5, 6]) expect(staff[seq - 1].data.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('GET /:cid: the tasks without answer or tolerance', async () => {
    const text = await anonymous(`/api/competitions/${cid}`);
    const accounting = JSON.parse(text).disciplines.find((d: Json) => d.id === 'accounting');
    expect(accounting.rule.tasks.map((t: Json) => Object.keys(t).sort())).toEqual([
      ['id', 'maxPoints', 'name'],
      ['id', 'maxPoints', 'name'],
      ['id', 'maxPoints', 'name'],
    ]);
    expect(leaks(text)).toEqual([]);
  });

  it.each(['json', 'csv'])('GET /export?format=%s', async (format) => {
    expect(leaks((await download(format)).toString('utf8'))).toEqual([]);
  });

  it('the public JSON export still verifies: chain through the withheld events, re-fold, every discipline', async () => {
    const checks = verifyExport(JSON.parse((await download('json')).toString('utf8')));
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    expect(checks.find((check) => check.name === 'hash chain')?.detail).toMatch(/5 withheld/);
  });

  it('GET /export?format=xlsx and pdf', async () => {
    expect(leaks(await xlsxText(await download('xlsx')))).toEqual([]);
    expect(leaks(pdfText(await download('pdf')))).toEqual([]);
  });

  it('GET /feed (SSE)', () => {
    expect(feed.events<Json>().filter((e) => e.withheld).map((e) => e.seq)).toEqual([1, 3, 4, 5, 6]);
    expect(leaks(JSON.stringify(feed.messages))).toEqual([]);
  });
});

describe('the last accounting heat confirmed reveals it all', () => {
  beforeAll(async () => {
    await post('/heats/a1/finish', {});
    await post('/heats/a1/confirm', {});
    for (const heat of ['a2', 'a3']) for (const verb of ['start', 'finish', 'confirm']) await post(`/heats/${heat}/${verb}`, {});
    await post('/heats/a4/start', {});
    await post('/heats/a4/finish', {});
    // Still sealed with a4 unconfirmed.
    expect(leaks(await anonymous(`/api/competitions/${cid}/standings`))).toEqual([]);
    await post('/heats/a4/confirm', {});
    await feed.until((r) => r.messages.some((m) => m.event === 'revealed'));
  });

  it('anonymous readers see the marks, the key and a fully verifiable log', async () => {
    expect(accountingRow(await server.standings(cid), 'cn-1')).toMatchObject({ rank: 1, score: 97.5 });
    const { events } = JSON.parse(await anonymous(`/api/competitions/${cid}/events?since=0`));
    expect(verifyChain(events)).toMatchObject({ ok: true });
    expect(events[2].data.answer).toMatchObject({ id: 'secret-answer-1', value: 12345.4 });
    const setup = JSON.parse(await anonymous(`/api/competitions/${cid}`));
    expect(setup.disciplines.find((d: Json) => d.id === 'accounting').rule.tasks[0]).toMatchObject({ answer: 12345.6, tolerance: 0.5 });
  });

  it('the feed sends the unsealed events in full, just before the confirmation', () => {
    const at = feed.messages.findIndex((m) => m.event === 'revealed');
    const revealed = JSON.parse(feed.messages[at]!.data).events as Json[];
    expect(revealed.map((e) => [e.seq, e.type])).toEqual([
      [1, 'competition.created'],
      [3, 'answer.recorded'],
      [4, 'answer.recorded'],
      [5, 'answer.recorded'],
      [6, 'answer.corrected'],
    ]);
    expect(JSON.parse(feed.messages[at + 1]!.data).type).toBe('heat.confirmed');
  });
});
