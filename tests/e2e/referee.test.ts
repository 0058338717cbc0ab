import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createCompetition, enterLift, events, liftsOf, login, outboxStatus, pendingCount, PIN, waitForServiceWorker, eventually } from './referee/tablet.ts';

const CID = 'referee-e2e';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOT_DIR}/referee-${name}.png` });

describe('referee tablet in Chromium at 1280×800', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    await createCompetition(server, CID, 20);
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('refuses a wrong PIN clearly, and makes repeated ones wait', async () => {
    // The demo competition, so the limit does not block the referee's own competition below.
    await page.goto(`${server.url}/referee/alashankou-2025`);
    await page.getByRole('button', { name: 'EN' }).click();
    await login(page, '1111');
    const error = page.getByTestId('login-error');
    await eventually(() => error.getAttribute('data-kind')).toBe('wrong_pin');
    expect(await error.textContent()).toContain('Wrong PIN');
    await shot(page, 'wrong-pin');
    // The competition's budget: 10 wrong PINs are free, then each one more starts a doubling
    // wait (1 s, 2 s, 4 s, …) during which a device that never logged in is not checked at all.
    // Guess from elsewhere until the server asks for a wait of 4 s or more.
    let retryAfterS = 0;
    for (let i = 0; i < 40 && retryAfterS < 4; i++) {
      const res = await fetch(`${server.url}/api/auth/referee`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ competitionId: 'alashankou-2025', pin: '1111' }),
      });
      if (res.status !== 429) continue;
      retryAfterS = Number(res.headers.get('retry-after'));
      if (retryAfterS < 4) await new Promise((resolve) => setTimeout(resolve, retryAfterS * 1000)); // the server's own wait
    }
    expect(retryAfterS).toBeGreaterThanOrEqual(4);
    // Within the wait, even the right PIN from this new device waits.
    await login(page, PIN);
    await eventually(() => error.getAttribute('data-kind')).toBe('too_many');
    expect(await error.textContent()).toMatch(/Too many wrong PINs\. Wait \d+ s/);
    await shot(page, 'rate-limited');
  });

  it('logs in, and the session survives a reload', async () => {
    await page.goto(`${server.url}/referee/${CID}`);
    await login(page, PIN);
    await page.getByTestId('heat-h1').waitFor();
    await page.reload();
    await page.getByTestId('heat-h1').waitFor();
    expect(await page.getByTestId('login').count()).toBe(0);
    // The session's token acts on this competition only.
    const { token } = JSON.parse((await page.evaluate((cid) => localStorage.getItem(`gauge.referee.${cid}`), CID)) ?? '{}') as { token: string };
    const other = await fetch(`${server.url}/api/competitions/alashankou-2025/heats/h1/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(other.status).toBe(403);
  });

  it('starts a heat and records 10 lifts, then 3 more offline across a reload: 13 lifts, once each', async () => {
    await page.getByTestId('heat-h1').click();
    await page.getByTestId('heat-start').click();
    await eventually(() => page.getByTestId('heat-control').getAttribute('data-status')).toBe('running');
    await eventually(() => page.getByTestId('heat-clock').textContent()).toMatch(/1[45]:\d\d/); // 15:00 counting down

    // The check digit is named and the right one offered.
    await page.getByTestId('container').fill('CSQU3054384');
    expect(await page.getByTestId('container-check').textContent()).toContain('Wrong check digit 4 — should be 3');
    await shot(page, 'check-digit');
    await page.getByTestId('use-digit').click();
    expect(await page.getByTestId('container').inputValue()).toBe('CSQU3054383');

    for (let index = 1; index <= 10; index++) await enterLift(page, index, { collision: index === 2 });
    await eventually(() => pendingCount(page)).toBe(0);
    await eventually(async () => liftsOf(await events(server, CID), 'h1').length).toBe(10);
    await shot(page, 'ten-lifts');

    await waitForServiceWorker(page);
    await context.setOffline(true);
    await eventually(() => outboxStatus(page).getAttribute('data-online')).toBe('false');
    for (let index = 11; index <= 13; index++) await enterLift(page, index);
    expect(await pendingCount(page)).toBe(3);
    await page.reload(); // served by the service worker; entries come back from IndexedDB
    await page.getByTestId('lift-row-13').waitFor();
    expect(await pendingCount(page)).toBe(3);
    expect(await page.getByTestId('lift-row-12').getAttribute('data-state')).toBe('pending');
    // Every lift is still on screen after the reload, and the next one proposed is 14.
    expect(await page.locator('[data-testid^="lift-row-"]').count()).toBe(13);
    expect(await page.getByTestId('lift-index').textContent()).toBe('14');
    await shot(page, 'offline-reloaded');
    // Chromium's offline emulation can fail a request in the page after it reached the server;
    // the tablet then holds the entry as pending and its retry (same id) must not double it,
    // which the exactly-13 check after reconnecting proves. So: 10, plus at most such strays.
    const whileOffline = liftsOf(await events(server, CID), 'h1').length;
    expect(whileOffline).toBeGreaterThanOrEqual(10);
    expect(whileOffline).toBeLessThanOrEqual(13);

    await context.setOffline(false);
    await eventually(() => pendingCount(page), { timeout: 20_000 }).toBe(0);
    const recorded = liftsOf(await events(server, CID), 'h1');
    expect(recorded).toHaveLength(13);
    expect(new Set(recorded.map((l) => l.index)).size).toBe(13);
    expect(new Set(recorded.map((l) => l.id)).size).toBe(13);
    // Recorded once the live feed (reconnecting after the outage) delivers the events.
    await eventually(() => page.getByTestId('lift-row-13').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    await shot(page, 'back-online');
  }, 120_000);

  it('shows the 13 lifts on the board', async () => {
    const board = await context.newPage();
    await board.setViewportSize({ width: 1920, height: 1080 });
    await board.goto(`${server.url}/board/${CID}`);
    // 12 lifts at dx 10 mm → 100 each, lift 2 with a collision → 80: 1280 / 20 lifts per heat = 64.00
    await eventually(() => board.getByTestId('score-cn-1').textContent()).toBe('64.00');
    await board.screenshot({ path: `${SCREENSHOT_DIR}/referee-board.png` });
    await board.close();
  });

  it('corrects a lift with a reason: in its history and in the event log', async () => {
    await page.getByTestId('lift-row-2').click();
    await page.getByTestId('start-correction').click();
    await page.getByTestId('correct-form').getByTestId('penalty-collision').click(); // the collision was a mistake
    expect(await page.getByTestId('send-correction').isDisabled()).toBe(true); // no reason yet
    await page.getByRole('button', { name: 'Video review' }).click();
    await page.getByTestId('send-correction').click();
    await page.getByTestId('lift-row-2').click();
    const history = page.getByTestId('lift-history');
    await eventually(() => history.locator('tr[data-kind="correction"]').count()).toBe(1);
    expect(await history.locator('tr[data-kind="correction"]').textContent()).toContain('Video review');
    await shot(page, 'history');
    // Times as the venue reads them (its setup: Asia/Shanghai), whatever zone the tablet runs in.
    const venueMinutes = [0, 60_000].map((ago) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.now() - ago));
    const at = (await history.locator('tr[data-kind="correction"] [data-testid="history-at"]').textContent()) ?? '';
    expect(venueMinutes).toContain(at.slice(0, 5));
    const lastAck = /(\d\d:\d\d):\d\d/.exec((await page.getByTestId('outbox-status').textContent()) ?? '')?.[1];
    expect(venueMinutes).toContain(lastAck);
    expect(await history.locator('tr[data-kind="correction"] [data-testid="history-actor"]').textContent()).toBe('Referee'); // the shared PIN names no one
    const corrected = (await events(server, CID)).filter((e) => e.type === 'lift.corrected');
    expect(corrected.map((e) => [e.data.reason, e.data.penalties])).toEqual([['Video review', []]]);
    await page.getByTestId('detail-close').click();
  });

  it('finishes and confirms the heat, which then says it is locked', async () => {
    await page.getByTestId('heat-finish').click();
    await page.getByTestId('heat-dialog-yes').click();
    await eventually(() => page.getByTestId('heat-control').getAttribute('data-status')).toBe('finished');
    await page.getByTestId('heat-confirm').click();
    await page.getByTestId('heat-dialog-yes').click();
    await eventually(() => page.getByTestId('heat-control').getAttribute('data-status')).toBe('confirmed');
    await page.getByTestId('lift-form-closed').waitFor();
    expect(await page.getByTestId('heat-status').textContent()).toBe('Heat confirmed — locked');
    await eventually(async () => (await events(server, CID)).filter((e) => e.type === 'heat.confirmed').length).toBe(1);
    await shot(page, 'confirmed');
    expect(errors).toEqual([]);
  });
});
