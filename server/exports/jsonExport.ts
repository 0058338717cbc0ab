import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { ExportModel } from './exportModel.ts';

/** The JSON export: enough to re-check everything with `npm run verify -- FILE.json`. */
export interface JsonExport {
  format: 'gauge-export';
  version: 1;
  competitionId: string;
  mark: 'PROVISIONAL' | 'OFFICIAL';
  status: string;
  generatedAt: string;
  lastSeq: number;
  lastHash: string;
  setup: CompetitionSetup;
  events: readonly PublicEvent[];
  standings: Standings;
}

export function jsonExport(model: ExportModel, setup: CompetitionSetup, events: readonly PublicEvent[]): Buffer {
  const document: JsonExport = {
    format: 'gauge-export',
    version: 1,
    competitionId: model.competition.id,
    mark: model.mark,
    status: model.status,
    generatedAt: model.generatedAt,
    lastSeq: model.lastSeq,
    lastHash: model.lastHash,
    setup,
    events,
    standings: model.standings,
  };
  return Buffer.from(JSON.stringify(document, null, 2), 'utf8');
}
