// One heat per crane (the server answers 409 crane_busy): the tablet says so before the tap.
// Demo heats h1 (王建国) and h5 share bridge crane 1.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { createCompetition, openTablet, untilHeatStatus } from './tablet.ts';

const CID = 'crane-busy';

describe('a crane that already runs a heat', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    await createCompetition(server, CID, 10);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('keeps the next heat on it from starting, naming the running one, until that one finishes', async () => {
    const { page, errors } = await openTablet(browser, server, CID, 'h1');
    await page.getByTestId('heat-start').click();
    await untilHeatStatus(page, 'running');

    await page.getByTestId('heat-h5').click();
    await expect.poll(() => page.getByTestId('crane-busy').textContent(), { timeout: 10_000 }).toContain('H1');
    expect(await page.getByTestId('heat-start').isDisabled()).toBe(true);
    // A heat on another crane is free to start.
    await page.getByTestId('heat-h2').click();
    await expect.poll(() => page.getByTestId('heat-start').isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByTestId('crane-busy').count()).toBe(0);

    await page.getByTestId('heat-h1').click();
    await page.getByTestId('heat-finish').click();
    await page.getByTestId('heat-dialog-yes').click();
    await untilHeatStatus(page, 'finished');
    await page.getByTestId('heat-h5').click();
    await expect.poll(() => page.getByTestId('heat-start').isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByTestId('crane-busy').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
