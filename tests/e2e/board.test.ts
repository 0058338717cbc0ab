import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';

describe('big-screen board in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let refereeToken: string;

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}/api/competitions/${CID}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${refereeToken}` },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return res.json() as Promise<{ seq: number }>;
  };

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    const login = await fetch(`${server.url}/api/auth/referee`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ competitionId: CID, pin: '2468' }),
    });
    refereeToken = ((await login.json()) as { token: string }).token;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows a lift posted through the API without a reload, and catches up after a lost connection', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // While the server restarts, the browser logs its refused reconnects; anything else is a fault.
    const expectedWhileDown = /ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/;
    page.on('console', (m) => m.type() === 'error' && !expectedWhileDown.test(m.text()) && errors.push(m.text()));
    await page.goto(`${server.url}/board/${CID}`);
    await page.getByTestId('connection').and(page.locator('[data-status="online"]')).waitFor();
    const rows = page.locator('[data-testid="ranking"] tbody tr');
    await expect.poll(() => rows.count()).toBe(8);
    // Everyone starts at 0, all sharing rank 1.
    await expect.poll(() => page.getByTestId('score-kz-2').textContent()).toBe('0.00');

    await post('/heats/h4/start', {});
    // dx 30, dy 40 → deviation 50 mm → 100 − (50 − 10) × 0.5 = 80 points; 80 / 10 lifts = 8.00
    await post('/lifts', { id: 'e2e-1', heatId: 'h4', index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 });
    await expect.poll(() => page.getByTestId('score-kz-2').textContent()).toBe('8.00');
    await expect.poll(() => page.locator('tr[data-operator="kz-2"]').getAttribute('data-rank')).toBe('1');
    // KZ team: mean of 8.00, 0, 0, 0 = 2.00
    await expect.poll(() => page.getByTestId('team-score-KZ').textContent()).toBe('2.00');
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));

    // Restart the server on the same file and port: the board shows the lost connection,
    // and a lift posted to the new server reaches it after it reconnects by itself.
    const { port, dbPath } = server;
    await server.close();
    await expect.poll(() => page.getByTestId('connection').getAttribute('data-status')).toBe('offline');
    server = await startTestServer({ dbPath, port });
    // dx 0, dy 0 → 100 points; kz-2 now (80 + 100) / 10 = 18.00
    await post('/lifts', { id: 'e2e-2', heatId: 'h4', index: 2, containerNo: 'MSKU9070323', dxMm: 0, dyMm: 0 });
    await expect.poll(() => page.getByTestId('connection').getAttribute('data-status'), { timeout: 15_000 }).toBe('online');
    await expect.poll(() => page.getByTestId('score-kz-2').textContent()).toBe('18.00');
    expect(navigations).toEqual([]); // no reload happened

    await page.screenshot({ path: `${SCREENSHOT_DIR}/board-1920x1080.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
