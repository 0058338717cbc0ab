// A board open across a freeze and a reveal, as a spectator's: while frozen no value reaches
// the browser at all (checked on the websocket frames it receives, not only on screen); at the
// reveal it converges to the live standings without a reload, rank changes shown as moves.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';
/** Screens fold on animation frames; on a loaded 2-core machine that can take a while. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
let server: TestServer;
let browser: Browser;
let referee: string;

const post = async (path: string, body: unknown, token = referee) => {
  const res = await fetch(`${server.url}/api/competitions/${CID}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
};

/** A spectator's page, with every websocket frame it receives kept for inspection. */
async function spectator(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; frames: string[] }> {
  const page = await browser.newPage({ viewport });
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => frames.push(String(frame.payload))));
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('connection').and(page.locator('[data-status="online"]')).waitFor();
  return { page, frames };
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  browser = await launchChromium();
  const login = await fetch(`${server.url}/api/auth/referee`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ competitionId: CID, pin: '2468' }),
  });
  referee = ((await login.json()) as { token: string }).token;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

it('a frozen board receives no values, and the reveal is a moment on board and phone alike', async () => {
  const board = await spectator(`/board/${CID}`, { width: 1920, height: 1080 });
  const phone = await spectator(`/m/${CID}`, { width: 390, height: 844 });
  const navigations: string[] = [];
  board.page.on('framenavigated', (f) => navigations.push(f.url()));

  await post('/heats/h4/start', {});
  await post('/heats/h1/start', {});
  // kz-2: dx 30, dy 40 → 80 points → 8.00, rank 1.
  await post('/lifts', { id: 'reveal-kz-1', heatId: 'h4', index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 });
  await poll(() => board.page.locator('tr[data-operator="kz-2"]').getAttribute('data-rank')).toBe('1');

  await post('/board/freeze', {}, ADMIN_TOKEN);
  await board.page.getByTestId('frozen-banner').waitFor();
  const framesAtFreeze = board.frames.length;
  // cn-1: two perfect lifts (dx 0, dy 0 → 100 each) → 20.00 live, rank 1 above kz-2.
  await post('/lifts', { id: 'reveal-cn-1', heatId: 'h1', index: 1, containerNo: 'MSKU9070323', dxMm: 0, dyMm: 0 });
  await post('/lifts', { id: 'reveal-cn-2', heatId: 'h1', index: 2, containerNo: 'CSQU3054383', dxMm: 0, dyMm: 0 });
  const withheld = () => board.frames.slice(framesAtFreeze).filter((f) => f.includes('"withheld":true')).length;
  await poll(withheld).toBe(2);
  const afterFreeze = board.frames.slice(framesAtFreeze).join('\n');
  expect(afterFreeze).not.toContain('dxMm');
  expect(afterFreeze).not.toContain('reveal-cn-');
  expect(await board.page.getByTestId('score-cn-1').textContent()).toBe('0.00');
  expect(await board.page.locator('tr[data-operator="kz-2"]').getAttribute('data-rank')).toBe('1');

  await post('/board/reveal', {}, ADMIN_TOKEN);
  await poll(() => board.page.getByTestId('score-cn-1').textContent()).toBe('20.00');
  await poll(() => board.page.locator('tr[data-operator="cn-1"]').getAttribute('data-rank')).toBe('1');
  // The move is shown: cn-1 went up (from shared rank 2 to 1), kz-2 down.
  expect(Number(await board.page.locator('tr[data-operator="cn-1"] [data-move]').getAttribute('data-move'))).toBeGreaterThan(0);
  expect(Number(await board.page.locator('tr[data-operator="kz-2"] [data-move]').getAttribute('data-move'))).toBeLessThan(0);
  await poll(() => board.page.getByTestId('frozen-banner').count()).toBe(0);
  expect(navigations).toEqual([]);
  await poll(() => phone.page.getByTestId('score-cn-1').textContent()).toBe('20.00');
  await board.page.screenshot({ path: `${SCREENSHOT_DIR}/board-after-reveal-1920x1080.png` });
  await board.page.close();
  await phone.page.close();
});
