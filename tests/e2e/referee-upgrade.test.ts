import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { containerNo, createCompetition, events, liftsOf, login, pendingCount, PIN, eventually } from './referee/tablet.ts';

// A tablet updated to a new build while writes are still queued: the entries the previous
// build stored (with the request's URL instead of a typed command) must still go out.

const CID = 'referee-upgrade';

describe('referee tablet updated with writes still queued by the previous build', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    await createCompetition(server, CID, 10);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('sends a start and a reading stored the old way, once each, after a reload', async () => {
    await page.goto(`${server.url}/referee/${CID}`);
    await login(page, PIN);
    await page.getByTestId('heat-h1').waitFor();

    // Exactly what the previous build put in IndexedDB for "start h1" and "lift 1: dx 12".
    const at = new Date().toISOString();
    const base = `/api/competitions/${CID}`;
    const stored = [
      { id: 'start-old', competitionId: CID, kind: 'heat', path: `${base}/heats/h1/start`, body: { id: 'start-old', at }, createdAt: 1, state: 'pending', attempts: 3 },
      {
        id: 'lift-old',
        competitionId: CID,
        kind: 'lift',
        path: `${base}/lifts`,
        body: { id: 'lift-old', heatId: 'h1', index: 1, containerNo: containerNo(1), dxMm: 12, dyMm: 0, penalties: [], dropped: false },
        createdAt: 2,
        state: 'pending',
        attempts: 3,
      },
    ];
    await page.evaluate(
      (entries) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gauge-referee', 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('entries', 'readwrite');
            for (const entry of entries) tx.objectStore('entries').put(entry);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      stored,
    );

    await page.reload();
    await eventually(async () => (await events(server, CID)).map((e) => e.type).filter((t) => t === 'heat.started' || t === 'lift.recorded')).toEqual([
      'heat.started',
      'lift.recorded',
    ]);
    expect(liftsOf(await events(server, CID), 'h1').map((l) => [l.id, l.index])).toEqual([['lift-old', 1]]);
    await eventually(() => pendingCount(page)).toBe(0);
    await page.getByTestId('heat-h1').click();
    await eventually(() => page.getByTestId('heat-control').getAttribute('data-status')).toBe('running');
    await page.getByTestId('lift-row-1').waitFor();
  });
});
