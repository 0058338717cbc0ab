// The organizer's setup form with several disciplines: from one placement rule to a list, a
// document with disciplines imported, heats planned by the roster, and the competition created.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../../support/server.ts';
import { DISCIPLINES, SHOTS } from './contest.ts';

describe('setup form with several disciplines', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('turns the placement rule into a discipline list, imports disciplines and a roster that plans heats, and creates the competition', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/admin`);
    await page.locator('input[name="token"]').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'New competition' }).click();

    // One placement rule → a list of one, then a transshipment added with its starting rule.
    await page.getByTestId('several-disciplines').click();
    await page.getByTestId('add-transshipment').click();
    const disciplines = page.getByTestId('disciplines');
    await expect.poll(() => disciplines.locator('.discipline-row').count()).toBe(2);
    expect(await page.locator('input[name="discipline-1-containers"]').inputValue()).toBe('6');
    expect(await page.locator('input[name="discipline-1-missingContainerS"]').inputValue()).toBe('120');

    // A document with three disciplines replaces the form; its heats name them, accounting ones no crane.
    const demo = JSON.parse(readFileSync('fixtures/demo/alashankou.setup.json', 'utf8'));
    const { rule: _rule, ...base } = demo;
    const document = { ...base, id: 'form-contest', disciplines: DISCIPLINES, heats: [] };
    await page.getByTestId('import-json').setInputFiles({ name: 'contest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
    await expect.poll(() => disciplines.locator('.discipline-row').count()).toBe(3);
    expect(await page.locator('input[name="discipline-1-weight"]').inputValue()).toBe('25');
    // The first row was placement before too: its rule fields are the imported ones, not the form's old ones
    // (numbers the document leaves out stay empty: the server's defaults).
    expect(await page.locator('input[name="discipline-0-liftsPerHeat"]').inputValue()).toBe('2');
    expect(await page.locator('input[name="discipline-0-heatDurationS"]').inputValue()).toBe('');

    // The roster plans each operator's heats: a heat per listed discipline, on the crane given.
    const roster = [
      'id,teamId,bib,name_zh,disciplines,craneId',
      'cn-1,CN,101,王建国,placement;transfer;accounting,cn-bridge-1',
      'kz-1,KZ,201,叶尔兰,placement;accounting,kz-gantry-1',
    ].join('\n');
    await page.getByTestId('import-csv').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
    await expect.poll(() => page.getByTestId('heats').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('heats').getByLabel('Heats 3 discipline').inputValue()).toBe('accounting');
    expect(await page.getByTestId('heats').getByLabel('Heats 3 crane').inputValue()).toBe('');
    await page.screenshot({ path: `${SHOTS}/admin-disciplines-1366.png`, fullPage: true });

    await page.getByRole('button', { name: 'Create competition' }).click();
    await page.getByTestId('secrets').waitFor();
    const res = await fetch(`${server.url}/api/competitions/form-contest`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const created = (await res.json()) as { disciplines: { id: string; weight: number }[]; heats: { id: string; disciplineId?: string; craneId?: string | null }[] };
    expect(created.disciplines.map((d) => [d.id, d.weight])).toEqual([['placement', 60], ['transfer', 25], ['accounting', 15]]);
    expect(created.heats.map((h) => [h.id, h.disciplineId, h.craneId ?? null])).toEqual([
      ['placement-cn-1', 'placement', 'cn-bridge-1'],
      ['transfer-cn-1', 'transfer', 'cn-bridge-1'],
      ['accounting-cn-1', 'accounting', null],
      ['placement-kz-1', 'placement', 'kz-gantry-1'],
      ['accounting-kz-1', 'accounting', null],
    ]);
    expect(errors).toEqual([]);
  });
});
