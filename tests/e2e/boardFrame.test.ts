import type { Browser, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApi } from '../support/api.ts';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const CID = 'alashankou-2025';

describe('a board before its snapshot arrives', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    const api = await competitionApi(server.url, CID);
    await api.referee('/heats/h4/start');
    // dx 30, dy 40 → 50 mm → 80 points; 80 / 10 lifts = 8.00
    await api.referee('/lifts', { id: 'frame-1', heatId: 'h4', index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('draws names, teams and clocks from the setup with no numbers, then fills them in from the snapshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Hold the socket: the board has its setup and nothing else.
    let held: WebSocketRoute | undefined;
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      held = ws;
    });
    await page.goto(`${server.url}/board/${CID}?view=ranking`);

    const board = page.getByTestId('board');
    await poll(() => board.getAttribute('data-loading')).toBe('true');
    expect(await board.getAttribute('data-seq')).toBe('0');
    const rows = page.locator('[data-testid="ranking"] tbody tr');
    await poll(() => rows.count()).toBe(8);
    // Names from the setup; nobody ranked; the numbers (zeros until the snapshot) not shown.
    await expect(page.locator('tr[data-operator="kz-2"] .col-operator').innerText()).resolves.toMatch(/\S/);
    expect(await page.locator('[data-testid="ranking"] .rank-number').allInnerTexts()).toEqual(Array(8).fill('—'));
    expect(await page.getByTestId('score-kz-2').isVisible()).toBe(false);
    expect(await page.getByTestId('team-score-KZ').isVisible()).toBe(false);
    await expect(page.getByTestId('clock').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/board-frame-1920x1080.png` });

    // Let the socket through: the snapshot fills the numbers in.
    await poll(() => held !== undefined).toBe(true);
    held?.connectToServer();
    await poll(() => board.getAttribute('data-loading')).toBe(null);
    await poll(() => page.getByTestId('score-kz-2').textContent()).toBe('8.00');
    expect(await page.getByTestId('score-kz-2').isVisible()).toBe(true);
    expect(await page.locator('tr[data-operator="kz-2"]').getAttribute('data-rank')).toBe('1');
    expect(Number(await board.getAttribute('data-seq'))).toBeGreaterThan(0);
    // The frame's places were no ranking: nothing moved up or down, no row slides.
    expect(await page.locator('[data-testid="ranking"] [data-move]').count()).toBe(0);
    const slidingRows = () => document.getAnimations().filter((a) => (a.effect as KeyframeEffect | null)?.target?.nodeName === 'TR').length;
    expect(await page.evaluate(slidingRows)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('subscribes once the frame is on screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // What the board showed when its subscribe went out (before that, the snapshot cannot come).
    await page.addInitScript(() => {
      const send = WebSocket.prototype.send;
      WebSocket.prototype.send = function (this: WebSocket, data) {
        const w = window as unknown as { boardAtSubscribe?: string | null };
        if (w.boardAtSubscribe === undefined && typeof data === 'string' && data.includes('"subscribe"')) {
          w.boardAtSubscribe = document.querySelector('[data-testid="board"]')?.getAttribute('data-loading') ?? null;
        }
        send.call(this, data);
      };
    });
    // A slow setup read: the socket is connected long before the frame can be drawn.
    await page.route(`**/api/competitions/${CID}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(`${server.url}/board/${CID}?view=ranking`);
    await poll(() => page.getByTestId('score-kz-2').textContent()).toBe('8.00');
    expect(await page.evaluate(() => (window as unknown as { boardAtSubscribe?: string | null }).boardAtSubscribe)).toBe('true');
    await page.close();
  });

  it('still draws from the snapshot when the setup cannot be read first', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.route(`**/api/competitions/${CID}`, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${server.url}/board/${CID}?view=ranking`);
    await poll(() => page.getByTestId('score-kz-2').textContent()).toBe('8.00');
    expect(await page.getByTestId('board').getAttribute('data-loading')).toBe(null);
    await page.close();
  });
});
