// The organizer console in its four languages (issue 14): the switch changes every screen,
// no English is left in zh, kk or ru, the audit reads as sentences with people by name, the
// rule is a form (labelled inputs, no JSON), and cranes are shown by name.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEn } from '../../client/admin/locales/en.ts';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const CID = 'lang-cup';
const AIGUL = { id: 'ref-aigul', name: 'Айгүл Сейітова', pin: '481516' };
const SWITCH = { zh: '中文', kk: 'Қаз', ru: 'Рус', en: 'EN' } as const;
type Lang = keyof typeof SWITCH;

/** Hand-written, not read from the locale files: what an organizer sees on the tabs. */
const TABS: Record<Lang, string[]> = {
  zh: ['监控', '成绩', '审计', '设置'],
  kk: ['Бақылау', 'Нәтижелер', 'Аудит', 'Баптау'],
  ru: ['Мониторинг', 'Результаты', 'Журнал', 'Настройка'],
  en: ['Monitor', 'Results', 'Audit', 'Setup'],
};

/**
 * Every English text of the console (its locale block), cut at the {{placeholders}} into
 * fragments of a word or more; a zh/kk/ru page must show none of them. Left out: words that are
 * the same in every language here (Gauge, PIN, JSON, the verify command) and bare symbols.
 */
const SAME_EVERYWHERE = /^(Gauge|PIN|JSON|npm run verify -- FILE\.json|dx|dy|mm|ISO|No\.)$/;
function englishFragments(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    for (const part of node.split(/\{\{\w+\}\}/)) {
      const fragment = part.replace(/^[\s():,.·+–—…Σ×/]+|[\s():,.·+–—…Σ×/]+$/g, '');
      if (/[A-Za-z]{3,}/.test(fragment) && !SAME_EVERYWHERE.test(fragment)) out.add(fragment);
    }
  } else if (node && typeof node === 'object') for (const value of Object.values(node)) englishFragments(value, out);
  return out;
}
const ENGLISH = [...englishFragments(adminEn), 'Log out', 'organizer console', 'Disputed lifts', 'Tablets and stations', 'seq ', 'Use station', 'Record protest'];

describe('organizer console in four languages', () => {
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];
  // Every shot in zh and kk at both sizes with CONSOLE_SHOTS=1 (into /tmp); a normal run takes the zh ones at 1280.
  const shotSizes: [number, number][] = process.env.CONSOLE_SHOTS ? [[1280, 800], [1920, 1080]] : [[1280, 800]];
  const shotLanguages = process.env.CONSOLE_SHOTS ? (['zh', 'kk'] as const) : (['zh'] as const);
  const shotDir = process.env.CONSOLE_SHOTS ? '/tmp' : SCREENSHOT_DIR;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // A competition with a named referee, a started heat, a reading corrected by her and a station's reading.
    const { refereePin: _pin, ...demo } = JSON.parse(readFileSync('fixtures/demo/alashankou.setup.json', 'utf8'));
    const created = await fetch(`${server.url}/api/competitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ ...demo, id: CID, referees: [AIGUL] }),
    });
    expect(created.status).toBe(201);
    const { stationKeys } = (await created.json()) as { stationKeys: Record<string, string> };
    const login = await fetch(`${server.url}/api/auth/referee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ competitionId: CID, pin: AIGUL.pin }) });
    const { token } = (await login.json()) as { token: string };
    const post = async (path: string, body: unknown, bearer = token) => {
      const res = await fetch(`${server.url}/api/competitions/${CID}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) });
      expect(res.status, path).toBeLessThan(300);
    };
    await post('/heats/h1/start', {});
    await post('/lifts', { id: 'aigul-h1-1', heatId: 'h1', index: 1, containerNo: 'CSQU3054383', dxMm: 12, dyMm: 3 });
    await post('/lifts/aigul-h1-1/corrections', { id: 'fix-h1-1', dxMm: 8, reason: 'video review' });
    await post('/lifts', { id: 'st-h1-2', heatId: 'h1', index: 2, containerNo: 'MSKU9070323', dxMm: 2, dyMm: 1 }, stationKeys['cn-bridge-1']);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function open(path: string, width = 1280, height = 800): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript((token) => localStorage.setItem('gauge.adminToken', token), ADMIN_TOKEN);
    await page.goto(`${server.url}${path}`);
    return page;
  }
  const tab = (page: Page, index: number) => page.locator('[role="tab"]').nth(index);
  const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);
  const leftovers = (text: string) => ENGLISH.filter((fragment) => text.includes(fragment));

  it('switches through the four languages on every tab, with no English left in zh, kk and ru', async () => {
    const page = await open(`/admin/${CID}`);
    await page.getByTestId('heats-table').waitFor();
    for (const lang of ['zh', 'kk', 'ru', 'en'] as const) {
      await page.getByRole('button', { name: SWITCH[lang], exact: true }).click();
      await expect.poll(() => page.locator('[role="tab"]').allTextContents()).toEqual(TABS[lang]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (let i = 0; i < 4; i++) {
        await tab(page, i).click();
        await page.waitForSelector(['.monitor', '.results', '.audit', '.setup-tab'][i]!);
        if (i === 1) await page.getByTestId('results-label').waitFor();
        if (i === 2) await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr').count()).toBe(5);
        const text = await visibleText(page);
        if (lang !== 'en') expect(leftovers(text), `${lang} tab ${i}`).toEqual([]);
        else expect(leftovers(text).length, 'the list finds English where there is some').toBeGreaterThan(3);
        expect(text, 'no JSON on the screen').not.toMatch(/[{}]/);
      }
    }
    // The choice is remembered for the console: reloaded, it opens in Kazakh, not in the browser's English.
    await page.getByRole('button', { name: SWITCH.kk, exact: true }).click();
    await page.reload();
    await expect.poll(() => page.locator('[role="tab"]').allTextContents()).toEqual(TABS.kk);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the audit names the referee and the crane and says what a correction changed; cranes by name in the monitor', async () => {
    const page = await open(`/admin/${CID}?lang=zh`);
    await expect.poll(() => page.locator('[role="tab"]').allTextContents()).toEqual(TABS.zh);
    // Monitor: heat h1 on 1号桥吊 (the demo's cn-bridge-1), run by 101 王建国, state 进行中.
    const h1 = page.getByTestId('heats-table').locator('tbody tr').first();
    await expect.poll(() => h1.textContent()).toMatch(/h1.*101 王建国.*1号桥吊.*进行中/);
    expect(await page.getByTestId('heats-table').textContent()).not.toContain('cn-bridge-1');
    // The station that sent lift 2 is listed as its crane.
    await expect.poll(() => page.getByTestId('devices-table').locator('tbody tr').first().textContent()).toMatch(/^1号桥吊测量站/);

    await tab(page, 2).click();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(5); // created, h1 start, lift 1, its correction, the station's lift 2
    // Newest first: the station's reading, then Aigul's correction.
    const correction = page.locator('tr[data-type="lift.corrected"]');
    expect(await correction.getByTestId('audit-actor').textContent()).toBe('裁判 Айгүл Сейітова');
    expect(await correction.getByTestId('audit-what').textContent()).toBe('场次 h1（王建国）第 1 吊已更正：dx 12 → 8 mm');
    expect(await correction.locator('td.reason').textContent()).toBe('video review');
    // 2025… in Asia/Shanghai: the time cell is a date and time, not an ISO string.
    expect(await correction.locator('td.when').textContent()).not.toMatch(/T\d\d:/);
    const station = page.locator('tr[data-type="lift.recorded"]').first();
    expect(await station.getByTestId('audit-actor').textContent()).toBe('测量站 1号桥吊');
    // The person filter lists people by name; its value stays the role:id.
    await page.locator('select[name="filter-actor"]').selectOption({ label: '裁判 Айгүл Сейітова' });
    await expect.poll(() => rows.count()).toBe(3); // h1 start, lift 1, its correction
    await page.locator('select[name="filter-actor"]').selectOption('');

    await page.getByRole('button', { name: SWITCH.kk, exact: true }).click();
    await expect.poll(() => correction.getByTestId('audit-what').textContent()).toBe('h1 заезының (Ван Цзяньго) 1-көтеруі түзетілді: dx 12 → 8 mm');
    expect(await station.getByTestId('audit-actor').textContent()).toBe('Өлшеу бекеті №1 көпірлі кран');
    // The raw data is there on demand only.
    await page.locator('input[name="audit-details"]').check();
    await expect.poll(() => correction.locator('pre.data').textContent()).toContain('"dxMm":8');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the rule as a form with labelled fields and units, and as a definition list once locked', async () => {
    // The demo has not started: its setup tab is the form.
    const page = await open('/admin/alashankou-2025?lang=ru');
    await tab(page, 3).click();
    const form = page.getByTestId('setup-form');
    await form.waitFor();
    const lifts = form.locator('label', { has: page.locator('input[name="liftsPerHeat"]') });
    expect(await lifts.textContent()).toBe('Подъёмов в заездеподъёмов');
    const window = form.locator('label', { has: page.locator('input[name="protestWindowMin"]') });
    expect(await window.textContent()).toContain('мин');
    expect(await form.locator('textarea').count()).toBe(0);
    expect(leftovers(await visibleText(page)), 'ru setup form').toEqual([]);
    expect(await form.evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/[{}]/);
    // A number out of bounds is named at the field, in the console's language.
    await form.locator('input[name="liftsPerHeat"]').fill('0');
    await expect.poll(() => lifts.getByRole('alert').textContent()).toBe('Не меньше 1.');
    await form.locator('input[name="liftsPerHeat"]').fill('2.5');
    await expect.poll(() => lifts.getByRole('alert').textContent()).toBe('Введите целое число.');
    // Penalties: one row each, with the unit.
    expect(await form.locator('input[name="penalties-0-name"]').inputValue()).toBe('collision');
    expect(await form.getByTestId('penalties').locator('th').nth(1).textContent()).toBe('Величина (балл.)');

    // The competitions home and a new competition's form, in Kazakh.
    const home = await open('/admin?lang=kk');
    await home.getByTestId('competition-list').locator('li').nth(1).waitFor();
    await home.getByRole('button', { name: 'Жаңа жарыс' }).click();
    await home.getByTestId('setup-form').waitFor();
    expect(leftovers(await visibleText(home)), 'kk home and new form').toEqual([]);
    // A roster without its columns is refused in Kazakh too.
    await home.getByTestId('import-csv').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name\nWang\n') });
    await home.getByText('bad.csv: 2-жол: id жоқ').waitFor();
    await home.close();

    // Once a heat has started the rule is read-only: a definition list.
    const locked = await open(`/admin/${CID}?lang=ru`);
    await tab(locked, 3).click();
    const summary = locked.getByTestId('rule-summary');
    await summary.waitFor();
    const pairs = await summary.locator('dl > div').allTextContents();
    expect(pairs).toContain('Подъёмов в заезде10 подъёмов');
    expect(pairs).toContain('Срок протестов30 мин');
    // Station keys under the cranes' names.
    expect(await locked.locator('.station-keys').textContent()).toContain('Мостовой кран №1');
    expect(errors).toEqual([]);
    await page.close();
    await locked.close();
  });

  it('screenshots of home, setup, monitor, results and audit in zh and kk', { timeout: 180_000 }, async () => {
    for (const [width, height] of shotSizes) {
      for (const lang of shotLanguages) {
        const home = await open(`/admin?lang=${lang}`, width, height);
        await home.getByTestId('competition-list').locator('li').nth(1).waitFor();
        await home.screenshot({ path: `${shotDir}/console-home-${lang}-${width}.png` });
        await home.close();
        const setup = await open(`/admin/alashankou-2025?lang=${lang}&tab=setup`, width, height);
        await setup.getByTestId('setup-form').waitFor();
        await setup.screenshot({ path: `${shotDir}/console-setup-${lang}-${width}.png` });
        await setup.close();
        for (const name of ['monitor', 'results', 'audit'] as const) {
          const page = await open(`/admin/${CID}?lang=${lang}&tab=${name}`, width, height);
          await page.waitForSelector(`.${name}`);
          if (name === 'audit') await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr').count()).toBe(5);
          if (name === 'results') await page.getByTestId('results-label').waitFor();
          await page.screenshot({ path: `${shotDir}/console-${name}-${lang}-${width}.png` });
          await page.close();
        }
      }
    }
    expect(errors).toEqual([]);
  });
});
