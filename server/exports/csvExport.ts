import { H, MARK, type Header } from './columns.ts';
import type { SignedExportModel } from './formats.ts';

const BOM = '\uFEFF';

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
const field = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
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
    header([H.rank, H.bib, H.operatorId, H.nameZh, H.nameKk, H.nameRu, H.nameEn, H.teamId, H.score, H.meanDeviationMm, H.lifts, H.liftsRequired, H.penaltyPoints, H.completionTimeS]),
    ...model.operators.map((o) =>
      line([o.rank, o.bib, o.operatorId, o.name.zh, o.name.kk, o.name.ru, o.name.en, o.teamId, o.score, o.meanDeviationMm, o.liftsCounted, o.liftsRequired, o.penaltyPoints, o.completionTimeS]),
    ),
    '',
    line(['# Teams']),
    header([H.rank, H.teamId, H.country, H.nameZh, H.nameKk, H.score]),
    ...model.teams.map((t) => line([t.rank, t.teamId, t.country, t.name.zh, t.name.kk ?? t.name.ru, t.score])),
    '',
    line(['# Lifts']),
    header([H.heat, H.operatorId, H.bib, H.crane, H.index, H.containerNo, H.slot, H.dxMm, H.dyMm, H.deviationMm, H.penalties, H.dropped, H.voided, H.disputed, H.sources, H.liftScore]),
    ...model.lifts.map((l) =>
      line([l.heatId, l.operatorId, l.bib, l.craneId, l.index, l.containerNo, l.slot, l.dxMm, l.dyMm, l.deviationMm, l.penalties, l.dropped, l.voided, l.disputed, l.sources, l.liftScore]),
    ),
  ];
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
