// Several disciplines in Chromium: the transshipment referee's taps and live net time, the
// examiner's keypad and marks, and the big screen and phone ranking each discipline and the
// overall score, with the exam's marks sealed until its last heat is confirmed. Numbers are
// worked by hand from the rules in contest.ts.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApi } from '../../support/api.ts';
import { launchChromium } from '../../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../../support/server.ts';
import { containerNo, events, eventually, liftsOf, openTablet, untilHeatStatus } from '../referee/tablet.ts';
import { createContest, SHOTS } from './contest.ts';

const CID = 'border-contest';

/** The log as staff read it: answers are sealed from anonymous readers until the exam is confirmed. */
async function staffEvents(server: TestServer): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const res = await fetch(`${server.url}/api/competitions/${CID}/events`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return ((await res.json()) as { events: { type: string; data: Record<string, unknown> }[] }).events;
}

describe('transshipment and accounting on the tablet, the board ranking every discipline', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof competitionApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    await createContest(server, CID);
    browser = await launchChromium();
    api = await competitionApi(server.url, CID);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const netTime = (page: Page) => page.getByTestId('net-time-value').textContent();

  it('transshipment: a tap per container records its index and faults; the net time shown is elapsed + fault seconds + missing containers', async () => {
    const startedAt = Date.now() - 100_000;
    await api.referee('/heats/t1/start', { at: new Date(startedAt).toISOString() });
    const { page, errors } = await openTablet(browser, server, CID, 't1');
    await page.getByTestId('trans-screen').waitFor();
    // Live, before any move: about 100 s elapsed + 6 missing × 120 s = 820 s, growing with the clock.
    const live = Number(await page.getByTestId('net-time').getAttribute('data-net-time-s'));
    expect(live).toBeGreaterThanOrEqual(820);
    expect(live).toBeLessThan(880);

    const faults = [[], ['twistlock'], ['misplaced', 'damage'], []];
    for (const [i, names] of faults.entries()) {
      const index = i + 1;
      await eventually(() => page.getByTestId('container-moved').textContent()).toBe(`Container ${index} moved`);
      await page.getByTestId('container').fill(containerNo(index));
      if (index === 3) {
        await page.getByTestId('from-slot').fill('s3');
        await page.getByTestId('to-slot').fill('b3');
      }
      for (const name of names) await page.getByTestId(`fault-${name}`).click();
      await page.getByTestId('container-moved').click();
      await page.getByTestId(`lift-row-${index}`).waitFor();
    }
    for (const index of [1, 2, 3, 4]) await eventually(() => page.getByTestId(`lift-row-${index}`).getAttribute('data-state')).toBe('done');
    const lifts = liftsOf(await events(server, CID), 't1') as unknown as { index: number; penalties: string[]; containerNo: string; fromSlot?: string; toSlot?: string }[];
    expect(lifts.map((l) => [l.index, l.penalties])).toEqual([[1, []], [2, ['twistlock']], [3, ['misplaced', 'damage']], [4, []]]);
    expect(lifts[2]).toMatchObject({ containerNo: containerNo(3), fromSlot: 'S3', toSlot: 'B3' });
    // Faults: twistlock 30 + misplaced 20 + damage 60 = 110 s.
    expect(await page.getByTestId('net-penalty').textContent()).toBe('110 s');

    // Finished 450 s after the start: 450 + 110 + (6 − 4) × 120 = 800 s = 13:20.0, and the clock stops.
    await api.referee('/heats/t1/finish', { at: new Date(startedAt + 450_000).toISOString() });
    await eventually(() => netTime(page)).toBe('13:20.0');
    await page.screenshot({ path: `${SHOTS}/tablet-transshipment-1280.png` });

    // Container 4 voided: 3 moved, 3 missing → 450 + 110 + 360 = 920 s = 15:20.0.
    await page.getByTestId('lift-row-4').click();
    await page.getByTestId('start-void').click();
    await page.getByRole('button', { name: 'Entry mistake' }).click();
    await page.getByTestId('send-correction').click();
    await eventually(() => netTime(page)).toBe('15:20.0');
    await eventually(() => page.getByTestId('lift-row-4').getAttribute('data-state')).toBe('voided');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('accounting: a keypad answer shows its mark; a keyed task inside its tolerance gets maxPoints; examiner points; a correction with a reason', async () => {
    const { page, errors } = await openTablet(browser, server, CID, 'a1');
    await page.getByTestId('exam-screen').waitFor();
    await page.getByTestId('heat-start').click();
    await untilHeatStatus(page, 'running');
    const keys = async (task: string, typed: string[]) => {
      await page.getByTestId(`task-${task}`).click();
      const pad = page.getByTestId('exam-keypad');
      for (const key of typed) await pad.getByRole('button', { name: key, exact: true }).click();
      await pad.getByTestId('keypad-ok').click();
    };
    const mark = (task: string) => page.getByTestId(`mark-${task}`).textContent();

    // t1: 12345.4 against the key 12345.6 ± 0.5: off by 0.2 → full 30.
    await keys('t1', ['1', '2', '3', '4', '5', '.', '4']);
    await eventually(() => page.getByTestId('task-t1').getAttribute('data-state')).toBe('done');
    expect(await mark('t1')).toBe('30 / 30');
    // t2 has no key: the examiner gives 15 of 20.
    await keys('t2', ['1', '5']);
    await eventually(() => page.getByTestId('task-t2').getAttribute('data-state')).toBe('done');
    expect(await mark('t2')).toBe('15 / 20');
    expect(await page.getByTestId('exam-total').textContent()).toBe('45 / 50');
    await page.screenshot({ path: `${SHOTS}/tablet-accounting-1280.png` });

    const answers = (await staffEvents(server)).filter((e) => e.type === 'answer.recorded').map((e) => e.data.answer);
    expect(answers).toMatchObject([
      { heatId: 'a1', taskId: 't1', value: 12345.4 },
      { heatId: 'a1', taskId: 't2', points: 15 },
    ]);

    // The answer was misread: 12340 → off by 5.6 → 0. A correction needs a reason.
    await keys('t1', ['1', '2', '3', '4', '0']);
    const dialog = page.getByTestId('exam-correction');
    expect(await dialog.getByTestId('exam-correction-send').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Entry mistake' }).click();
    await dialog.getByTestId('exam-correction-send').click();
    await eventually(() => mark('t1')).toBe('0 / 30');
    await eventually(() => page.getByTestId('task-t1').getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('exam-total').textContent()).toBe('15 / 50');
    const corrected = (await staffEvents(server)).find((e) => e.type === 'answer.corrected');
    expect(corrected?.data).toMatchObject({ taskId: 't1', value: 12340, reason: 'Entry mistake' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the board turns through the overall ranking and each discipline’s; the exam stays locked until its heats are confirmed; the phone switches rankings', async () => {
    // cn-1's placement: two lifts dead on the slot → 100 points.
    await api.referee('/heats/p1/start');
    for (const index of [1, 2]) await api.referee('/lifts', { id: `p1-${index}`, heatId: 'p1', index, containerNo: containerNo(100 + index), dxMm: 0, dyMm: 0 });

    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/board/${CID}?rotate=4`);
    const ranking = (key: string) => page.locator(`[data-ranking="${key}"]`);
    // Read inside the ranking named: the board moves on to the next one every few seconds.
    const text = (testId: string, key = 'overall') => ranking(key).getByTestId(testId).textContent();

    // Overall while the exam is sealed (the public counts its 0): (60 × 100 + 25 × 68 + 15 × 0) / 100 = 77.
    // Transshipment 920 s → 100 − (920 − 600) × 0.1 = 68.
    await ranking('overall').waitFor({ timeout: 20_000 });
    await eventually(() => text('overall-cn-1')).toBe('77.00');
    expect(await text('points-placement-cn-1')).toBe('100.00');
    expect(await text('points-transfer-cn-1')).toBe('68.00');
    expect(await text('points-accounting-cn-1')).toBe('•••');
    expect(await page.locator('[data-ranking="overall"] tbody tr').first().getAttribute('data-operator')).toBe('cn-1');
    await page.screenshot({ path: `${SHOTS}/board-overall-1920.png` });

    await ranking('placement').waitFor({ timeout: 20_000 });
    expect(await text('score-cn-1', 'placement')).toBe('100.00');
    await ranking('transfer').waitFor({ timeout: 20_000 });
    expect(await text('net-time-cn-1', 'transfer')).toBe('15:20.0');
    expect(await text('score-cn-1', 'transfer')).toBe('68.00');
    await page.screenshot({ path: `${SHOTS}/board-transfer-1920.png` });
    await ranking('accounting').waitFor({ timeout: 20_000 });
    expect(await ranking('accounting').getByTestId('sealed-note').count()).toBe(1);
    expect(await text('tasks-cn-1', 'accounting')).toBe('2');
    expect(await text('score-cn-1', 'accounting')).toBe('•••');
    await page.screenshot({ path: `${SHOTS}/board-accounting-sealed-1920.png` });

    // Every accounting heat confirmed: the exam is unsealed and the board shows it, no reload.
    await api.referee('/heats/a1/finish');
    await api.referee('/heats/a1/confirm');
    for (const verb of ['start', 'finish', 'confirm']) await api.referee(`/heats/a2/${verb}`);
    // cn-1's exam: 100 × 15 / 50 = 30; overall + 15 × 30 / 100 = 81.5.
    await page.locator('[data-ranking="accounting"][data-sealed="false"]').waitFor({ timeout: 25_000 });
    await eventually(() => text('score-cn-1', 'accounting'), { timeout: 25_000 }).toBe('30.00');
    await page.screenshot({ path: `${SHOTS}/board-accounting-unsealed-1920.png` });
    await ranking('overall').waitFor({ timeout: 25_000 });
    await eventually(() => text('overall-cn-1'), { timeout: 25_000 }).toBe('81.50');
    expect(await page.getByTestId('team-score-CN').textContent()).toBe('81.50'); // the duel: CN's one operator's overall
    expect(errors).toEqual([]);

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/m/${CID}`);
    await phone.locator('[data-ranking="overall"]').waitFor();
    await eventually(() => phone.getByTestId('overall-cn-1').textContent()).toBe('81.50');
    await phone.screenshot({ path: `${SHOTS}/phone-overall-390.png` });
    await phone.getByTestId('switch-transfer').click();
    await phone.locator('[data-ranking="transfer"]').waitFor();
    expect(await phone.getByTestId('net-time-cn-1').textContent()).toBe('15:20.0');
    await phone.screenshot({ path: `${SHOTS}/phone-transfer-390.png` });
  }, 120_000); // the board turns through six views, 4 s each, more than once
});
