import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const DEMO = 'alashankou-2025';

describe('organizer console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];

  const getJson = async (path: string) => (await fetch(`${server.url}${path}`)).json() as Promise<any>;

  async function loggedIn(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    // Refusals the tests provoke on purpose (wrong token, an invalid setup) log a failed resource; the UI shows them.
    const provoked = /Failed to load resource: the server responded with a status of (400|401)/;
    page.on('console', (m) => m.type() === 'error' && !provoked.test(m.text()) && errors.push(m.text()));
    await page.goto(`${server.url}/admin`);
    await page.locator('input[name="token"]').fill('not-the-token');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('That is not the admin token.').waitFor();
    await page.locator('input[name="token"]').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('competition-list').getByText('China–Kazakhstan', { exact: false }).first().waitFor();
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('creates a competition from the form; the PIN and station key are shown once with QR codes', async () => {
    const page = await loggedIn();
    await page.getByRole('button', { name: 'New competition' }).click();
    const form = page.getByTestId('setup-form');
    await form.locator('input[name="id"]').fill('form-cup');
    await form.locator('input[name="name-zh"]').fill('表单杯');
    await form.locator('input[name="name-kk"]').fill('Форма кубогы');
    await form.locator('input[name="refereePin"]').fill('4321');
    await form.locator('input[name="liftsPerHeat"]').fill('6');
    await form.locator('input[name="protestWindowMin"]').fill('0');
    // The penalty table starts with the default collision 20, relanding 10.
    await form.locator('input[name="penalties-0-value"]').fill('25');

    const operators = page.getByTestId('operators');
    await operators.getByRole('button', { name: '+ add' }).click();
    await operators.getByLabel('Operators 1 id').fill('cn-9');
    await operators.getByLabel('Operators 1 team').selectOption('CN');
    await operators.getByLabel('Operators 1 bib').fill('109');
    await operators.getByLabel('Operators 1 Name (中文)').fill('赵大力');
    const cranes = page.getByTestId('cranes');
    await cranes.getByRole('button', { name: '+ add' }).click();
    await cranes.getByLabel('Cranes 1 id').fill('cn-bridge-9');
    await cranes.getByLabel('Cranes 1 Name (中文)').fill('9号桥吊');
    const heats = page.getByTestId('heats');
    await heats.getByRole('button', { name: '+ add' }).click();
    await heats.getByLabel('Heats 1 operator').selectOption('cn-9');
    // No crane chosen yet: the server refuses and the form names the field.
    await page.getByRole('button', { name: 'Create competition' }).click();
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('heats.0.craneId');
    await heats.getByLabel('Heats 1 crane').selectOption('cn-bridge-9');
    await page.getByRole('button', { name: 'Create competition' }).click();

    const secrets = page.getByTestId('secrets');
    await secrets.waitFor();
    expect(await page.getByTestId('referee-pin').textContent()).toBe('4321');
    const key = (await page.getByTestId('station-key-cn-bridge-9').locator('code').textContent()) ?? '';
    expect(key).toMatch(/^sk_/);
    await expect.poll(() => secrets.locator('img.qr').count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-created-1366.png`, fullPage: true });

    const created = await getJson('/api/competitions/form-cup');
    expect(created.rule).toMatchObject({ liftsPerHeat: 6, protestWindowMin: 0, penalties: { collision: 25, relanding: 10 } });
    expect(created.operators).toEqual([{ id: 'cn-9', teamId: 'CN', bib: '109', name: { zh: '赵大力' } }]);
    expect(created.heats).toMatchObject([{ id: 'h1', operatorId: 'cn-9', craneId: 'cn-bridge-9', status: 'scheduled' }]);
    // The PIN logs a referee in; the key is a working station key.
    const login = await fetch(`${server.url}/api/auth/referee`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ competitionId: 'form-cup', pin: '4321' }),
    });
    expect(login.status).toBe(200);
    expect(server.competitions.stationFor(key)).toEqual({ competitionId: 'form-cup', craneId: 'cn-bridge-9' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a setup document and an operator roster into the form, then creates it', async () => {
    const page = await loggedIn();
    errors.splice(0);
    await page.getByRole('button', { name: 'New competition' }).click();
    const setup = JSON.parse(readFileSync('fixtures/demo/alashankou.setup.json', 'utf8'));
    setup.id = 'imported-cup';
    await page.getByTestId('import-json').setInputFiles({ name: 'setup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(setup)) });
    await expect.poll(() => page.getByTestId('heats').locator('tbody tr').count()).toBe(setup.heats.length);
    expect(await page.locator('input[name="id"]').inputValue()).toBe('imported-cup');
    expect(await page.locator('input[name="refereePin"]').inputValue()).toBe(setup.refereePin);

    // The roster replaces the operators: same ids (the heats refer to them), new bibs and names.
    const roster = ['id,teamId,bib,name_zh,name_kk,name_ru,name_en']
      .concat(setup.operators.map((o: any, i: number) => `${o.id},${o.teamId},${301 + i},选手${i + 1},Оператор ${i + 1}ә,,Operator ${i + 1}`))
      .join('\n');
    await page.getByTestId('import-csv').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + roster) });
    await expect.poll(() => page.getByTestId('operators').getByLabel('Operators 1 bib').inputValue()).toBe('301');
    // A roster without its columns is refused with the reason, and the form keeps the operators.
    await page.getByTestId('import-csv').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name\nWang\n') });
    await page.getByText('bad.csv: row 2: id is missing').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-import-1366.png`, fullPage: true });

    await page.getByRole('button', { name: 'Create competition' }).click();
    await page.getByTestId('secrets').waitFor();
    const created = await getJson('/api/competitions/imported-cup');
    expect(created.heats).toHaveLength(setup.heats.length);
    expect(created.operators[0]).toEqual({ id: 'cn-1', teamId: 'CN', bib: '301', name: { zh: '选手1', kk: 'Оператор 1ә', en: 'Operator 1' } });
    expect(await page.getByTestId('secrets').locator('img.qr').count()).toBe(1 + setup.cranes.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the console shows heats, the results workflow and a filtered audit log', async () => {
    const page = await loggedIn();
    errors.splice(0);
    const login = await fetch(`${server.url}/api/auth/referee`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ competitionId: DEMO, pin: '2468' }),
    });
    const { token } = (await login.json()) as { token: string };
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}/api/competitions/${DEMO}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    await post('/heats/h1/start', {});
    await post('/lifts', { id: 'e2e-h1-1', heatId: 'h1', index: 1, containerNo: 'CSQU3054383', dxMm: 4, dyMm: 3 });
    await post('/heats/h2/start', {});

    // A tablet reports two entries waiting to be sent.
    const tablet = io(server.url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    await tablet.timeout(5000).emitWithAck('presence:report', { competitionId: DEMO, kind: 'referee', deviceId: 'tablet-1', name: 'Tablet h1', pending: 2, lastAckAt: new Date().toISOString() });

    await page.goto(`${server.url}/admin/${DEMO}`);
    const heats = page.getByTestId('heats-table');
    await expect.poll(() => heats.locator('tbody tr').count()).toBe(8);
    await expect.poll(() => heats.locator('tbody tr').first().textContent()).toContain('Running');
    const device = page.locator('tr[data-device="tablet-1"]');
    await expect.poll(() => device.textContent()).toMatch(/Tablet h1.*Referee tablet.*Online.*2/);

    // The station reads lift 2 of h1 at 0 mm, the referee at 30 mm: disputed; the organizer settles it.
    const stationKey = server.demo?.stationKeys?.['cn-bridge-1'] as string;
    await fetch(`${server.url}/api/competitions/${DEMO}/lifts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stationKey}` },
      body: JSON.stringify({ id: 'st-h1-2', heatId: 'h1', index: 2, containerNo: 'MSKU9070323', dxMm: 0, dyMm: 0 }),
    });
    await post('/lifts', { id: 'e2e-h1-2', heatId: 'h1', index: 2, containerNo: 'MSKU9070323', dxMm: 30, dyMm: 0 });
    const dispute = page.getByTestId('disputed-h1#2');
    await dispute.waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-monitor-1366.png`, fullPage: true });
    await dispute.getByPlaceholder('Reason (required)').fill('video: station is right');
    await dispute.getByRole('button', { name: /Use the station/ }).click();
    await dispute.waitFor({ state: 'detached' });
    expect((await getJson(`/api/competitions/${DEMO}`)).lastSeq).toBe(7); // created, h1 start, lift 1, h2 start, station lift 2, referee lift 2, correction
    tablet.disconnect();
    await expect.poll(() => device.textContent()).toContain('Offline');

    await page.getByRole('tab', { name: 'results' }).click();
    await expect.poll(() => page.getByTestId('results-label').textContent()).toBe('Running');
    await expect.poll(() => page.getByTestId('blockers').textContent()).toContain('Heats not confirmed');
    await page.getByLabel('Operator protested').selectOption('cn-1');
    await page.getByLabel('Reason for the protest').fill('lift 1 measured from the wrong corner');
    await page.getByRole('button', { name: 'Record protest' }).click();
    await expect.poll(() => page.getByTestId('blockers').textContent()).toContain('Unresolved protests');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-results-1366.png`, fullPage: true });

    await page.getByRole('tab', { name: 'audit' }).click();
    const audit = page.getByTestId('audit-table').locator('tbody tr');
    // created, h1 start, lift 1, h2 start, station lift 2, referee lift 2, correction, protest
    await expect.poll(() => audit.count()).toBe(8);
    await page.locator('select[name="filter-heatId"]').selectOption('h2');
    await expect.poll(() => audit.count()).toBe(1);
    await page.locator('select[name="filter-heatId"]').selectOption('');
    await page.locator('select[name="filter-operatorId"]').selectOption('cn-1');
    await expect.poll(() => audit.count()).toBe(6); // h1 start, three readings, the correction, the protest about cn-1
    await page.locator('select[name="filter-actor"]').selectOption('admin');
    await expect.poll(() => audit.count()).toBe(2); // the organizer's correction and protest
    await page.locator('select[name="filter-actor"]').selectOption('station:cn-bridge-1');
    await expect.poll(() => audit.count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-audit-1366.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
