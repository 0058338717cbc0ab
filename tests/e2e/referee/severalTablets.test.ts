// Two referees, two tablets (two browser contexts: separate storage, outbox and network) on
// the same heats. Where two writes race, the test holds one tablet's request at the network
// until the other's is committed, so the order is the one under test, not luck.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { containerNo, createCompetition, enterLift, events, eventually, heatEvents, liftsOf, openTablet, outboxStatus, pendingCount, untilHeatStatus } from './tablet.ts';

const CID = 'two-tablets';

/** Holds the page's requests to `glob` until released; `arrived` resolves when `count` of them are held. */
async function hold(page: Page, glob: string, count = 1) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const sent: Promise<void>[] = [];
  await page.route(glob, (route) => {
    sent.push(released.then(() => route.continue()));
    if (sent.length === count) arrive();
  });
  return {
    arrived,
    /** Lets the held requests go, and stops holding. */
    release: async () => {
      release();
      await Promise.all(sent);
      await page.unroute(glob);
    },
  };
}

/** Statuses of the page's POSTs whose path ends with `suffix`, in the order answered. */
function answers(page: Page, suffix: RegExp): number[] {
  const statuses: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && suffix.test(new URL(r.url()).pathname)) statuses.push(r.status());
  });
  return statuses;
}

const rowState = (page: Page, index: number) => page.getByTestId(`lift-row-${index}`).getAttribute('data-state');
const rowText = (page: Page, index: number) => page.getByTestId(`lift-row-${index}`).locator('.lift-offsets').textContent();
const rejected = (page: Page) => outboxStatus(page).getAttribute('data-rejected');

describe('two tablets on the same heats', () => {
  let server: TestServer;
  let browser: Browser;
  let a: Page;
  let b: Page;
  const errors: string[] = [];
  const pick = async (heatId: string) => {
    for (const page of [a, b]) await page.getByTestId(`heat-${heatId}`).click();
  };

  beforeAll(async () => {
    server = await startTestServer();
    await createCompetition(server, CID, 10);
    browser = await launchChromium();
    const first = await openTablet(browser, server, CID, 'h1');
    const second = await openTablet(browser, server, CID, 'h1');
    [a, b] = [first.page, second.page];
    for (const page of [a, b]) page.on('pageerror', (e) => errors.push(e.message));
    await a.getByTestId('heat-start').click();
    await untilHeatStatus(b, 'running');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('different lifts from each tablet: both tablets show both', async () => {
    await enterLift(a, 1);
    await eventually(() => rowState(b, 1)).toBe('done'); // B sees A's lift live, and proposes lift 2
    await enterLift(b, 2);
    for (const page of [a, b]) {
      await eventually(() => rowState(page, 2)).toBe('done');
      expect(await rowState(page, 1)).toBe('done');
    }
    expect(liftsOf(await events(server, CID), 'h1').map((l) => l.index)).toEqual([1, 2]);
  });

  it('the same lift from both at once: one 201, one 409, and both tablets end up showing the lift that counts', async () => {
    const aLifts = answers(a, /\/lifts$/);
    const bLifts = answers(b, /\/lifts$/);
    for (const page of [a, b]) await eventually(() => page.getByTestId('lift-index').textContent()).toBe('3');
    // B's referee taps send first (dx −10), but B's request is slow on the Wi-Fi...
    const bHeld = await hold(b, `**/api/competitions/${CID}/lifts`);
    await b.getByTestId('container').fill(containerNo(3));
    await b.getByTestId('dx').getByRole('button', { name: '−10', exact: true }).click();
    await b.getByTestId('send-lift').click();
    await bHeld.arrived;
    // ...and A's (dx +10) reaches the server first.
    await enterLift(a, 3);
    await eventually(() => rowState(a, 3)).toBe('done');
    await bHeld.release();

    await eventually(() => rowState(b, 3)).toBe('rejected');
    expect([aLifts, bLifts]).toEqual([[201], [409]]);
    const threes = liftsOf(await events(server, CID), 'h1').filter((l) => l.index === 3);
    expect(threes).toMatchObject([{ dxMm: 10, dyMm: 0 }]);
    for (const page of [a, b]) expect(await rowText(page, 3)).toBe('+10 / 0 mm');
    // B says why, on the lift itself, and the referee can clear it.
    await b.getByTestId('lift-row-3').click();
    expect(await b.getByTestId('rejection').textContent()).toContain('already has a referee reading');
    await b.getByTestId('rejection').getByRole('button').click();
    await b.getByTestId('detail-close').click();
    await eventually(() => rowState(b, 3)).toBe('done');
    expect(await rejected(b)).toBe('0');
  });

  it('a correction that arrives after the other tablet confirmed the heat is refused (423), and says so on its lift', async () => {
    const corrections = answers(a, /\/corrections$/);
    const aHeld = await hold(a, `**/api/competitions/${CID}/lifts/*/corrections`);
    await a.getByTestId('lift-row-1').click();
    await a.getByTestId('start-correction').click();
    await a.getByTestId('corr-dx').getByRole('button', { name: '−1', exact: true }).click();
    await a.getByRole('button', { name: 'Video review' }).click();
    await a.getByTestId('send-correction').click();
    await aHeld.arrived;
    // Meanwhile B finishes and confirms heat h1.
    await b.getByTestId('heat-finish').click();
    await b.getByTestId('heat-dialog-yes').click();
    await untilHeatStatus(b, 'finished');
    await b.getByTestId('heat-confirm').click();
    await b.getByTestId('heat-dialog-yes').click();
    await eventually(async () => heatEvents(await events(server, CID), 'h1', 'heat.confirmed').length).toBe(1);
    await aHeld.release();

    await eventually(() => rowState(a, 1)).toBe('rejected');
    expect(corrections).toEqual([423]);
    expect((await events(server, CID)).filter((e) => e.type === 'lift.corrected')).toEqual([]);
    await a.getByTestId('lift-row-1').click();
    expect(await a.getByTestId('rejection').textContent()).toContain('heat h1 is confirmed');
    await a.getByTestId('rejection').getByRole('button').click(); // read and dismissed
    await a.getByTestId('detail-close').click();
    expect(await rejected(a)).toBe('0');
    for (const page of [a, b]) {
      await untilHeatStatus(page, 'confirmed');
      await page.getByTestId('lift-form-closed').waitFor();
    }
  });

  it('both confirm the same heat at the same moment: one confirmation in the log, both tablets locked, neither left with a refusal', async () => {
    await pick('h2');
    await a.getByTestId('heat-start').click();
    await untilHeatStatus(b, 'running');
    await a.getByTestId('heat-finish').click();
    await a.getByTestId('heat-dialog-yes').click();
    await untilHeatStatus(b, 'finished');
    const confirms = [answers(a, /\/heats\/h2\/confirm$/), answers(b, /\/heats\/h2\/confirm$/)];
    const held = await Promise.all([a, b].map((page) => hold(page, `**/api/competitions/${CID}/heats/h2/confirm`)));
    for (const page of [a, b]) {
      await page.getByTestId('heat-confirm').click();
      await page.getByTestId('heat-dialog-yes').click();
    }
    await Promise.all(held.map((h) => h.arrived));
    await Promise.all(held.map((h) => h.release())); // both requests go at once

    await eventually(() => confirms.flat().length).toBe(2);
    expect(confirms.flat().sort()).toEqual([200, 423]);
    expect(heatEvents(await events(server, CID), 'h2', 'heat.confirmed')).toHaveLength(1);
    for (const page of [a, b]) {
      await untilHeatStatus(page, 'confirmed');
      await page.getByTestId('lift-form-closed').waitFor();
      // The refused confirmation asked for what happened anyway: nothing is left to dismiss.
      await eventually(() => rejected(page)).toBe('0');
    }
  });

  it('a tablet offline through the confirmation gets a 423 for each entry and keeps them on screen, also after a reload', async () => {
    await pick('h3');
    await a.getByTestId('heat-start').click();
    await untilHeatStatus(b, 'running');
    await b.context().setOffline(true);
    await eventually(() => outboxStatus(b).getAttribute('data-online')).toBe('false');
    await enterLift(b, 1);
    await enterLift(b, 2);
    expect(await pendingCount(b)).toBe(2);

    await a.getByTestId('heat-finish').click();
    await a.getByTestId('heat-dialog-yes').click();
    await untilHeatStatus(a, 'finished');
    await a.getByTestId('heat-confirm').click();
    await a.getByTestId('heat-dialog-yes').click();
    await eventually(async () => heatEvents(await events(server, CID), 'h3', 'heat.confirmed').length).toBe(1);

    const bLifts = answers(b, /\/lifts$/);
    await b.context().setOffline(false);
    await eventually(() => pendingCount(b), { timeout: 20_000 }).toBe(0);
    await eventually(() => bLifts.length).toBe(2);
    expect(bLifts).toEqual([423, 423]);
    expect(liftsOf(await events(server, CID), 'h3')).toEqual([]);
    const check = async () => {
      await untilHeatStatus(b, 'confirmed');
      expect(await rejected(b)).toBe('2');
      for (const index of [1, 2]) {
        await eventually(() => rowState(b, index)).toBe('rejected');
        expect(await rowText(b, index)).toBe('+10 / 0 mm'); // what the referee entered, still there
      }
      await b.getByTestId('lift-row-2').click();
      expect(await b.getByTestId('rejection').textContent()).toContain('heat h3 is confirmed; an organizer must reopen it');
      await b.getByTestId('detail-close').click();
    };
    await check();
    await b.reload(); // the refusals are kept on the tablet (IndexedDB), not only in the page
    await b.getByTestId(`lift-row-2`).waitFor();
    await check();
    expect(errors).toEqual([]);
  });
});
