import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const CID = 'alashankou-2025';
const SWITCH_LABEL = { zh: '中文', kk: 'Қаз', ru: 'Рус', en: 'EN' } as const;
type Lang = keyof typeof SWITCH_LABEL;

/**
 * Each screen's English words that show before anything happens: in English every one is on
 * the screen (so the list is real), in zh, kk and ru none may be (issue 14: home and console
 * English only, control Chinese only).
 */
const SCREENS: { name: string; path: string; ready: string; english: string[] }[] = [
  { name: 'home', path: '/', ready: '[data-competition]', english: ['Competitions', 'Organizer console', 'Board', 'Phone', 'Referee', 'Commentator', 'Screen control', 'First heat', 'Not started'] },
  { name: 'control', path: `/control/${CID}`, ready: 'tr[data-device="all"]', english: ['Screen control', 'Public screens live', 'Hide results', 'Reveal results', 'Displays', 'All displays', 'Running heats', 'Charts', 'Rotate', 'Reload', 'Code on the new screen', 'Pair', 'No display connected', 'Rank', 'Operator'] },
  { name: 'phone', path: `/m/${CID}`, ready: '[data-testid="board"]', english: ['Kazakhstan', 'China', 'Not started', 'Connected', 'Rank', 'Operator', 'Team', 'Score', 'No heat is running'] },
  { name: 'referee login', path: `/referee/${CID}`, ready: '[data-testid="login"]', english: ['Referee', 'Enter the competition PIN', 'Log in', 'Online', 'All sent', 'No ack yet'] },
  { name: 'announcer', path: `/announcer/${CID}`, ready: '[data-testid="announcer"]', english: ['Commentator', 'Running heats', 'No heat is running', 'Biggest moves', 'Records in this competition', 'Best lift', 'Connected'] },
];

// innerText shows CSS capitals ("COMMENTATOR"): compared without case.
const word = (text: string, english: string) => new RegExp(`(^|[^A-Za-z])${english}([^A-Za-z]|$)`, 'i').test(text);

/** The clock's "HH:MM" in a zone as the test's own Intl gives it, now and 3 s ago (a minute may turn meanwhile). */
function expectedMinutes(timeZone: string): string[] {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return [f.format(Date.now()), f.format(Date.now() - 3000)];
}

describe('every screen in four languages, times in the venue’s zone', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  const open = async (path: string, ready: string) => {
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 10_000 });
  };
  // Each text node on its own line: innerText runs buttons together ("RankingRunning heats").
  const screenText = () =>
    page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
      return parts.join('\n');
    });
  const pressed = (lang: Lang) => page.locator(`button[aria-pressed="true"]`, { hasText: SWITCH_LABEL[lang] }).first().waitFor({ timeout: 10_000 });

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    // A browser in New York with US English: the venue's clocks and the four languages must not follow it.
    const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await context.addInitScript((token) => localStorage.setItem('gauge.adminToken', token), ADMIN_TOKEN);
    page = await context.newPage();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.each(SCREENS)('$name: every word in English, none left over in zh, kk, ru', async ({ path, ready, english }) => {
    for (const lang of ['en', 'zh', 'kk', 'ru'] as const) {
      await open(`${path}?lang=${lang}`, ready);
      await pressed(lang);
      // Names arrive with the live state: wait until the screen has drawn its words.
      await expect.poll(screenText, { timeout: 10_000 }).toMatch(lang === 'en' ? new RegExp(english[0] ?? '', 'i') : /\S/);
      const text = await screenText();
      if (lang === 'en') expect(english.filter((e) => !word(text, e)), 'the English list is on the English screen').toEqual([]);
      else expect(english.filter((e) => word(text, e)), `English left in ${lang}`).toEqual([]);
    }
  }, 90_000);

  it('a choice made with the switch is kept; the tablet’s old key still picks its language', async () => {
    await open('/', '[data-competition]');
    await pressed('en'); // the browser's language, as none was chosen
    await page.getByRole('button', { name: SWITCH_LABEL.kk }).click();
    await open('/', '[data-competition]');
    await pressed('kk');
    expect(await page.locator('h1').innerText()).toContain('Жарыстар');

    await page.evaluate(() => localStorage.setItem('gauge.referee.lang', 'ru'));
    await open(`/referee/${CID}`, '[data-testid="login"]');
    await pressed('ru');
    expect(await page.getByTestId('login-submit').innerText()).toBe('Войти');
  }, 30_000);

  it('the home page dates the first heat in the venue’s zone and the page’s language', async () => {
    // Alashankou's first heat: 2025-07-20T10:00:00+08:00, 10:00 in Shanghai (22:00 the day before in New York).
    await open('/?lang=zh', '[data-competition]');
    const item = page.locator(`[data-competition="${CID}"]`);
    await expect.poll(() => item.innerText(), { timeout: 10_000 }).toContain('10:00:00');
    expect(await item.innerText()).toContain('2025/07/20');
    expect(await item.innerText()).not.toContain('22:00');
  });

  it('the board shows the setup’s clocks (China and Kazakhstan), not the browser’s New York time', async () => {
    await open(`/board/${CID}?lang=kk,zh`, '[data-testid="clock"]');
    const clocks = page.getByTestId('clock');
    expect(await clocks.evaluateAll((els) => els.map((e) => e.getAttribute('data-time-zone')))).toEqual(['Asia/Shanghai', 'Asia/Almaty']);
    expect(await clocks.nth(0).innerText()).toContain('Қытай');
    expect(await clocks.nth(1).innerText()).toContain('Қазақстан');
    for (const [i, zone] of [[0, 'Asia/Shanghai'], [1, 'Asia/Almaty']] as const) {
      const shown = (await clocks.nth(i).locator('time').innerText()).slice(0, 5);
      expect(expectedMinutes(zone)).toContain(shown);
      expect(expectedMinutes('America/New_York')).not.toContain(shown);
    }
    expect(await clocks.nth(0).locator('small').innerText()).toBe('UTC+8');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/board-clocks-kk.png`, clip: { x: 0, y: 0, width: 1280, height: 160 } });
  });

  it('a setup with other clocks (Tashkent) shows those', async () => {
    const setup = JSON.parse(readFileSync(new URL('../../fixtures/demo/alashankou.setup.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const res = await fetch(`${server.url}/api/competitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ ...setup, id: 'tashkent-cup', timeZone: 'Asia/Tashkent', clocks: [{ timeZone: 'Asia/Tashkent', label: { ru: 'Ташкент', en: 'Tashkent' } }] }),
    });
    expect(res.status).toBe(201);
    await open('/board/tashkent-cup?lang=ru', '[data-testid="clock"]');
    const clocks = page.getByTestId('clock');
    expect(await clocks.count()).toBe(1);
    expect(await clocks.first().getAttribute('data-time-zone')).toBe('Asia/Tashkent');
    expect(await clocks.first().innerText()).toContain('Ташкент');
    expect(expectedMinutes('Asia/Tashkent')).toContain((await clocks.first().locator('time').innerText()).slice(0, 5));
    expect(await clocks.first().locator('small').innerText()).toBe('UTC+5');
  });

  it('screenshots: home and control at 1280×800 in kk and zh, the phone at 390×844', async () => {
    for (const lang of ['kk', 'zh'] as const) {
      await open(`/?lang=${lang}`, '[data-competition]');
      await page.screenshot({ path: `/tmp/lang-home-${lang}.png` });
      await open(`/control/${CID}?lang=${lang}`, '.control-preview');
      await page.screenshot({ path: `/tmp/lang-control-${lang}.png` });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await open(`/m/${CID}?lang=kk`, '[data-testid="board"]');
    await page.screenshot({ path: '/tmp/lang-phone-kk.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
