import ExcelJS from 'exceljs';
import type { Cell } from '../../shared/disciplines/discipline.ts';
import { H, MARK, twoLanguages, type Header } from './columns.ts';
import type { SignedExportModel } from './formats.ts';

// exceljs writes real .xlsx (the format the organizers' office opens) without Excel itself.


function addSheet(book: ExcelJS.Workbook, name: string, headers: Header[], rows: Cell[][], model: SignedExportModel): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`${model.mark} · ${MARK[model.mark].zh} · ${MARK[model.mark].kk}`, model.competition.id, `last hash ${model.lastHash}`]);
  const head = sheet.addRow(headers.map((h) => twoLanguages(h)));
  head.font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(10, twoLanguages(headers[i] ?? H.seq).length + 2));
  });
}

/** Excel allows 31 characters and no []:*?/\\ in a sheet's name. */
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

/** Sheets: operator ranking, teams, lifts, audit; row 1 says PROVISIONAL/OFFICIAL, row 2 holds zh / kk headers. */
export async function xlsxExport(model: SignedExportModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Gauge';
  book.created = new Date(model.generatedAt);
  addSheet(
    book,
    'Operators',
    [H.rank, H.bib, H.operatorId, H.nameZh, H.nameKk, H.nameRu, H.teamId, ...model.resultColumns.map((c) => c.header)],
    model.operators.map((o) => [o.rank, o.bib, o.operatorId, o.name.zh ?? '', o.name.kk ?? '', o.name.ru ?? '', o.teamId, ...model.resultColumns.map((c) => c.value(o))]),
    model,
  );
  addSheet(
    book,
    'Teams',
    [H.rank, H.teamId, H.country, H.nameZh, H.nameKk, H.score],
    model.teams.map((t) => [t.rank, t.teamId, t.country, t.name.zh ?? '', t.name.kk ?? t.name.ru ?? '', t.score]),
    model,
  );
  addSheet(book, 'Lifts', model.lifts.headers, model.lifts.rows, model);
  // Several disciplines: a sheet each (its ranking), and its lifts.
  if (model.disciplines.length > 1) {
    for (const d of model.disciplines) {
      addSheet(book, sheetName(d.disciplineId), d.ranking.headers, d.ranking.rows, model);
      if (d.lifts) addSheet(book, sheetName(`Lifts ${d.disciplineId}`), d.lifts.headers, d.lifts.rows, model);
    }
  }
  if (model.answers) addSheet(book, 'Answers', model.answers.headers, model.answers.rows, model);
  addSheet(book, 'Audit', [H.seq, H.at, H.type, H.actor, H.summary, H.hash], model.audit.map((a) => [a.seq, a.at, a.type, a.actor, a.summary, a.hash]), model);
  const signature = book.addWorksheet('Signature');
  const { head } = model.signature;
  for (const row of [
    ['Competition', head.competitionId],
    ['Last seq', head.lastSeq],
    ['Last hash', head.lastHash],
    ['Algorithm', model.signature.algorithm],
    ['Signed by key', model.signature.publicKey],
    ['Signature', model.signature.signature],
  ]) signature.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
