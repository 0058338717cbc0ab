// Boards at the size of a real contest, in Chromium: 60 operators with names as long as real
// ones, a dozen running heats. Every check measures boxes: what the screen shows must be inside
// its panel, and a long name must never cover the score.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigContest, LONG_NAMES } from '../support/bigContest.ts';
import { competitionApi } from '../support/api.ts';
import { launchChromium } from '../support/chromium.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { containerNo } from './referee/tablet.ts';

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const SHOTS = '/tmp';

type Box = { left: number; top: number; right: number; bottom: number };
const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.left >= outer.left - slack && inner.top >= outer.top - slack && inner.right <= outer.right + slack && inner.bottom <= outer.bottom + slack;
const intersect = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('boards at the size of a real contest', () => {
  let server: TestServer;
  let browser: Browser;
  const apis: Record<string, Awaited<ReturnType<typeof competitionApi>>> = {};
  let operatorIds: string[] = [];

  const create = async (id: string) => {
    const { document, operatorIds: ids } = bigContest(id);
    const res = await fetch(`${server.url}/api/competitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify(document),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    apis[id] = await competitionApi(server.url, id);
    operatorIds = ids;
    return document;
  };
  /** Starts the first `count` heats (each on a crane of its own) and records lifts for their operators. */
  const run = async (id: string, count: number) => {
    const { document } = bigContest(id);
    const heats = [...document.heats].sort((a, b) => a.craneId.localeCompare(b.craneId)).filter((h, i, all) => all.findIndex((o) => o.craneId === h.craneId) === i);
    let serial = 1;
    for (const heat of heats.slice(0, count)) {
      await apis[id]!.referee(`/heats/${heat.id}/start`);
      // 2 lifts each, 0–11 mm off: every lifted operator scores 99.5–100 a lift.
      for (const index of [1, 2]) await apis[id]!.referee('/lifts', { id: `${heat.id}-${index}`, heatId: heat.id, index, containerNo: containerNo(serial++), dxMm: serial % 12, dyMm: 0 });
    }
    return heats.slice(0, count).map((h) => h.operatorId);
  };
  const open = async (path: string, viewport = { width: 1920, height: 1080 }) => {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    await page.getByTestId('connection').and(page.locator('[data-status="online"]')).waitFor();
    // The board's frame (drawn from the setup) has the rows before the snapshot: measure what the snapshot drew.
    await page.locator('[data-testid="board"]:not([data-loading])').waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    return { page, errors };
  };
  const ranks = (page: Page) =>
    page.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-operator'), r.querySelector('.rank-number')?.textContent])));

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
    await create('big-12');
    await create('big-8');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('before any lift every rank is "—" (board and phone); a lift gives its operator a rank, the others keep "—"', async () => {
    const { page: board } = await open('/board/big-12?view=ranking');
    const { page: phone } = await open('/m/big-12', { width: 390, height: 844 });
    await poll(async () => Object.values(await ranks(phone))).toEqual(Array(60).fill('—'));
    expect(new Set(Object.values(await ranks(board)))).toEqual(new Set(['—']));
    // Twelve heats start, two lifts each: those twelve get ranks 1..12, the other 48 keep "—".
    const lifted = await run('big-12', 12);
    await poll(async () => Object.entries(await ranks(phone)).filter(([, r]) => r !== '—').length).toBe(12);
    const shown = await ranks(phone);
    for (const id of lifted) expect(shown[id]).toMatch(/^\d+$/);
    expect(Object.entries(shown).filter(([id]) => !lifted.includes(id)).every(([, r]) => r === '—')).toBe(true);
    await board.close();
    await phone.close();
  }, 120_000);

  it('the ranking turns through parts ("page 2/5"): every operator on some part, every row inside the panel, no name over the score', async () => {
    const { page, errors } = await open('/board/big-12?rotate=3');
    const seen = new Set<string>();
    let parts = 0;
    for (let part = 1; parts === 0 || part <= parts; part++) {
      await page.locator(`[data-testid="ranking-part"][data-part="${part}"]`).waitFor({ timeout: 30_000 });
      parts = Number(await page.getByTestId('ranking-part').getAttribute('data-parts'));
      const layout = await page.evaluate(() => {
        const box = (e: Element | null) => {
          const r = e!.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const panel = document.querySelector('.ranking');
        return {
          part: document.querySelector('[data-testid="ranking-part"]')?.getAttribute('data-part'),
          panel: box(panel),
          rows: [...document.querySelectorAll('[data-testid="ranking"] tbody tr')].map((tr) => ({
            id: tr.getAttribute('data-operator')!,
            row: box(tr),
            names: [...tr.querySelectorAll('.col-operator span[lang]')].map((s) => ({ box: box(s), title: s.getAttribute('title') })),
            others: [...tr.querySelectorAll('td:not(.col-operator)')].map(box),
          })),
        };
      });
      expect(layout.part).toBe(String(part));
      for (const row of layout.rows) {
        expect(inside(row.row, layout.panel), `${row.id} inside the panel on part ${part}`).toBe(true);
        for (const name of row.names) for (const other of row.others) expect(intersect(name.box, other), `${row.id}'s name over a cell`).toBe(false);
        seen.add(row.id);
      }
      if (part === 1) await page.screenshot({ path: `${SHOTS}/scale-board-ranking-60-1920x1080.png` });
    }
    // 60 rows at about a dozen a part: 4–6 parts, each of them reached by the rotation.
    expect(parts).toBeGreaterThanOrEqual(4);
    expect([...seen].sort()).toEqual([...operatorIds].sort());
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it.each([
    ['big-8', 8],
    ['big-12', 12],
  ])('%s: all %i running heats in view, none cut, none over another', async (cid, count) => {
    if (cid === 'big-8') await run('big-8', 8);
    const { page, errors } = await open(`/board/${cid}?view=heats`);
    await poll(() => page.locator('.heat-card').count()).toBe(count);
    const layout = await page.evaluate(() => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const panel = box(document.querySelector('[data-testid="running-heats"]')!);
      const cards = [...document.querySelectorAll('.heat-card')].map((card) => ({
        id: card.getAttribute('data-heat'),
        box: box(card),
        // A card whose content is taller or wider than itself is cut.
        cut: card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1,
        parts: [...card.children].map(box),
      }));
      return { panel, cards };
    });
    for (const card of layout.cards) {
      expect(inside(card.box, layout.panel), `${card.id} inside the panel`).toBe(true);
      expect(card.cut, `${card.id} cut`).toBe(false);
      for (const part of card.parts) expect(inside(part, card.box), `${card.id}: a part outside its card`).toBe(true);
    }
    for (const [i, a] of layout.cards.entries()) for (const b of layout.cards.slice(i + 1)) expect(intersect(a.box, b.box), `${a.id} over ${b.id}`).toBe(false);
    await page.screenshot({ path: `${SHOTS}/scale-board-heats-${count}-1920x1080.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('phone 390×844: every row’s score inside the screen, long names wrapped with the full name in title, nothing scrolls sideways', async () => {
    const { page, errors } = await open('/m/big-12?lang=zh,kk', { width: 390, height: 844 });
    await poll(() => page.locator('[data-testid="ranking"] tbody tr').count()).toBe(60);
    const layout = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-testid="ranking"] tbody tr')].map((tr) => {
        const score = tr.querySelector('.col-score')!.getBoundingClientRect();
        const names = [...tr.querySelectorAll('.col-operator span[lang]')];
        return { id: tr.getAttribute('data-operator'), scoreLeft: score.left, scoreRight: score.right, titles: names.map((n) => n.getAttribute('title')), nameRight: Math.max(...names.map((n) => n.getBoundingClientRect().right)) };
      });
      return { rows, scrollWidth: document.documentElement.scrollWidth, innerWidth };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    for (const row of layout.rows) {
      expect(row.scoreLeft, `${row.id} score`).toBeGreaterThanOrEqual(0);
      expect(row.scoreRight, `${row.id} score`).toBeLessThanOrEqual(390);
      expect(row.nameRight, `${row.id} name runs into the score`).toBeLessThanOrEqual(row.scoreLeft + 0.5);
    }
    // The longest names are there whole in the title (zh and kk by default).
    const first = layout.rows.find((r) => r.id === 'kz-1')!;
    expect(first.titles).toEqual([LONG_NAMES.zh, LONG_NAMES.kk]);
    await page.screenshot({ path: `${SHOTS}/scale-phone-390x844.png`, fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the duel shows the final-rule score and, labelled beside it, the average over the lifts made so far', async () => {
    const { page } = await open('/board/big-12?view=ranking');
    // Twelve operators lifted twice each (0–11 mm: 100 or 99.5 a lift), 48 not at all: the final rule
    // gives each team about 2/30 of 100 ≈ 6.6, the average so far 99.5–100.
    const soFar = Number(await page.getByTestId('team-so-far-CN').textContent());
    const finalRule = Number(await page.getByTestId('team-score-CN').textContent());
    expect(soFar).toBeGreaterThanOrEqual(99.5);
    expect(finalRule).toBeLessThan(10);
    const duel = await page.getByTestId('team-duel').innerText();
    expect(duel).toContain('已吊平均');
    expect(duel).toContain('最终规则');
    await page.close();
  }, 60_000);
});
