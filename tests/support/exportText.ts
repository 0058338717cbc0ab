// Exports read back as text, so a test can look for what must (or must not) be in them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

let dir: string | null = null;
let count = 0;

/** The PDF's text as Poppler's pdftotext lays it out. */
export function pdfText(pdf: Buffer): string {
  dir ??= mkdtempSync(join(tmpdir(), 'gauge-pdf-'));
  const file = join(dir, `export-${++count}.pdf`);
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}

/** Every cell of every sheet, one per line. */
export async function xlsxText(body: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}
