// The phone view (/m/:cid) follows the public SSE feed, not Socket.IO: it draws the ranking
// from GET /state, shows a new lift live, and carries on after the server restarts (the
// browser's EventSource reconnects and resumes by Last-Event-ID) with the lift recorded
// while it was away.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';
const SHOTS = '/tmp/sse-phone';
/** Screens fold on animation frames; on a loaded 2-core machine that can take a while. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
let server: TestServer;
let browser: Browser;

const referee = async (): Promise<string> => {
  const login = await fetch(`${server.url}/api/auth/referee`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ competitionId: CID, pin: '2468' }),
  });
  return ((await login.json()) as { token: string }).token;
};

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${server.url}/api/competitions/${CID}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await referee()}` },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
};

const connection = (page: Page) => page.getByTestId('connection').getAttribute('data-status');

beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

it('draws the ranking from the feed, shows a new lift live, and resumes after the server restarts', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const sockets: string[] = [];
  const feeds: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('request', (r) => {
    if (r.url().includes('/feed')) feeds.push(r.url());
  });
  await page.goto(`${server.url}/m/${CID}`);
  await poll(() => connection(page)).toBe('online');
  await page.locator('tr[data-operator="kz-2"]').waitFor();
  const seqAtStart = Number(await page.getByTestId('board').getAttribute('data-seq'));
  expect(feeds[0]).toContain(`/api/competitions/${CID}/feed?since=${seqAtStart}`);

  await post('/heats/h4/start', {});
  // kz-2: dx 30, dy 40 → deviation 50 mm → 80 points → 8.00, rank 1.
  await post('/lifts', { id: 'phone-kz-1', heatId: 'h4', index: 1, containerNo: 'CSQU3054383', dxMm: 30, dyMm: 40 });
  await poll(() => page.getByTestId('score-kz-2').textContent()).toBe('8.00');
  await poll(() => page.locator('tr[data-operator="kz-2"]').getAttribute('data-rank')).toBe('1');

  // The server goes away: the phone says so, and keeps what it shows.
  const { dbPath } = server;
  const port = Number(new URL(server.url).port);
  await server.close();
  await poll(() => connection(page)).toBe('offline');
  expect(await page.getByTestId('score-kz-2').textContent()).toBe('8.00');

  server = await startTestServer({ seedDemo: true, dbPath, port });
  // kz-2's second lift, recorded after the restart: dx 0, dy 0 → 100 → (80 + 100) / 10 = 18.00.
  await post('/lifts', { id: 'phone-kz-2', heatId: 'h4', index: 2, containerNo: 'MSKU9070323', dxMm: 0, dyMm: 0 });
  await poll(() => connection(page)).toBe('online');
  await poll(() => page.getByTestId('score-kz-2').textContent()).toBe('18.00');
  await page.screenshot({ path: `${SHOTS}-390x844.png` });
  // No Socket.IO on the phone at all; the feed was asked again after the restart.
  expect(sockets).toEqual([]);
  expect(feeds.length).toBeGreaterThan(1);
  await page.close();
}, 120_000);
