import { H, MARK, type Header } from './columns.ts';
import type { SignedExportModel } from './formats.ts';

const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd`, `@SUM(1)`,
 * `-2+3`, or one led by a tab or carriage return) gets a leading apostrophe, as OWASP's CSV
 * injection advice says; numbers stay numbers (a deviation of −12 is written −12).
 */
export const neutraliseFormula = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
const field = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const line = (values: unknown[]): string => values.map(field).join(',');
const header = (headers: Header[]): string => line(headers.map((h) => `${h.en} / ${h.zh}`));

/**
 * One CSV file, UTF-8 with a BOM (so Excel reads Chinese and Kazakh right): a few lines
 * about the competition, then the operator ranking, the team ranking and every lift,
 * each section after a blank line and a title line.
 */
export function csvExport(model: SignedExportModel): Buffer {
  const lines = [
    line(['Competition', model.competition.id, model.competition.name.zh ?? '', model.competition.name.kk ?? model.competition.name.ru ?? '']),
    line(['Status', model.mark, MARK[model.mark].zh, MARK[model.mark].kk]),
    line(['Label', model.label]),
    line(['Last seq', model.lastSeq]),
    line(['Last hash', model.lastHash]),
    line(['Signature (Ed25519)', model.signature.signature]),
    line(['Signed by key', model.signature.publicKey]),
    line(['Generated at', model.generatedAt]),
    '',
    line(['# Operators']),
    header([H.rank, H.bib, H.operatorId, H.nameZh, H.nameKk, H.nameRu, H.nameEn, H.teamId, ...model.resultColumns.map((c) => c.header)]),
    ...model.operators.map((o) =>
      line([o.rank, o.bib, o.operatorId, o.name.zh, o.name.kk, o.name.ru, o.name.en, o.teamId, ...model.resultColumns.map((c) => c.value(o))]),
    ),
    '',
    line(['# Teams']),
    header([H.rank, H.teamId, H.country, H.nameZh, H.nameKk, H.score]),
    ...model.teams.map((t) => line([t.rank, t.teamId, t.country, t.name.zh, t.name.kk ?? t.name.ru, t.score])),
    '',
    line(['# Lifts']),
    header(model.lifts.headers),
    ...model.lifts.rows.map(line),
  ];
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
