// The big screens as an organizer runs them: a display told `auto` rotates through every
// view in turn; a display told to reload reloads and comes back as it was; a lift that
// changes places slides the rows and the arrows say which way.
import { pairDisplay } from './pairDisplay.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApi } from '../support/api.ts';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { containerNo, createCompetition } from './referee/tablet.ts';

const CID = 'screens';
const poll = <T>(read: () => T | Promise<T>, timeout = 10_000) => expect.poll(read, { interval: 50, timeout });

declare global {
  interface Window {
    /** data-view values in the order the board showed them (recorded by the test). */
    shownViews?: string[];
    /** Row animations started: the operator and the first keyframe's transform (recorded by the test). */
    rowMoves?: { operator: string | null; from: string }[];
    beforeReload?: boolean;
  }
}

describe('screens under the organizer’s control', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof competitionApi>>;
  let control: Page;
  const errors: string[] = [];

  const openBoard = async (query: string, initScript?: () => void) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on('pageerror', (e) => errors.push(e.message));
    if (initScript) await page.addInitScript(initScript);
    await page.goto(`${server.url}/board/${CID}${query}`);
    await page.getByTestId('connection').and(page.locator('[data-status="online"]')).waitFor();
    const deviceId = (await page.evaluate(() => localStorage.getItem('gauge.displayId'))) as string;
    await pairDisplay(page, control);
    const row = control.locator(`tr[data-device="${deviceId}"]`);
    await row.waitFor();
    return { page, row };
  };
  const view = (page: Page) => page.getByTestId('board').getAttribute('data-view');

  beforeAll(async () => {
    server = await startTestServer();
    await createCompetition(server, CID, 10);
    api = await competitionApi(server.url, CID);
    browser = await launchChromium();
    control = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await control.addInitScript((token) => localStorage.setItem('gauge.adminToken', token), ADMIN_TOKEN);
    await control.goto(`${server.url}/control/${CID}`);
    await control.getByTestId('control').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a display pinned to one view, told `auto`, shows every view in turn', async () => {
    const { page, row } = await openBoard('?view=heats&rotate=3');
    await page.evaluate(() => {
      const board = document.querySelector('[data-testid="board"]')!;
      window.shownViews = [];
      new MutationObserver(() => window.shownViews!.push(board.getAttribute('data-view') ?? '')).observe(board, { attributeFilter: ['data-view'] });
    });
    await row.locator('button[data-view="auto"]').click();
    // Every 3 s the next view: heats → charts → ranking → heats.
    await poll(() => page.evaluate(() => window.shownViews!.length), 20_000).toBeGreaterThanOrEqual(3);
    expect((await page.evaluate(() => window.shownViews!)).slice(0, 3)).toEqual(['charts', 'ranking', 'heats']);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull(); // a reload keeps rotating
    await poll(() => row.locator('td[data-view]').getAttribute('data-view')).toMatch(/^auto:/); // the organizer's list says it rotates
    await page.close();
  });

  it('a display told to reload reloads, and comes back on the view it was showing', async () => {
    const { page, row } = await openBoard('?view=ranking');
    await row.locator('button[data-view="charts"]').click();
    await poll(() => view(page)).toBe('charts');
    await page.evaluate(() => (window.beforeReload = true));
    const reloaded = page.waitForEvent('load');
    await row.locator('button[data-action="reload"]').click();
    await reloaded;
    expect(await page.evaluate(() => window.beforeReload)).toBeUndefined(); // a new document
    await page.getByTestId('connection').and(page.locator('[data-status="online"]')).waitFor();
    expect(await view(page)).toBe('charts');
    await poll(() => row.locator('td[data-view]').getAttribute('data-view')).toBe('charts');
    await page.close();
  });

  it('a lift that moves kz-4 from last to first slides the rows, with ▲ for kz-4, ▼ for cn-1 and no arrow for those without a lift', async () => {
    const { page } = await openBoard('?view=ranking', () => {
      // Record each row animation the board starts (useRankMoves calls element.animate).
      const animate = Element.prototype.animate;
      window.rowMoves = [];
      Element.prototype.animate = function (this: Element, keyframes, options) {
        const first = Array.isArray(keyframes) ? keyframes[0] : undefined;
        window.rowMoves!.push({ operator: this.getAttribute('data-operator'), from: String(first?.transform ?? '') });
        return animate.call(this, keyframes, options);
      };
    });
    const order = () => page.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-operator')));
    const setupOrder = ['cn-1', 'cn-2', 'cn-3', 'cn-4', 'kz-1', 'kz-2', 'kz-3', 'kz-4'];
    // cn-1 lands 50 mm off: 100 − 40 × 0.5 = 80 → 8.00; first already, so no row moves.
    await api.referee('/heats/h1/start');
    await api.referee('/lifts', { id: 'cn1-1', heatId: 'h1', index: 1, containerNo: containerNo(1), dxMm: 30, dyMm: 40 });
    await poll(() => page.getByTestId('score-cn-1').textContent()).toBe('8.00');
    expect(await order()).toEqual(setupOrder);
    expect(await page.evaluate(() => window.rowMoves!.length)).toBe(0);

    // kz-4 lands dead centre: 100 → 10.00, first; everyone else one place down.
    await api.referee('/heats/h8/start');
    await api.referee('/lifts', { id: 'kz4-1', heatId: 'h8', index: 1, containerNo: containerNo(2), dxMm: 0, dyMm: 0 });
    await poll(() => page.getByTestId('score-kz-4').textContent()).toBe('10.00');
    await poll(() => page.evaluate(() => window.rowMoves!.length)).toBe(8);
    expect(await order()).toEqual(['kz-4', ...setupOrder.slice(0, 7)]);

    // Each row slides from where it was: kz-4 from 7 rows below, the others from 1 row above.
    const moves = await page.evaluate(() => window.rowMoves!);
    const px = (from: string) => Number(/^translateY\((-?[\d.]+)px\)$/.exec(from)?.[1]);
    const rowHeight = px(moves.find((m) => m.operator === 'cn-1')!.from) * -1;
    expect(rowHeight).toBeGreaterThan(20);
    expect(px(moves.find((m) => m.operator === 'kz-4')!.from)).toBeCloseTo(7 * rowHeight, 1);
    for (const m of moves.filter((m) => m.operator !== 'kz-4')) expect(px(m.from)).toBeCloseTo(-rowHeight, 1);

    // The arrows: kz-4 up one rank (2 → 1), cn-1 down one (1 → 2); the rest, with no lift, show
    // "—" and no arrow (their tied place moved 2 → 3, which is no place on the board).
    const arrow = (id: string) => page.locator(`tr[data-operator="${id}"] .move`);
    expect([await arrow('kz-4').getAttribute('class'), await arrow('kz-4').textContent()]).toEqual(['move move-up', '▲1']);
    expect([await arrow('cn-1').getAttribute('class'), await arrow('cn-1').textContent()]).toEqual(['move move-down', '▼1']);
    for (const id of setupOrder.slice(1, 7)) expect([await arrow(id).getAttribute('class'), await arrow(id).textContent()]).toEqual(['move move-none', '']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
