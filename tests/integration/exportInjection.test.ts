import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../server/exports/csvExport.ts';
import { ADMIN_TOKEN, TestServer, liftBody, setupDocument, uniqueId, type Json } from './harness.ts';

/** Names a spreadsheet would run as formulas if written raw (OWASP's CSV injection list). */
const HOSTILE = {
  'cn-1': '=HYPERLINK("http://x","y")',
  'cn-2': '+cmd',
  'cn-3': '@SUM(1)',
  'cn-4': '-2+3',
} as const;

let server: TestServer;
let cid: string;

async function download(format: string): Promise<Buffer> {
  const response = await fetch(`${server.url}/api/competitions/${cid}/export?format=${format}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  server = await TestServer.start();
  cid = uniqueId('inject');
  const document = setupDocument(cid, { heats: ['h1'], rule: { liftsPerHeat: 2 } });
  for (const operator of document.operators as Json[]) {
    const hostile = HOSTILE[operator.id as keyof typeof HOSTILE];
    if (hostile) operator.name = { zh: hostile, kk: hostile, ru: hostile, en: hostile };
  }
  expect((await server.api('POST', '/api/competitions', document, ADMIN_TOKEN)).status).toBe(201);
  const referee = await server.loginReferee(cid);
  const c = { cid, referee, stationKeys: {} };
  await server.heat(c, 'h1', 'start');
  // A negative offset is a number, not a formula: it must stay −12 in both files.
  await server.lift(c, liftBody('h1', 1, { dxMm: -12, dyMm: 0 }));
});

afterAll(async () => server?.close());

describe('exports keep hostile names as text', () => {
  // A setup's names are trimmed, so a leading tab or CR can only reach the CSV through other
  // text (a reason, a note); the cell rule itself covers them.
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Ерлан', 'Ерлан'],
    ['a=b', 'a=b'],
  ])('cell %j is written %j', (text, written) => expect(neutraliseFormula(text)).toBe(written));

  it('CSV: every cell led by = + - @ or a tab gets a leading apostrophe; numbers stay numbers', async () => {
    const rows = parseCsv(await download('csv'), { bom: true, relax_column_count: true }) as string[][];
    const cells = rows.flat();
    for (const hostile of Object.values(HOSTILE)) {
      expect(cells, hostile).toContain(`'${hostile}`);
      expect(cells, hostile).not.toContain(hostile);
    }
    // No cell at all starts with a formula character (a signature in base64 may start with +).
    expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith('-') && !/^-\d+(\.\d+)?$/.test(cell))).toEqual([]);
    // The lift's dx of −12 mm is written as the number −12.
    expect(cells).toContain('-12');
  });

  it('XLSX: the same names are stored as plain strings, never as formulas', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
    const values: unknown[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        values.push(cell.value);
      }));
    }
    for (const hostile of Object.values(HOSTILE)) expect(values, hostile).toContain(hostile);
    expect(values).toContain(-12);
  });
});
