import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { containerNo, createCompetition, enterLift, events, liftsOf, login, outboxStatus, pendingCount, PIN, eventually } from './referee/tablet.ts';

const CID = 'referee-station';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOT_DIR}/referee-${name}.png` });

describe('referee tablet with a crane station, and through a server restart', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let stationKey: string;

  const stationLift = async (index: number, dxMm: number, dyMm: number) => {
    const res = await fetch(`${server.url}/api/competitions/${CID}/lifts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stationKey}` },
      body: JSON.stringify({ id: `station-${index}`, heatId: 'h2', index, containerNo: containerNo(500 + index), slot: `B-0${index}`, dxMm, dyMm }),
    });
    expect(res.status).toBe(201);
  };
  const rowState = (index: number) => page.getByTestId(`lift-row-${index}`).getAttribute('data-state');

  beforeAll(async () => {
    server = await startTestServer();
    stationKey = (await createCompetition(server, CID, 10))['cn-bridge-2'] as string;
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${server.url}/referee/${CID}`);
    await page.getByRole('button', { name: 'EN' }).click();
    await login(page, PIN);
    await page.getByTestId('heat-h2').click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows a station reading live, and confirms it with one tap', async () => {
    await page.getByTestId('heat-start').click();
    await eventually(() => page.getByTestId('heat-control').getAttribute('data-status')).toBe('running');
    await stationLift(1, 30, 40);
    await eventually(() => rowState(1)).toBe('station');
    await page.getByTestId('lift-row-1').click();
    await page.getByTestId('confirm-station').click();
    await eventually(() => rowState(1)).toBe('done');
    const referee = liftsOf(await events(server, CID), 'h2').filter((l) => (l as { source?: string }).source === 'referee');
    expect(referee.map((l) => [l.index, (l as unknown as { dxMm: number }).dxMm])).toEqual([[1, 30]]);
  });

  it('marks a lift disputed when the referee reads it 20 mm from the station, until a correction settles it', async () => {
    await stationLift(2, 0, 0);
    await eventually(() => rowState(2)).toBe('station');
    await eventually(() => page.getByTestId('lift-index').textContent()).toBe('2');
    await page.getByTestId('container').fill(containerNo(502));
    await page.getByTestId('dx').getByRole('button', { name: '+10', exact: true }).click();
    await page.getByTestId('dx').getByRole('button', { name: '+10', exact: true }).click();
    await page.getByTestId('send-lift').click();
    await page.getByTestId('overwrite-dialog').waitFor(); // the station's reading would be overridden
    await page.getByTestId('overwrite-proceed').click();
    await eventually(() => rowState(2)).toBe('disputed'); // 20 mm apart, tolerance 5 mm
    await shot(page, 'disputed');

    await page.getByTestId('lift-row-2').click();
    await page.getByTestId('disputed').waitFor();
    await page.getByTestId('start-correction').click();
    await page.getByTestId('corr-dx').getByRole('button', { name: '−10', exact: true }).click();
    await page.getByTestId('corr-dx').getByRole('button', { name: '−10', exact: true }).click();
    await page.getByRole('button', { name: 'Station misread' }).click();
    await page.getByTestId('send-correction').click();
    await eventually(() => rowState(2)).toBe('done');
  });

  it('keeps an entry made while the server is down and sends it once after the restart', async () => {
    const { port, dbPath } = server;
    await server.close();
    await enterLift(page, 3);
    await eventually(() => outboxStatus(page).getAttribute('data-online')).toBe('false');
    expect(await pendingCount(page)).toBe(1);
    server = await startTestServer({ dbPath, port });
    await eventually(() => pendingCount(page), { timeout: 20_000 }).toBe(0);
    const lifts = liftsOf(await events(server, CID), 'h2').filter((l) => l.index === 3);
    expect(lifts).toHaveLength(1);
    // Organizers see the tablet: nothing pending, and when it was last acknowledged.
    await expect
      .poll(async () => {
        const { devices } = (await (await fetch(`${server.url}/api/competitions/${CID}/devices`)).json()) as { devices: { kind: string; pending?: number; lastAckAt?: string }[] };
        return devices.filter((d) => d.kind === 'referee' && d.pending === 0 && d.lastAckAt).length;
      }, { timeout: 10_000 })
      .toBe(1);
    await page.getByRole('button', { name: '中文' }).click();
    await shot(page, 'zh');
  }, 60_000);
});
