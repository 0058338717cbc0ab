import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionApi } from '../support/api.ts';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';
const FRAME = { width: 1920, height: 1080 };

/** Alpha (0..255) of pixels of a PNG, decoded by the browser itself (no PNG library in the project). */
async function alphaAt(browser: Browser, png: Buffer, points: { x: number; y: number }[]): Promise<number[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ dataUrl, points }) => {
        const img = new Image();
        img.src = dataUrl;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(img, 0, 0);
        return points.map(({ x, y }) => context.getImageData(x, y, 1, 1).data[3] as number);
      },
      { dataUrl: `data:image/png;base64,${png.toString('base64')}`, points },
    );
  } finally {
    await page.close();
  }
}

describe('stream overlay in Chromium (1920×1080, transparent)', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof competitionApi>>;
  const lift = (id: string, heatId: string, index: number, dxMm: number, dyMm: number) =>
    api.referee('/lifts', { id, heatId, index, containerNo: 'CSQU3054383', dxMm, dyMm });

  const open = async (query = ''): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage({ viewport: FRAME });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/overlay/${CID}${query}`);
    return { page, errors };
  };

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    api = await competitionApi(server.url, CID);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await api.referee('/heats/h1/start'); // cn-1, bib 101, on bridge crane 1
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('shows the running heat’s operator, lifts, live score, rank and last lift as lifts are posted', async () => {
    const { page, errors } = await open();
    const heat = page.getByTestId('overlay-heat');
    await expect.poll(() => heat.getAttribute('data-operator')).toBe('cn-1');
    // Both languages of the name (default ?lang=zh,kk).
    await expect.poll(() => heat.textContent()).toContain('王建国');
    expect(await heat.textContent()).toContain('Ван Цзяньго');
    expect(await heat.textContent()).toContain('101');

    // dx 30, dy 40 → 50 mm → 100 − (50 − 10) × 0.5 = 80; operator 80 / 10 lifts = 8.00, alone in front.
    await lift('ov-1', 'h1', 1, 30, 40);
    await expect.poll(() => page.getByTestId('overlay-score').textContent()).toBe('8.00');
    expect(await page.getByTestId('overlay-lifts').textContent()).toBe('1/10');
    expect(await page.getByTestId('overlay-rank').textContent()).toBe('1');
    expect(await page.getByTestId('overlay-lift-score').textContent()).toBe('80.00');
    expect(await page.getByTestId('overlay-last').textContent()).toContain('50.0 mm');

    // dy 14 → 14 mm → 100 − 4 × 0.5 = 98; (80 + 98) / 10 = 17.80.
    await lift('ov-2', 'h1', 2, 0, 14);
    await expect.poll(() => page.getByTestId('overlay-score').textContent()).toBe('17.80');
    expect(await page.getByTestId('overlay-lifts').textContent()).toBe('2/10');
    const last = await page.getByTestId('overlay-last').textContent();
    expect(last).toContain('#2');
    expect(last).toContain('0 / +14 mm'); // dx / dy, as the placement module writes them
    expect(last).toContain('98.00');

    // Nothing of the app's background, and no scrollbars.
    const page$ = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      root: getComputedStyle(document.getElementById('root') as HTMLElement).backgroundColor,
      scrolls: document.documentElement.scrollWidth > innerWidth || document.documentElement.scrollHeight > innerHeight,
    }));
    expect(page$).toEqual({ html: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', root: 'rgba(0, 0, 0, 0)', scrolls: false });

    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ omitBackground: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overlay-1920x1080.png`, omitBackground: true });
    const score = await page.getByTestId('overlay-score').boundingBox();
    expect(score).not.toBeNull();
    const inside = { x: Math.round((score?.x ?? 0) + (score?.width ?? 0) / 2), y: Math.round((score?.y ?? 0) + 2) };
    expect(inside.y).toBeGreaterThan(FRAME.height * 0.66); // the lower third
    const [corner, centre, lowerThird] = await alphaAt(browser, png, [{ x: 0, y: 0 }, { x: 960, y: 400 }, inside]);
    expect(corner).toBe(0);
    expect(centre).toBe(0);
    expect(lowerThird).toBe(255);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps everything inside the 90% title-safe area with ?safe=1; by default the team band runs to the edge', async () => {
    const insideSafeArea = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="overlay-area"] *')].map((element) => element.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0),
      );
    const safe = await open('?safe=1');
    await safe.page.getByTestId('overlay-heat').waitFor();
    for (const r of await insideSafeArea(safe.page)) {
      // 5% of 1920 = 96, 5% of 1080 = 54
      expect(r.left).toBeGreaterThanOrEqual(96 - 0.5);
      expect(r.right).toBeLessThanOrEqual(1824 + 0.5);
      expect(r.top).toBeGreaterThanOrEqual(54 - 0.5);
      expect(r.bottom).toBeLessThanOrEqual(1026 + 0.5);
    }
    await safe.page.close();

    const bleed = await open();
    await bleed.page.getByTestId('overlay-heat').waitFor();
    const lefts = (await insideSafeArea(bleed.page)).map((r) => r.left);
    expect(Math.min(...lefts)).toBeLessThanOrEqual(0.5);
    const score = await bleed.page.getByTestId('overlay-score').boundingBox();
    expect(score?.y ?? 0).toBeLessThanOrEqual(1026);
    await bleed.page.close();
  });

  it('shows the top five and the team duel', async () => {
    const ranking = await open('?view=ranking');
    const rows = ranking.page.locator('[data-testid="overlay-ranking"] li');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.first().getAttribute('data-operator')).toBe('cn-1');
    await ranking.page.close();

    // CN: (17.8 + 0 + 0 + 0) / 4 = 4.45; KZ 0.
    const duel = await open('?view=duel');
    await expect.poll(() => duel.page.getByTestId('overlay-team-CN').textContent()).toBe('4.45');
    expect(await duel.page.getByTestId('overlay-team-KZ').textContent()).toBe('0.00');
    await duel.page.close();
  });

  it('while frozen counts the lifts since the freeze but shows the freeze’s score', async () => {
    const { page, errors } = await open();
    await expect.poll(() => page.getByTestId('overlay-score').textContent()).toBe('17.80');
    await api.admin('/board/freeze');
    await page.getByTestId('overlay-frozen').waitFor();
    await lift('ov-3', 'h1', 3, 0, 0); // 100 points the public must not see yet
    await expect.poll(() => page.getByTestId('overlay-lifts').textContent()).toBe('3/10');
    expect(await page.getByTestId('overlay-score').textContent()).toBe('17.80');
    expect(await page.getByTestId('overlay-withheld').textContent()).toContain('+1');
    expect(await page.getByTestId('overlay-last').textContent()).not.toContain('100.00');

    // At the reveal: (80 + 98 + 100) / 10 = 27.80.
    await api.admin('/board/reveal');
    await expect.poll(() => page.getByTestId('overlay-score').textContent()).toBe('27.80');
    expect(await page.getByTestId('overlay-lift-score').textContent()).toBe('100.00');
    expect(errors).toEqual([]);
    await page.close();
  });
});
