import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { iso6346CheckDigit } from '../../../shared/iso6346.ts';
import { ADMIN_TOKEN, type TestServer } from '../../support/server.ts';

// What the referee tests share: a competition made for them, and the taps a referee makes.

export const PIN = '2468';

/** The demo setup under another id, with room for more lifts per heat (and any other rule numbers given). */
export async function createCompetition(server: TestServer, id: string, liftsPerHeat: number, rule: Record<string, unknown> = {}): Promise<Record<string, string>> {
  const setup = JSON.parse(readFileSync('fixtures/demo/alashankou.setup.json', 'utf8')) as { id: string; rule: Record<string, unknown> };
  const res = await fetch(`${server.url}/api/competitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ ...setup, id, rule: { ...setup.rule, liftsPerHeat, ...rule } }),
  });
  if (res.status !== 201) throw new Error(`create competition: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { stationKeys: Record<string, string> }).stationKeys;
}

/** A valid ISO 6346 number with serial n (owner code CSQ, category U). */
export function containerNo(n: number): string {
  const firstTen = `CSQU${String(100000 + n).slice(-6)}`;
  return firstTen + String(iso6346CheckDigit(firstTen));
}

/** A reading as the log holds it. */
export interface RecordedLift {
  id: string;
  heatId: string;
  index: number;
  source: 'referee' | 'station';
  dxMm: number;
  dyMm: number;
  penalties?: string[];
  dropped?: boolean;
}

export interface RecordedEvent {
  seq: number;
  type: string;
  /** The server's time of the event (receipt). */
  at: string;
  data: Record<string, unknown> & { lift?: RecordedLift; heatId?: string; at?: string; reason?: string };
}

export async function events(server: TestServer, cid: string): Promise<RecordedEvent[]> {
  const res = await fetch(`${server.url}/api/competitions/${cid}/events`);
  return ((await res.json()) as { events: RecordedEvent[] }).events;
}

export const liftsOf = (list: RecordedEvent[], heatId: string) =>
  list.filter((e) => e.type === 'lift.recorded' && e.data.lift?.heatId === heatId).map((e) => e.data.lift!);

/** Heat events (`heat.started`, `heat.finished`, `heat.confirmed`, …) of one heat. */
export const heatEvents = (list: RecordedEvent[], heatId: string, type: string) => list.filter((e) => e.type === type && e.data.heatId === heatId);

/**
 * A tablet: its own browser context (storage, IndexedDB, clock, network), 1280×800, in
 * English, logged in, with a heat picked. `beforeLoad` runs on the context before the page
 * opens (e.g. shifting its clock).
 */
export async function openTablet(browser: Browser, server: TestServer, cid: string, heatId: string, beforeLoad?: (context: BrowserContext) => Promise<void>): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await beforeLoad?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/referee/${cid}`);
  await page.getByRole('button', { name: 'EN' }).click();
  await login(page, PIN);
  await page.getByTestId(`heat-${heatId}`).click();
  await page.getByTestId('heat-control').waitFor();
  return { context, page, errors };
}

export const heatStatus = (page: Page) => page.getByTestId('heat-control').getAttribute('data-status');

/** Waits until the picked heat shows this status (usable in hooks too, unlike expect.poll). */
export const untilHeatStatus = (page: Page, status: string, timeout = 10_000) =>
  page.locator(`[data-testid="heat-control"][data-status="${status}"]`).waitFor({ timeout });

export async function login(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-${digit}`).click();
  await page.getByTestId('login-submit').click();
}

/** One lift as a referee enters it: container typed, dx by the +10 button, optional collision. */
export async function enterLift(page: Page, index: number, options: { collision?: boolean } = {}): Promise<void> {
  await eventually(() => page.getByTestId('lift-index').textContent()).toBe(String(index));
  await page.getByTestId('container').fill(containerNo(index));
  await page.getByTestId('dx').getByRole('button', { name: '+10', exact: true }).click();
  if (options.collision) await page.getByTestId('penalty-collision').click();
  await page.getByTestId('send-lift').click();
  await page.getByTestId(`lift-row-${index}`).waitFor();
}

export const outboxStatus = (page: Page) => page.getByTestId('outbox-status');
export const pendingCount = async (page: Page) => Number(await outboxStatus(page).getAttribute('data-pending'));

/** The service worker controls the page once the app shell is cached (clientsClaim). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/** expect.poll with room for a busy machine (vitest's default gives up after 1 s). */
export const eventually = <T>(check: () => T | Promise<T>, options: { timeout?: number } = {}) =>
  expect.poll(check, { interval: 50, timeout: 10_000, ...options });
