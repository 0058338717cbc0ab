import { mkdirSync } from 'node:fs';
import { pairDisplay } from './pairDisplay.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApi, demoLifts, submission } from '../support/api.ts';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';
// A Chinese name, and a Kazakh Cyrillic one with letters Russian lacks (Ә, Ұ).
const CHINESE = '王建国';
const KAZAKH = 'Әсел Жұмабекова';
// Charts redraw at most once a second, and the machine may be busy: wait up to 10 s, not vitest's 1 s.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('board views, freeze/reveal and remote control in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof competitionApi>>;

  const watchErrors = (page: Page): string[] => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return errors;
  };
  const openBoard = async (query: string, viewport = { width: 1920, height: 1080 }, path = 'board') => {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/${path}/${CID}${query}`);
    await page.getByTestId('connection').and(page.locator('[data-status="online"]')).waitFor();
    return { page, errors };
  };
  /** Every ranking row is inside its panel (the panel clips what does not fit). */
  const rowsFit = (page: Page) =>
    page.evaluate(() => {
      const panel = document.querySelector('.ranking')?.getBoundingClientRect();
      const rows = [...document.querySelectorAll('[data-testid="ranking"] tbody tr')].map((r) => r.getBoundingClientRect());
      return rows.length > 0 && rows.every((r) => panel !== undefined && r.bottom <= panel.bottom + 0.5 && r.right <= panel.right + 0.5);
    });
  /** Text fits: nothing scrolls or spills out of the screen. */
  const overflow = (page: Page) =>
    page.evaluate(() => ({ x: document.documentElement.scrollWidth - innerWidth, y: document.documentElement.scrollHeight - innerHeight }));

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    api = await competitionApi(server.url, CID);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Round one under way: four heats started, the first six lifts of each recorded.
    for (const heat of ['h1', 'h2', 'h3', 'h4']) await api.referee(`/heats/${heat}/start`);
    const lifts = demoLifts().filter((l) => ['h1', 'h2', 'h3', 'h4'].includes(l.heatId) && l.index <= 6);
    for (const [i, l] of lifts.entries()) await api.referee('/lifts', submission(l, `seed-${i}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('renders every view in Chinese and Kazakh at 1920×1080 and 3840×2160, and the phone view at 390×844', async () => {
    for (const view of ['ranking', 'heats', 'charts']) {
      const { page, errors } = await openBoard(`?view=${view}`);
      await page.getByTestId(`view-${view}`).waitFor();
      if (view === 'charts') await page.locator('[data-testid="chart-landing-target"] .recharts-scatter-symbol circle').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const text = await page.locator('body').innerText();
      expect(text).toContain(view === 'charts' ? '集装箱落点' : CHINESE);
      expect(text).toContain(view === 'charts' ? 'Контейнерлер қайда түсті' : KAZAKH);
      expect(await overflow(page)).toEqual({ x: 0, y: 0 });
      if (view === 'ranking') expect(await rowsFit(page)).toBe(true);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/board-${view}-1920x1080.png` });
      expect(errors).toEqual([]);
      await page.close();
    }

    const { page: big, errors: bigErrors } = await openBoard('?view=ranking', { width: 3840, height: 2160 });
    await big.evaluate(() => document.fonts.ready);
    expect(await big.locator('body').innerText()).toContain(KAZAKH);
    expect(await overflow(big)).toEqual({ x: 0, y: 0 });
    expect(await rowsFit(big)).toBe(true);
    await big.screenshot({ path: `${SCREENSHOT_DIR}/board-ranking-3840x2160.png` });
    const { page: bigCharts } = await openBoard('?view=charts', { width: 3840, height: 2160 });
    await bigCharts.locator('[data-testid="chart-landing-target"] .recharts-scatter-symbol circle').first().waitFor();
    await bigCharts.screenshot({ path: `${SCREENSHOT_DIR}/board-charts-3840x2160.png` });
    expect(bigErrors).toEqual([]);
    await big.close();
    await bigCharts.close();

    // As the board's QR code opens it: both languages (without ?lang a phone speaks its browser's).
    const { page: phone, errors: phoneErrors } = await openBoard('?lang=zh,kk', { width: 390, height: 844 }, 'm');
    await phone.evaluate(() => document.fonts.ready);
    const phoneText = await phone.locator('body').innerText();
    expect(phoneText).toContain(CHINESE);
    expect(phoneText).toContain(KAZAKH);
    expect((await overflow(phone)).x).toBe(0); // scrolls down, never sideways
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/phone-390x844.png` });
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/phone-390x844-full.png`, fullPage: true });
    expect(phoneErrors).toEqual([]);
    await phone.close();
  }, 180_000);

  it('the QR code on the big screen opens the phone view at the address the screen was opened with', async () => {
    const { page } = await openBoard('?view=ranking&lang=kk,zh');
    expect(await page.getByTestId('qr').getAttribute('data-url')).toBe(`${server.url}/m/${CID}?lang=kk,zh`);
    await poll(() => page.locator('[data-testid="qr"] svg').count()).toBe(1);
    await page.close();
  });

  it('a lift posted through the API moves the ranking and the charts live', async () => {
    const { page: ranking } = await openBoard('?view=ranking');
    const { page: charts } = await openBoard('?view=charts');
    const points = () => charts.getByTestId('chart-landing-target').getAttribute('data-points');
    const before = Number(await points());
    expect(before).toBe(24);
    // Round two has not started: cn-3, cn-4, kz-3 and kz-4 share rank 5 with 0.00.
    expect(await ranking.locator('tr[data-operator="cn-3"]').getAttribute('data-rank')).toBe('5');
    // kz-4 starts on kz-2's crane once kz-2's heat h4 is over (a crane runs one heat at a time),
    // and lands within full marks (3.6 mm): 100 / 10 lifts = 10.00, alone in 5th.
    await api.referee('/heats/h4/finish');
    await api.referee('/heats/h8/start');
    await api.referee('/lifts', { id: 'live-1', heatId: 'h8', index: 1, containerNo: 'CSQU3054383', dxMm: 2, dyMm: -3 });
    await poll(() => ranking.getByTestId('score-kz-4').textContent()).toBe('10.00');
    await poll(() => ranking.locator('tr[data-operator="kz-4"]').getAttribute('data-rank')).toBe('5');
    // The three still at 0.00 drop to a shared 6th; with no lift yet they show "—" and no arrow
    // (a place they never had on the board is no move).
    await poll(() => ranking.locator('tr[data-operator="cn-3"]').getAttribute('data-rank')).toBe('6');
    expect(await ranking.locator('tr[data-rank="6"] .rank-number').allTextContents()).toEqual(['—', '—', '—']);
    expect(await ranking.locator('tr[data-rank="6"] .move-down').count()).toBe(0);
    // kz-4's row is now above theirs.
    const order = await ranking.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-operator')));
    expect(order.indexOf('kz-4')).toBe(4);
    await poll(points).toBe(String(before + 1));
    await poll(() => charts.getByTestId('chart-running-average').getAttribute('data-points')).toBe('6');
    await ranking.close();
    await charts.close();
  }, 90_000);

  it('freeze hides a change on public screens (board and phone) while the organizer sees it; reveal shows it', async () => {
    const { page: board } = await openBoard('?view=ranking');
    const { page: phone } = await openBoard('', { width: 390, height: 844 }, 'm');
    const control = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await control.addInitScript((token) => localStorage.setItem('gauge.adminToken', token), ADMIN_TOKEN);
    await control.goto(`${server.url}/control/${CID}`);
    await pairDisplay(board, control);
    // Round one's h3 and h2 end, so their cranes are free for h7 and h6 below.
    await api.referee('/heats/h3/finish');
    await api.referee('/heats/h2/finish');
    await api.referee('/heats/h7/start'); // a heat start is no result: it does not wait for a reveal
    await control.getByTestId('freeze').click();
    await poll(() => board.getByTestId('frozen-banner').count()).toBe(1);
    await poll(() => phone.getByTestId('frozen-banner').count()).toBe(1);
    const frozenScore = await board.getByTestId('score-kz-3').textContent();
    expect(frozenScore).toBe('0.00');
    const frozenTeamScore = await board.getByTestId('team-score-KZ').textContent();

    // kz-3 lands 3 mm off: 100 points, 100 / 10 lifts = 10.00 — but not on public screens yet.
    await api.referee('/lifts', { id: 'hidden-1', heatId: 'h7', index: 1, containerNo: 'MSKU9070323', dxMm: 3, dyMm: 0 });
    await poll(() => control.getByTestId('score-kz-3').textContent()).toBe('10.00');
    // Proof that the public screens have had the hidden lift, not a pause: a heat starts after
    // it (no result, so public screens show it while frozen), and a screen folds events in seq
    // order, so a screen that shows h6 running has folded the lift before it.
    await api.referee('/heats/h6/start');
    await poll(() => phone.locator('[data-heat="h6"]').count()).toBe(1);
    expect(await phone.getByTestId('score-kz-3').textContent()).toBe(frozenScore);
    expect(await phone.getByTestId('team-score-KZ').textContent()).toBe(frozenTeamScore);
    // The big screen shows running heats on its heats view: the organizer switches it there and back.
    const boardId = await board.evaluate(() => localStorage.getItem('gauge.displayId'));
    const boardRow = control.locator(`tr[data-device="${boardId}"]`);
    await boardRow.locator('button[data-view="heats"]').click();
    await poll(() => board.locator('[data-heat="h6"]').count()).toBe(1);
    expect(await board.getByTestId('team-score-KZ').textContent()).toBe(frozenTeamScore);
    await boardRow.locator('button[data-view="ranking"]').click();
    await board.getByTestId('view-ranking').waitFor();
    expect(await rowsFit(board)).toBe(true); // the banner takes no row off the screen
    expect(await board.getByTestId('score-kz-3').textContent()).toBe(frozenScore);
    await board.screenshot({ path: `${SCREENSHOT_DIR}/board-frozen-1920x1080.png` });

    // A screen opened while frozen shows the frozen standings too (folded up to the freeze).
    const { page: late } = await openBoard('?view=ranking');
    await poll(() => late.getByTestId('score-kz-3').textContent()).toBe(frozenScore);

    await control.getByTestId('reveal').click();
    await poll(() => board.getByTestId('score-kz-3').textContent()).toBe('10.00');
    await poll(() => phone.getByTestId('score-kz-3').textContent()).toBe('10.00');
    await poll(() => late.getByTestId('score-kz-3').textContent()).toBe('10.00');
    expect(await board.getByTestId('frozen-banner').count()).toBe(0);
    for (const page of [board, phone, control, late]) await page.close();
  }, 90_000);

  it('a display follows a view and language change from the organizer’s control page', async () => {
    const { page: display } = await openBoard('?view=ranking');
    const deviceId = await display.evaluate(() => localStorage.getItem('gauge.displayId'));
    expect(deviceId).toMatch(/^display-/);
    const control = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await control.addInitScript((token) => localStorage.setItem('gauge.adminToken', token), ADMIN_TOKEN);
    await control.goto(`${server.url}/control/${CID}`);
    await pairDisplay(display, control);
    const row = control.locator(`tr[data-device="${deviceId}"]`);
    await row.waitFor();
    await row.locator('button[data-view="charts"]').click();
    await poll(() => display.getByTestId('board').getAttribute('data-view')).toBe('charts');
    await row.locator('select').selectOption('ru,kk');
    await poll(() => display.locator('.board-title h1.primary').textContent()).toContain('Конкурс');
    // The organizer's list shows what the display now shows.
    await poll(() => row.textContent()).toContain('Рус+Қаз');
    await control.screenshot({ path: `${SCREENSHOT_DIR}/control-1280x900.png` });
    await display.close();
    await control.close();
  }, 90_000);
});
