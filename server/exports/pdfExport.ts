import PDFDocument from 'pdfkit';
import { H, MARK, type Header } from './columns.ts';
import { nameOf } from './exportModel.ts';
import type { SignedExportModel } from './formats.ts';
import { fontFor, registerFonts, scriptRuns, type Doc } from './pdfFonts.ts';

// An A4 results sheet in Chinese and Kazakh (Russian where a Kazakh name is missing):
// marked PROVISIONAL or OFFICIAL, the operator and team rankings, signature lines, and
// the log's last hash so a printed sheet can be matched to the exported log.

const MARGIN = 40;
const PAGE_BOTTOM = 842 - 60;
const MARK_COLOR = { PROVISIONAL: '#b45309', OFFICIAL: '#15803d' } as const;

interface Column {
  header: Pick<Header, 'zh' | 'kk'>;
  width: number;
  align?: 'left' | 'right' | 'center';
}

const text = (doc: Doc, value: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { size?: number; bold?: boolean } = {}) => {
  const { size = 9, bold = false, ...rest } = options;
  const runs = scriptRuns(value);
  if (runs.length > 1 && rest.width === undefined) {
    // Chinese next to Kazakh: Noto Sans SC lacks Қ Ү І…, Noto Sans lacks Chinese; one font per run.
    let runX = x;
    for (const run of runs) {
      doc.font(fontFor(run, bold)).fontSize(size).text(run, runX, y, { lineBreak: false });
      runX += doc.widthOfString(run);
    }
    return;
  }
  doc.font(fontFor(value, bold)).fontSize(size).text(value, x, y, { lineBreak: false, ...rest });
};

function tableHeader(doc: Doc, columns: Column[], y: number): number {
  let x = MARGIN;
  // 12 pt between the two header lines: Noto Sans SC's 8 pt line is 11.6 pt tall, so 11 drew it into the Kazakh one.
  doc.rect(MARGIN, y - 2, columns.reduce((s, c) => s + c.width, 0), 27).fill('#e5e7eb').fillColor('#000');
  for (const c of columns) {
    text(doc, c.header.zh, x + 2, y, { width: c.width - 4, align: c.align, size: 8, bold: true });
    text(doc, c.header.kk, x + 2, y + 12, { width: c.width - 4, align: c.align, size: 7 });
    x += c.width;
  }
  return y + 29;
}

const CELL_SIZE = 9;
/** A row one line tall: 13 pt of text, 3 pt to the rule below it. */
const ROW_MIN = 13;
const ROW_GAP = 3;

/** How tall this cell's text is when wrapped to its column (a long name takes several lines). */
function cellHeight(doc: Doc, cell: string, column: Column): number {
  return doc.font(fontFor(cell)).fontSize(CELL_SIZE).heightOfString(cell, { width: column.width - 4, align: column.align });
}

/** Rows as tall as their tallest cell: a long name wraps inside its cell and pushes the next row down, never over it. */
function table(doc: Doc, columns: Column[], rows: string[][], startY: number): number {
  let y = tableHeader(doc, columns, startY);
  for (const row of rows) {
    const height = Math.max(ROW_MIN, ...row.map((cell, i) => cellHeight(doc, cell, columns[i] as Column)));
    if (y + height > PAGE_BOTTOM) {
      doc.addPage();
      y = tableHeader(doc, columns, MARGIN);
    }
    let x = MARGIN;
    row.forEach((cell, i) => {
      const column = columns[i] as Column;
      text(doc, cell, x + 2, y, { width: column.width - 4, align: column.align, lineBreak: true, size: CELL_SIZE });
      x += column.width;
    });
    doc.moveTo(MARGIN, y + height).lineTo(x, y + height).lineWidth(0.3).strokeColor('#d1d5db').stroke();
    y += height + ROW_GAP;
  }
  return y;
}

/** A discipline's title line above its table, on a new page when this one is full. */
function heading(doc: Doc, title: string, y: number): number {
  if (y > PAGE_BOTTOM - 80) {
    doc.addPage();
    y = MARGIN;
  }
  text(doc, title, MARGIN, y, { size: 10, bold: true });
  return y + 16;
}

const fmt = (n: number | null): string => (n === null ? '—' : n.toFixed(2));

function titleBlock(doc: Doc, model: SignedExportModel): number {
  const { name, venue } = model.competition;
  const mark = MARK[model.mark];
  doc.roundedRect(400, MARGIN - 4, 155, 64, 4).lineWidth(2).strokeColor(MARK_COLOR[model.mark]).stroke();
  doc.fillColor(MARK_COLOR[model.mark]);
  text(doc, mark.en, 404, MARGIN, { width: 147, align: 'center', size: 14, bold: true });
  text(doc, mark.zh, 404, MARGIN + 22, { width: 147, align: 'center', size: 10, bold: true });
  text(doc, mark.kk, 404, MARGIN + 40, { width: 147, align: 'center', size: 9, bold: true });
  doc.fillColor('#000');
  // Titles wrap within the space left of the mark.
  doc.font(fontFor(nameOf(name, 'zh'), true)).fontSize(15).text(nameOf(name, 'zh'), MARGIN, MARGIN, { width: 350 });
  doc.font(fontFor(nameOf(name, 'kk', 'ru'), true)).fontSize(11).text(nameOf(name, 'kk', 'ru'), MARGIN, doc.y + 2, { width: 350 });
  let y = Math.max(doc.y + 4, MARGIN + 66);
  if (venue) {
    text(doc, nameOf(venue, 'zh'), MARGIN, y, { size: 9 });
    y += 14;
  }
  const when = model.officialAt ? `official ${model.officialAt}` : `generated ${model.generatedAt}`;
  text(doc, `${model.competition.id} · seq ${model.lastSeq} · ${when}`, MARGIN, y, { size: 8 });
  return y + 20;
}

function signatures(doc: Doc, y: number): void {
  if (y > PAGE_BOTTOM - 70) {
    doc.addPage();
    y = MARGIN;
  }
  const lines: [zh: string, kk: string][] = [
    ['总裁判', 'Бас төреші'],
    ['组委会', 'Ұйымдастырушы'],
  ];
  lines.forEach(([zh, kk], i) => {
    const x = MARGIN + i * 265;
    doc.moveTo(x, y + 40).lineTo(x + 230, y + 40).lineWidth(0.8).strokeColor('#000').stroke();
    text(doc, zh, x, y + 44, { size: 9 });
    text(doc, kk, x + 50, y + 44, { size: 9 });
    text(doc, '日期 / Күні: ____________', x, y + 58, { size: 8 });
  });
}

export function pdfExport(model: SignedExportModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `${model.competition.id} results (${model.mark})` } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  let y = titleBlock(doc, model);
  y = table(
    doc,
    [
      { header: H.rank, width: 30, align: 'right' },
      { header: H.bib, width: 32 },
      { header: { zh: '姓名', kk: 'Аты-жөні' }, width: 110 },
      { header: { zh: '哈萨克文 / 俄文', kk: 'Қазақша / Орысша' }, width: 120 },
      { header: H.team, width: 35 },
      ...model.pdfColumns,
    ],
    model.operators.map((o) => [
      String(o.rank), o.bib, nameOf(o.name, 'zh'), nameOf(o.name, 'kk', 'ru'), o.teamId, ...model.pdfColumns.map((c) => c.text(o)),
    ]),
    y,
  );
  y = table(
    doc,
    [
      { header: H.rank, width: 34, align: 'right' },
      { header: { zh: '队伍', kk: 'Команда' }, width: 120 },
      { header: { zh: '哈萨克文 / 俄文', kk: 'Қазақша / Орысша' }, width: 160 },
      { header: H.score, width: 60, align: 'right' },
    ],
    model.teams.map((t) => [String(t.rank), nameOf(t.name, 'zh'), nameOf(t.name, 'kk', 'ru'), fmt(t.score)]),
    y + 16,
  );
  // Several disciplines: each one's ranking after the overall and the teams.
  if (model.disciplines.length > 1) {
    for (const d of model.disciplines) {
      y = heading(doc, `${nameOf(d.name ?? {}, 'zh') || d.disciplineId} / ${nameOf(d.name ?? {}, 'kk', 'ru') || d.kind} (${d.weight})`, y + 16);
      y = table(
        doc,
        [{ header: H.rank, width: 30, align: 'right' }, { header: H.bib, width: 32 }, { header: H.operator, width: 110 }, ...d.pdf.columns],
        d.pdf.rows.map((r) => [String(r.rank), r.bib, r.operatorId, ...d.pdf.columns.map((c) => c.text(r.result))]),
        y,
      );
    }
  }
  signatures(doc, y + 10);

  // Every page carries the log's last hash at its foot.
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits below the text area; without this pdfkit would start a new page
    text(doc, `Signed (Ed25519) by key / 签名公钥: ${model.signature.publicKey}`, MARGIN, 842 - 50, { size: 7 });
    text(doc, `Last hash / 末哈希: ${model.lastHash}`, MARGIN, 842 - 40, { size: 7 });
    text(doc, `Signature / 签名: ${model.signature.signature}`, MARGIN, 842 - 30, { size: 6 });
    text(doc, `${i + 1}/${pages.count}`, 595 - MARGIN - 30, 842 - 40, { size: 7, width: 30, align: 'right' });
  }
  doc.end();
  return done;
}
