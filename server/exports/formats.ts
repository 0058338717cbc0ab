import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { csvExport } from './csvExport.ts';
import type { SignedHead } from '../../shared/signedHead.ts';
import { buildExportModel, type ExportModel } from './exportModel.ts';
import { jsonExport } from './jsonExport.ts';
import { pdfExport } from './pdfExport.ts';
import { xlsxExport } from './xlsxExport.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/** Every format prints the server's signature over the competition id, last seq and last hash. */
export type SignedExportModel = ExportModel & { signature: SignedHead };

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** One export of a competition as it stands: the same model feeds every format. */
export async function renderExport(format: ExportFormat, state: CompetitionState, events: readonly PublicEvent[], signature: SignedHead, now: string): Promise<ExportFile> {
  const model: SignedExportModel = { ...buildExportModel(state, events, now), signature };
  const body =
    format === 'csv' ? csvExport(model)
    : format === 'xlsx' ? await xlsxExport(model)
    : format === 'pdf' ? await pdfExport(model)
    : jsonExport(model, state.setup, events);
  const fileName = `${state.setup.id}-results-${model.mark.toLowerCase()}-seq${state.lastSeq}.${format}`;
  return { body, contentType: CONTENT_TYPE[format], fileName };
}
