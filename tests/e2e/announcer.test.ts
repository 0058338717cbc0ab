import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApi } from '../support/api.ts';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';

describe('commentator screen in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof competitionApi>>;
  const lift = (id: string, heatId: string, index: number, dxMm: number, dyMm: number) =>
    api.referee('/lifts', { id, heatId, index, containerNo: 'CSQU3054383', dxMm, dyMm });

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    api = await competitionApi(server.url, CID);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows what a running operator needs on the remaining lifts, and updates it with the next lift', async () => {
    // Demo: 4 operators a team, one heat of 10 lifts each. Heats h1 (cn-1), h2 (cn-2), h3 (kz-1), h4 (kz-2) run.
    for (const heat of ['h1', 'h2', 'h3', 'h4']) await api.referee(`/heats/${heat}/start`);
    await lift('an-1', 'h4', 1, 0, 0); // kz-2: 100
    await lift('an-2', 'h4', 2, 0, 0); // kz-2: 100 → 20.00
    await lift('an-3', 'h2', 1, 0, 0); // cn-2: 100 → 10.00
    await lift('an-4', 'h1', 1, 30, 40); // cn-1: 50 mm → 80 → 8.00

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/announcer/${CID}?lang=en`);

    // cn-1: 8.00 with 9 lifts left. Lead: kz-2's 20 → (20 − 8) × 10 / 9 = 13.33.
    const lead = page.getByTestId('need-lead-cn-1');
    await expect.poll(() => lead.getAttribute('data-kind')).toBe('needs');
    expect(await lead.getAttribute('data-average')).toBe('13.33');
    expect(await lead.textContent()).toContain('average above 13.33');
    // Podium: the others by score 20, 10, 0 → third is 0, already below 8.
    expect(await page.getByTestId('need-podium-cn-1').getAttribute('data-kind')).toBe('reached');
    // Team: CN (8 + 10 + 0 + 0) / 4 = 4.5, KZ 20 / 4 = 5 → (5 − 4.5) × 4 × 10 / 9 = 2.22.
    expect(await page.getByTestId('need-team-cn-1').textContent()).toContain('2.22');
    // kz-2 leads: already there.
    expect(await page.getByTestId('need-lead-kz-2').getAttribute('data-kind')).toBe('reached');
    // kz-1 runs with no lift yet: no rank to give (not a shared 1st); kz-2 leads.
    expect(await page.getByTestId('rank-kz-1').textContent()).toBe('—');
    expect(await page.getByTestId('rank-kz-2').textContent()).toBe('1');
    // Records: kz-2's perfect lift (100) and kz-2's 20.00.
    expect(await page.getByTestId('record-lift').textContent()).toContain('100.00');
    expect(await page.getByTestId('record-operator').textContent()).toContain('20.00');

    // A perfect second lift: cn-1 (80 + 100) / 10 = 18, 8 left → (20 − 18) × 10 / 8 = 2.50.
    // Team: CN (18 + 10) / 4 = 7 > KZ 5 → already there.
    await lift('an-5', 'h1', 2, 0, 0);
    await expect.poll(() => lead.getAttribute('data-average')).toBe('2.50');
    expect(await page.getByTestId('need-team-cn-1').getAttribute('data-kind')).toBe('reached');

    await page.screenshot({ path: `${SCREENSHOT_DIR}/announcer-1280x800.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
