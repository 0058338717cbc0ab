// A PDF's words with their boxes, as Poppler's `pdftotext -bbox-layout` reads them: a test can
// check where text landed (inside its cell, not over the next row), not only that it is there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every word of the PDF in document order, with its page (1-based) and box in points from the page's top left. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const dir = mkdtempSync(join(tmpdir(), 'gauge-pdf-bbox-'));
  const file = join(dir, 'export.pdf');
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const words: PdfWord[] = [];
  let page = 0;
  for (const match of run.stdout.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0].startsWith('<page')) {
      page++;
      continue;
    }
    words.push({ page, text: unescape(match[5] ?? ''), xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
  }
  return words;
}

/** Whether two words' boxes overlap by more than `slackPt` both ways (text printed over text). */
export const overlap = (a: PdfWord, b: PdfWord, slackPt = 0.5): boolean =>
  a.page === b.page && Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > slackPt && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > slackPt;
