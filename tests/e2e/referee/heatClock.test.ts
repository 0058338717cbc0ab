// The heat clock on the tablet: the heat finishes by itself when its time is up; a tablet
// whose clock is minutes off still counts down and records in the server's time; a heat
// finished while offline keeps the moment of the tap, not the moment it was synced.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { createCompetition, events, eventually, heatEvents, openTablet, outboxStatus, pendingCount, untilHeatStatus } from './tablet.ts';

const SHORT = 'clock-short'; // heats of 4 s
const LONG = 'clock-long'; // heats of 10 min
const SEVEN_MINUTES_MS = 7 * 60_000;

const atOf = (e: { data: { at?: string } } | undefined) => Date.parse(e?.data.at ?? '');

describe('the heat clock', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    await createCompetition(server, SHORT, 10, { heatDurationS: 4 });
    await createCompetition(server, LONG, 10, { heatDurationS: 600 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('finishes the heat by itself when its 4 s are up, at exactly start + 4 s, once', async () => {
    const { page, errors } = await openTablet(browser, server, SHORT, 'h1');
    await page.getByTestId('heat-start').click();
    await untilHeatStatus(page, 'running');
    // Nobody taps "finish": the clock does, when the time is up.
    await untilHeatStatus(page, 'finished', 15_000);
    await eventually(async () => heatEvents(await events(server, SHORT), 'h1', 'heat.finished').length).toBe(1);
    const log = await events(server, SHORT);
    const [started] = heatEvents(log, 'h1', 'heat.started');
    const [finished] = heatEvents(log, 'h1', 'heat.finished');
    expect(atOf(finished) - atOf(started)).toBe(4_000);
    expect(await page.locator('[data-testid="heat-clock"] output').textContent()).toBe('00:00');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe('a tablet whose clock runs 7 minutes fast', () => {
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      // Playwright's clock for this tablet only: it starts 7 minutes ahead and then runs on.
      ({ page, errors } = await openTablet(browser, server, LONG, 'h1', (context) => context.clock.install({ time: Date.now() + SEVEN_MINUTES_MS })));
      // The tablet measures its offset from /api/health when it loads and keeps it in localStorage.
      await page.waitForFunction(() => localStorage.getItem('gauge.clockOffsetMs') !== null, undefined, { timeout: 10_000 });
    });

    afterAll(async () => {
      await page?.context().close();
    });

    it('knows it is fast', async () => {
      const offsetMs = Number(await page.evaluate(() => localStorage.getItem('gauge.clockOffsetMs')));
      // Server minus tablet: about −7 minutes (give or take the round trip on a busy machine).
      expect(Math.abs(offsetMs + SEVEN_MINUTES_MS)).toBeLessThan(2_000);
    });

    it('starts the heat at the server’s time and counts down 10 minutes from there', async () => {
      const before = Date.now();
      await page.getByTestId('heat-start').click();
      await untilHeatStatus(page, 'running');
      const after = Date.now();
      await eventually(async () => heatEvents(await events(server, LONG), 'h1', 'heat.started').length).toBe(1);
      const [started] = heatEvents(await events(server, LONG), 'h1', 'heat.started');
      // The tap happened between `before` and `after` on the server's clock (this process shares it).
      expect(atOf(started)).toBeGreaterThanOrEqual(before - 1_500);
      expect(atOf(started)).toBeLessThanOrEqual(after + 1_500);
      // Time left: 10:00 or just under — not 03:00, which the tablet's own clock would say.
      await eventually(() => page.locator('[data-testid="heat-clock"] output').textContent()).toMatch(/^(10:00|09:[45]\d)$/);
      expect(await page.getByTestId('heat-control').getAttribute('data-status')).toBe('running');
    });

    it('finished while offline, the heat keeps the time of the tap, not the time of the sync', async () => {
      await page.context().setOffline(true);
      await eventually(() => outboxStatus(page).getAttribute('data-online')).toBe('false');
      const before = Date.now();
      await page.getByTestId('heat-finish').click();
      await page.getByTestId('heat-dialog-yes').click();
      await untilHeatStatus(page, 'finished'); // the tablet shows it at once, from its outbox
      const after = Date.now();
      expect(await pendingCount(page)).toBe(1);
      // The referee stays out of Wi-Fi range for a while before the tablet syncs.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await page.context().setOffline(false);
      await eventually(() => pendingCount(page), { timeout: 20_000 }).toBe(0);

      const [finished] = heatEvents(await events(server, LONG), 'h1', 'heat.finished');
      expect(atOf(finished)).toBeGreaterThanOrEqual(before - 1_500);
      expect(atOf(finished)).toBeLessThanOrEqual(after + 1_500);
      // The server received it at least 3 s later: its own time of the event says so.
      expect(Date.parse(finished!.at) - atOf(finished)).toBeGreaterThanOrEqual(2_500);
      expect(errors).toEqual([]);
    });
  });
});
