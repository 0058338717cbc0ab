// The signed PDF with the long names real contests have, in all four scripts: a name wraps
// inside its cell and its row grows, so the whole name is printed and nothing prints over the
// next row (pdftotext -bbox-layout gives each word's box).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { overlap, pdfWords, type PdfWord } from '../support/pdfLayout.ts';
import { ADMIN_TOKEN, TestServer, setupDocument, uniqueId, type Json } from './harness.ts';

const LONG = {
  zh: '欧阳娜娜·阿不都热合曼·买买提',
  kk: 'Сұлтанбаев Бауыржан Бақытжанұлы',
  ru: 'Константинопольский Александр Владимирович',
  en: 'Maximilian Featherstonehaugh-Worthington III',
};
// The sheet prints a Chinese name (else English) and a Kazakh one (else Russian): each long name lands in a cell.
const NAMES: Record<string, Json> = {
  'cn-1': { zh: LONG.zh, kk: LONG.kk },
  'cn-2': { en: LONG.en, ru: LONG.ru },
  'kz-1': { zh: LONG.zh, ru: LONG.ru },
  'kz-2': { en: LONG.en, kk: LONG.kk },
};

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

const squeeze = (s: string) => s.replace(/\s+/g, '');

it('long names wrap inside their cells; rows grow; no word prints over another', async () => {
  const cid = uniqueId('pdf-long');
  const document = setupDocument(cid);
  for (const operator of document.operators) if (NAMES[operator.id]) operator.name = NAMES[operator.id];
  expect((await server.api('POST', '/api/competitions', document, ADMIN_TOKEN)).status).toBe(201);
  const response = await fetch(`${server.url}/api/competitions/${cid}/export?format=pdf`);
  expect(response.status).toBe(200);
  const words = pdfWords(Buffer.from(await response.arrayBuffer()));

  // Nothing printed over anything: no two words' boxes overlap.
  const clashes: [string, string][] = [];
  for (const [i, a] of words.entries()) for (const b of words.slice(i + 1)) if (overlap(a, b)) clashes.push([a.text, b.text]);
  expect(clashes).toEqual([]);

  // Each operator's row runs from its bib (column x 70–102 pt) down to the next row's bib.
  const bibs = words.filter((w) => w.page === 1 && /^10[1-4]$|^20[1-4]$/.test(w.text) && w.xMin >= 70 && w.xMax <= 102).sort((a, b) => a.yMin - b.yMin);
  expect(bibs.map((b) => b.text).sort()).toEqual(['101', '102', '103', '104', '201', '202', '203', '204']);
  const rowOf = (bib: string): [number, number] => {
    const at = bibs.findIndex((b) => b.text === bib);
    return [bibs[at]!.yMin - 1, (bibs[at + 1]?.yMin ?? Infinity) - 1];
  };
  /** The words of one cell: inside the row's band and the column's x range, in reading order. */
  const cell = (bib: string, [left, right]: [number, number]): PdfWord[] => {
    const [top, bottom] = rowOf(bib);
    return words
      .filter((w) => w.page === 1 && w.yMin >= top && w.yMin < bottom && w.xMin >= left - 0.5 && w.xMax <= right + 0.5)
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  };
  // Columns (pt from the left edge): rank 40–70, bib 70–102, name 102–212, Kazakh/Russian name 212–332.
  const ZH_COLUMN: [number, number] = [102, 212];
  const KK_COLUMN: [number, number] = [212, 332];
  const bibOf: Record<string, string> = { 'cn-1': '101', 'cn-2': '102', 'kz-1': '201', 'kz-2': '202' };
  for (const [operatorId, name] of Object.entries(NAMES)) {
    const bib = bibOf[operatorId]!;
    const first = name.zh ?? name.en;
    const second = name.kk ?? name.ru;
    // The whole name, maybe over two or three lines, inside its own cell of its own row.
    expect(squeeze(cell(bib, ZH_COLUMN).map((w) => w.text).join('')), `${operatorId} name`).toBe(squeeze(first));
    expect(squeeze(cell(bib, KK_COLUMN).map((w) => w.text).join('')), `${operatorId} second name`).toBe(squeeze(second));
    expect(new Set(cell(bib, KK_COLUMN).map((w) => Math.round(w.yMin))).size, `${operatorId} wraps`).toBeGreaterThan(1);
  }
}, 60_000);
