import type { PublicEvent } from '../../shared/public/publicEvent.ts';
import type { CompetitionSetup } from '../../shared/schemas/setup.ts';
import type { Standings } from '../../shared/scoring/standings.ts';
import type { SignedHead } from '../../shared/signedHead.ts';
import type { SignedExportModel } from './formats.ts';

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
  /** The server's Ed25519 signature over {competitionId, lastSeq, lastHash}: what ties the file to its server. */
  signature: SignedHead;
}

export function jsonExport(model: SignedExportModel, setup: CompetitionSetup, events: readonly PublicEvent[]): Buffer {
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
    signature: model.signature,
  };
  return Buffer.from(JSON.stringify(document, null, 2), 'utf8');
}
