import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { csvExport } from './csvExport.ts';
import { buildExportModel } from './exportModel.ts';
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

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** One export of a competition as it stands: the same model feeds every format. */
export async function renderExport(format: ExportFormat, state: CompetitionState, events: readonly PublicEvent[], now: string): Promise<ExportFile> {
  const model = buildExportModel(state, events, now);
  const body =
    format === 'csv' ? csvExport(model)
    : format === 'xlsx' ? await xlsxExport(model)
    : format === 'pdf' ? await pdfExport(model)
    : jsonExport(model, state.setup, events);
  const fileName = `${state.setup.id}-results-${model.mark.toLowerCase()}-seq${state.lastSeq}.${format}`;
  return { body, contentType: CONTENT_TYPE[format], fileName };
}
