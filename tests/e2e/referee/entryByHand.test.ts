// How a referee physically enters a placement on the tablet — keypad, steppers, a tap on the
// slot drawing, penalty and "dropped" toggles, the question before an overwrite — checked
// against what the server stored (dx and dy with their signs, not only the score: the score
// uses the distance, so a swapped sign would score the same).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { containerNo, createCompetition, events, eventually, liftsOf, openTablet, untilHeatStatus, type RecordedLift } from './tablet.ts';

const CID = 'entry-by-hand';

describe('entering a lift by hand on the tablet', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startTestServer();
    await createCompetition(server, CID, 10);
    browser = await launchChromium();
    ({ page, errors } = await openTablet(browser, server, CID, 'h1'));
    await page.getByTestId('heat-start').click();
    await untilHeatStatus(page, 'running');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const stepper = (id: string, label: string) => page.getByTestId(id).getByRole('button', { name: label, exact: true });
  const shown = async (id: string) => Number((await page.getByTestId(`${id}-value`).textContent())?.replace(/mm/, '').trim());
  /** Taps the value, then the keys, then OK (or cancel). */
  async function keypad(id: string, keys: string[], finish: 'ok' | 'cancel' = 'ok'): Promise<void> {
    await page.getByTestId(`${id}-value`).click();
    const pad = page.getByTestId(`${id}-keypad`);
    for (const key of keys) await pad.getByRole('button', { name: key, exact: true }).click();
    await (finish === 'ok' ? pad.getByTestId('keypad-ok') : pad.getByRole('button', { name: 'Cancel' })).click();
    await pad.waitFor({ state: 'detached' });
  }
  /** Sends the form and returns the reading as the server stored it. */
  async function sendAndRead(index: number): Promise<RecordedLift> {
    await page.getByTestId('send-lift').click();
    await eventually(() => page.getByTestId(`lift-row-${index}`).getAttribute('data-state')).toBe('done');
    const lift = liftsOf(await events(server, CID), 'h1').find((l) => l.index === index);
    if (!lift) throw new Error(`lift ${index} is not in the log`);
    return lift;
  }
  const beginLift = async (index: number) => {
    await eventually(() => page.getByTestId('lift-index').textContent()).toBe(String(index));
    await page.getByTestId('container').fill(containerNo(index));
  };

  it('the keypad: dx typed as 2 3 4 ⌫ ± (−23), dy as 1 7 (+17); a cancelled keypad changes nothing', async () => {
    await beginLift(1);
    await keypad('dx', ['2', '3', '4', '⌫', '±']);
    await keypad('dy', ['1', '7']);
    await keypad('dx', ['9'], 'cancel');
    expect([await shown('dx'), await shown('dy')]).toEqual([-23, 17]);
    // hypot(23, 17) = 28.6 mm → 100 − (28.6 − 10) × 0.5 = 90.7
    expect(await page.getByTestId('score-preview').textContent()).toBe('90.7');
    expect(await sendAndRead(1)).toMatchObject({ dxMm: -23, dyMm: 17, penalties: [], dropped: false, source: 'referee' });
  });

  it('the steppers for dx (+10 +10 −1 = +19) and dy (−10 −10 −10 +1 = −29), signs kept', async () => {
    await beginLift(2);
    for (const step of ['+10', '+10', '−1']) await stepper('dx', step).click();
    for (const step of ['−10', '−10', '−10', '+1']) await stepper('dy', step).click();
    expect([await shown('dx'), await shown('dy')]).toEqual([19, -29]);
    // hypot(19, 29) = 34.67 mm → 100 − 24.67 × 0.5 = 87.7; (19, +29) would score the same, so the sign is checked in the log
    expect(await page.getByTestId('score-preview').textContent()).toBe('87.7');
    expect(await sendAndRead(2)).toMatchObject({ dxMm: 19, dyMm: -29 });
  });

  it('a tap on the slot drawing right of and below the centre gives +dx and −dy', async () => {
    await beginLift(3);
    // The drawing spans ±200 mm each way: three quarters across is +100 mm, five eighths down is −50 mm.
    const box = (await page.getByTestId('slot-target').boundingBox())!;
    await page.getByTestId('slot-target').click({ position: { x: box.width * 0.75, y: box.height * 0.625 } });
    const [dx, dy] = [await shown('dx'), await shown('dy')];
    // A pixel of the drawing is about 1.8 mm; the tap lands on a whole pixel.
    expect(Math.abs(dx - 100)).toBeLessThanOrEqual(2);
    expect(Math.abs(dy + 50)).toBeLessThanOrEqual(2);
    expect(await sendAndRead(3)).toMatchObject({ dxMm: dx, dyMm: dy });
  });

  it('penalty toggles (collision on, relanding on and off again) and "dropped" are stored as tapped', async () => {
    await beginLift(4);
    await page.getByTestId('penalty-collision').click();
    await page.getByTestId('penalty-relanding').click();
    await page.getByTestId('penalty-relanding').click();
    expect(await page.getByTestId('penalty-collision').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('penalty-relanding').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('score-preview').textContent()).toBe('80.0'); // 0 mm, collision −20
    expect(await sendAndRead(4)).toMatchObject({ dxMm: 0, dyMm: 0, penalties: ['collision'], dropped: false });

    await beginLift(5);
    await stepper('dx', '+1').click();
    await page.getByTestId('dropped').click();
    expect(await page.getByTestId('dropped').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('score-preview').textContent()).toBe('0.0'); // a dropped container scores 0
    expect(await sendAndRead(5)).toMatchObject({ dxMm: 1, dyMm: 0, penalties: [], dropped: true });
    expect(await page.getByTestId('lift-row-5').textContent()).toContain('Dropped');
  });

  it('entering lift 1 again asks first: cancel sends nothing; going ahead needs a reason and sends a correction', async () => {
    const before = await events(server, CID);
    const lift1 = liftsOf(before, 'h1').find((l) => l.index === 1)!;
    await eventually(() => page.getByTestId('lift-index').textContent()).toBe('6');
    for (let i = 0; i < 5; i++) await page.locator('.index-picker button').first().click(); // − five times
    expect(await page.getByTestId('lift-index').textContent()).toBe('1');
    await page.getByTestId('container').fill(containerNo(1));
    await stepper('dx', '+1').click();

    await page.getByTestId('send-lift').click();
    const dialog = page.getByTestId('overwrite-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('send-lift').click();
    await dialog.waitFor();
    expect(await page.getByTestId('overwrite-proceed').isDisabled()).toBe(true); // no reason yet
    await dialog.getByRole('button', { name: 'Entry mistake' }).click();
    await page.getByTestId('overwrite-proceed').click();
    await eventually(() => page.getByTestId('lift-row-1').textContent()).toContain('+1 / 0 mm');

    // What reached the log after lift 5: this one correction and nothing from the cancelled try
    // (the outbox sends in order, so anything the cancel had queued would have come first).
    // The row shows the tablet's own entry at once; the log has it once the outbox's send is answered.
    const after = async () => (await events(server, CID)).filter((e) => e.seq > before.at(-1)!.seq).map((e) => [e.type, e.data]);
    await eventually(after).toEqual([
      ['lift.corrected', expect.objectContaining({ liftId: lift1.id, dxMm: 1, dyMm: 0, penalties: [], dropped: false, reason: 'Entry mistake' })],
    ]);
    expect(errors).toEqual([]);
  });
});
