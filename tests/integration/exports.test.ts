import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/cli/verifyExport.ts';
import { ADMIN_TOKEN, TestServer, liftBody, type Competition, type Json } from './harness.ts';

let server: TestServer;
let c: Competition;
let dir: string;
/** Operator id → names, from the setup the server holds. */
let names: Json;

async function download(format: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const response = await fetch(`${server.url}/api/competitions/${c.cid}/export?format=${format}`);
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The standings worked out by hand from the lifts below (default rule: full marks within
 * 10 mm, 0.5 point per mm past it, collision −20):
 *   kz-1 (h3): 3-4-5 → 100, a collision at 0 mm → 80, the station's 1 mm → 100:
 *              280 / 3 = 93.33; mean deviation (5 + 0 + 1) / 3 = 2 mm; 20 penalty points.
 *   cn-1 (h1): 0 mm → 100, 12-16-20 → 100 − (20 − 10) × 0.5 = 95, dropped → 0:
 *              195 / 3 = 65; mean deviation of the two not dropped (0 + 20) / 2 = 10 mm.
 *   The six with no heat here: 0, no deviation, 0 of 0 lifts, sharing rank 3, in setup order.
 * [rank, operator, bib, score, mean deviation mm (null: none), lifts counted, lifts required, penalty points]
 */
const OPERATORS: [number, string, string, number, number | null, number, number, number][] = [
  [1, 'kz-1', '201', 93.33, 2, 3, 3, 20],
  [2, 'cn-1', '101', 65, 10, 3, 3, 0],
  [3, 'cn-2', '102', 0, null, 0, 0, 0],
  [3, 'cn-3', '103', 0, null, 0, 0, 0],
  [3, 'cn-4', '104', 0, null, 0, 0, 0],
  [3, 'kz-2', '202', 0, null, 0, 0, 0],
  [3, 'kz-3', '203', 0, null, 0, 0, 0],
  [3, 'kz-4', '204', 0, null, 0, 0, 0],
];
/** A team's score is the mean of its operators who have heats here: KZ only kz-1 (93.33), CN only cn-1 (65). [rank, team, score] */
const TEAMS: [number, string, number][] = [
  [1, 'KZ', 93.33],
  [2, 'CN', 65],
];
/** A number cell of the CSV; an empty cell is "none". */
const cell = (text: string | undefined) => (text === '' || text === undefined ? null : Number(text));

const lastHash = async (): Promise<string> => (await server.api('GET', `/api/competitions/${c.cid}/results`)).body.lastHash;

/** The CSV's section under a "# Title" line: its header row and data rows, up to the blank line. */
function csvSection(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === `# ${title}`);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start + 2, end === -1 ? undefined : end);
}

/** Runs `npm run verify`'s script without blocking this process (the server under test lives in it). */
function verifyCli(file: string): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'server/cli/verify.ts', file], { encoding: 'utf8' }, (error, stdout) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout });
    });
  });
}

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}

beforeAll(async () => {
  server = await TestServer.start();
  dir = mkdtempSync(join(tmpdir(), 'gauge-exports-'));
  // Two heats: cn-1 (王建国) on h1, kz-1 (Ерлан Сейітқали) on h3; no protest window, so sign-off can follow.
  c = await server.createCompetition('exports', { heats: ['h1', 'h3'], rule: { protestWindowMin: 0, liftsPerHeat: 3 } });
  await server.heat(c, 'h1', 'start');
  await server.heat(c, 'h3', 'start');
  // h1: deviations 0, 20 (score 95), dropped → (100 + 95 + 0) / 3 = 65.
  await server.lift(c, liftBody('h1', 1, { dxMm: 0, dyMm: 0 }));
  await server.lift(c, liftBody('h1', 2, { dxMm: 12, dyMm: 16 }));
  await server.lift(c, liftBody('h1', 3, { dxMm: 0, dyMm: 0, dropped: true }));
  // h3: 3-4-5 (100), collision (80), and a station reading that agrees with the referee.
  await server.lift(c, liftBody('h3', 1, { dxMm: 3, dyMm: 4 }));
  await server.lift(c, liftBody('h3', 2, { dxMm: 0, dyMm: 0, penalties: ['collision'] }));
  await server.lift(c, liftBody('h3', 3, { dxMm: 1, dyMm: 0 }, 'st-h3-3'), c.stationKeys['kz-gantry-1']);
  await server.heat(c, 'h1', 'finish', 'confirm');
  await server.heat(c, 'h3', 'finish', 'confirm');
  const setup = (await server.api('GET', `/api/competitions/${c.cid}`)).body;
  names = Object.fromEntries(setup.operators.map((o: Json) => [o.id, o.name]));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exports of provisional results, read back', () => {
  it('CSV: UTF-8 with a BOM; rankings, team scores and every lift as worked out by hand', async () => {
    const { status, type, body } = await download('csv');
    expect(status).toBe(200);
    expect(type).toContain('text/csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    expect(rows.find((r) => r[0] === 'Status')?.[1]).toBe('PROVISIONAL');
    expect(rows.find((r) => r[0] === 'Last hash')?.[1]).toBe(await lastHash());
    const operators = csvSection(rows, 'Operators');
    // rank, bib, id, zh, kk, ru, en, team, score, meanDeviationMm, lifts, required, penaltyPoints, time
    expect(operators.map((r) => [Number(r[0]), r[2], r[1], Number(r[8]), cell(r[9]), Number(r[10]), Number(r[11]), Number(r[12])])).toEqual(OPERATORS);
    expect(operators.map((r) => [r[3], r[4]])).toEqual(OPERATORS.map(([, id]) => [names[id].zh, names[id].kk]));
    // The heats' times are the server's (start to finish, well under a minute here); none for the six without a heat.
    for (const r of operators.slice(0, 2)) expect(Number(r[13])).toSatisfy((s: number) => s >= 0 && s < 60);
    expect(operators.slice(2).map((r) => r[13])).toEqual(['', '', '', '', '', '']);
    expect(csvSection(rows, 'Teams').map((r) => [Number(r[0]), r[1], Number(r[5])])).toEqual(TEAMS);
    const lifts = csvSection(rows, 'Lifts');
    expect(lifts).toHaveLength(6);
    // heat, operator, bib, crane, index, container, slot, dx, dy, deviation, penalties, dropped, void, disputed, sources, score
    expect(lifts.map((r) => [r[0], Number(r[4]), Number(r[9]), r[11], r[14], Number(r[15])])).toEqual([
      ['h1', 1, 0, 'false', 'referee', 100],
      ['h1', 2, 20, 'false', 'referee', 95],
      ['h1', 3, 0, 'true', 'referee', 0],
      ['h3', 1, 5, 'false', 'referee', 100],
      ['h3', 2, 0, 'false', 'referee', 80],
      ['h3', 3, 1, 'false', 'station', 100],
    ]);
  });

  it('XLSX: four sheets with zh / kk headers, rankings and team scores as worked out by hand, the log, and the signature', async () => {
    const { status, body } = await download('xlsx');
    expect(status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Operators', 'Teams', 'Lifts', 'Audit', 'Signature']);
    const signed = Object.fromEntries(book.getWorksheet('Signature')!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1, 3)));
    expect(signed['Last hash']).toBe(await lastHash());
    expect(signed['Signed by key']).toBe((await server.api('GET', '/api/keys')).body.results.publicKey);
    const sheet = book.getWorksheet('Operators')!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('PROVISIONAL');
    expect(sheet.getRow(2).getCell(1).value).toBe('名次 / Орын');
    // rank, bib, id, zh, kk, ru, team, score, meanDeviationMm, lifts, required, penaltyPoints, time (numbers as numbers)
    const rows = OPERATORS.map((_, i) => sheet.getRow(3 + i));
    expect(rows.map((r) => [1, 3, 2, 8, 9, 10, 11, 12].map((n) => r.getCell(n).value))).toEqual(OPERATORS);
    expect(rows.map((r) => [r.getCell(4).value, r.getCell(5).value])).toEqual(OPERATORS.map(([, id]) => [names[id].zh, names[id].kk]));
    expect(sheet.getRow(3 + OPERATORS.length).getCell(1).value).toBeNull();
    const teams = book.getWorksheet('Teams')!;
    expect([3, 4].map((n) => [teams.getRow(n).getCell(1).value, teams.getRow(n).getCell(2).value, teams.getRow(n).getCell(6).value])).toEqual(TEAMS);
    expect(book.getWorksheet('Lifts')!.rowCount).toBe(2 + 6);
    const audit = book.getWorksheet('Audit')!;
    const { body: log } = await server.api('GET', `/api/competitions/${c.cid}/events`);
    expect(audit.rowCount).toBe(2 + log.events.length);
    expect(audit.getRow(audit.rowCount).getCell(6).value).toBe(log.events.at(-1).hash);
  });

  it('PDF: the text shows Chinese and Kazakh names, the scores, PROVISIONAL and the last hash', async () => {
    const { status, type, body } = await download('pdf');
    expect(status).toBe(200);
    expect(type).toBe('application/pdf');
    const text = pdfText(body, 'provisional.pdf');
    for (const expected of ['王建国', 'Ерлан Сейітқали', 'Ван Цзяньго', '叶尔兰·赛伊特卡利', 'PROVISIONAL', '临时成绩', '93.33', '65.00', await lastHash(), '总裁判', 'Ұйымдастырушы']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('OFFICIAL');
    // kz-1 ranks first: her line comes before his.
    expect(text.indexOf('Ерлан Сейітқали')).toBeLessThan(text.indexOf('Ван Цзяньго'));
  });

  it('JSON: verifies; one event changed fails the hash chain; changed standings fail the re-fold', async () => {
    const { body } = await download('json');
    const document = JSON.parse(body.toString('utf8'));
    expect(document.standings.operators.map((o: Json) => [o.rank, o.operatorId, o.score, o.meanDeviationMm, o.liftsCounted, o.liftsRequired, o.penaltyPoints])).toEqual(
      OPERATORS.map(([rank, id, , score, meanDeviationMm, counted, required, penalties]) => [rank, id, score, meanDeviationMm, counted, required, penalties]),
    );
    expect(document.standings.teams.map((t: Json) => [t.rank, t.teamId, t.score])).toEqual(TEAMS);
    expect(verifyExport(document).every((check) => check.ok)).toBe(true);

    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(document));
    const good = await verifyCli(file);
    expect(good.status, good.stdout).toBe(0);
    expect(good.stdout).toContain('all checks passed');

    const tampered = structuredClone(document);
    const lift = tampered.events.find((e: Json) => e.type === 'lift.recorded' && e.data.lift.id === 'h1-2');
    lift.data.lift.dxMm = 0; // a better placement for cn-1, written into the log by hand
    writeFileSync(file, JSON.stringify(tampered));
    const bad = await verifyCli(file);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`FAIL  hash chain: broken at seq ${lift.seq}`));

    const inflated = structuredClone(document);
    inflated.standings.operators[1].score = 99;
    const checks = verifyExport(inflated);
    expect(checks.filter((check) => !check.ok).map((check) => check.name)).toEqual(['standings.operators']);
  });
});

describe('after sign-off', () => {
  it('every format says OFFICIAL', async () => {
    expect((await server.api('POST', `/api/competitions/${c.cid}/official`, {}, ADMIN_TOKEN)).status).toBe(200);
    const text = pdfText((await download('pdf')).body, 'official.pdf');
    expect(text).toContain('OFFICIAL');
    expect(text).toContain('正式成绩');
    expect(text).toContain(await lastHash());
    const rows = parseCsv((await download('csv')).body, { bom: true, relax_column_count: true }) as string[][];
    expect(rows.find((r) => r[0] === 'Status')?.[1]).toBe('OFFICIAL');
    const document = JSON.parse((await download('json')).body.toString('utf8'));
    expect(document.mark).toBe('OFFICIAL');
    expect(verifyExport(document).every((check) => check.ok)).toBe(true);
  });

  it('an unknown format is a 400 naming the field', async () => {
    const { status, body } = await server.api('GET', `/api/competitions/${c.cid}/export?format=docx`);
    expect(status).toBe(400);
    expect(body.error.field).toBe('format');
  });
});
