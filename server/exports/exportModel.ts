import type { Cell, ExportColumn, Header, PdfColumn } from '../../shared/disciplines/discipline.ts';
import { disciplineOf, type DisciplineResult } from '../../shared/disciplines/registry.ts';
import { isWithheldCopy, type PublicEvent } from '../../shared/public/publicEvent.ts';
import { resultsLabel, type ResultsLabel } from '../../shared/results.ts';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { computeStandings, roundStandings, type OperatorStanding, type Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { auditSummary } from './auditSummary.ts';
import { COMMON_LIFT_COLUMNS } from './columns.ts';

/** An operator's standing with the names an export prints beside it. */
export type OperatorRow = OperatorStanding & {
  bib: string;
  name: LocalizedName;
  teamName: LocalizedName;
};

export interface TeamRow {
  rank: number;
  teamId: string;
  country: string;
  name: LocalizedName;
  score: number;
}

/** A sheet as headers and rows of cells, in the discipline's column order. */
export interface Sheet {
  headers: Header[];
  rows: Cell[][];
}

export interface AuditRow {
  seq: number;
  at: string;
  type: string;
  actor: string;
  summary: string;
  hash: string;
}

/** Everything every export format prints, built once from the state, the standings and the log. */
export interface ExportModel {
  competition: { id: string; name: LocalizedName; venue?: LocalizedName; timeZone?: string };
  status: CompetitionState['status'];
  label: ResultsLabel;
  mark: 'PROVISIONAL' | 'OFFICIAL';
  generatedAt: string;
  officialAt: string | null;
  lastSeq: number;
  lastHash: string;
  /** The API's standings (rounded), as GET /standings answers them. */
  standings: Standings;
  operators: OperatorRow[];
  /** The discipline's columns after an operator's names (CSV, XLSX) and on the printed sheet. */
  resultColumns: ExportColumn<DisciplineResult>[];
  pdfColumns: PdfColumn<DisciplineResult>[];
  teams: TeamRow[];
  /** Every lift, in heat order then by index. */
  lifts: Sheet;
  audit: AuditRow[];
}

export function buildExportModel(state: CompetitionState, events: readonly PublicEvent[], now: string): ExportModel {
  const { setup } = state;
  const standings = roundStandings(computeStandings(state));
  const operatorById = new Map(setup.operators.map((o) => [o.id, o]));
  const teamById = new Map(setup.teams.map((t) => [t.id, t]));
  const operators = standings.operators.map((s): OperatorRow => {
    const operator = operatorById.get(s.operatorId);
    return { ...s, bib: operator?.bib ?? '', name: operator?.name ?? {}, teamName: teamById.get(s.teamId)?.name ?? {} };
  });
  const teams = standings.teams.map((s): TeamRow => ({ ...s, country: teamById.get(s.teamId)?.country ?? '', name: teamById.get(s.teamId)?.name ?? {} }));
  const discipline = disciplineOf(setup.rule);
  const heatOrder = new Map(setup.heats.map((h, i) => [h.id, i]));
  const liftColumns = discipline.exports.liftColumns(setup.rule, COMMON_LIFT_COLUMNS);
  const lifts = Object.values(state.lifts)
    .sort((a, b) => (heatOrder.get(a.heatId) ?? 0) - (heatOrder.get(b.heatId) ?? 0) || a.index - b.index)
    .map((lift) => {
      const heat = state.heats[lift.heatId];
      const row = { lift, operatorId: heat?.operatorId ?? '', bib: operatorById.get(heat?.operatorId ?? '')?.bib ?? '', craneId: heat?.craneId ?? '' };
      return liftColumns.map((column) => column.value(row));
    });
  const audit = events.map((e): AuditRow => ({
    seq: e.seq,
    at: e.at,
    type: e.type,
    actor: e.actor.id ? `${e.actor.role}:${e.actor.id}` : e.actor.role,
    summary: isWithheldCopy(e) ? 'withheld while the board is frozen' : auditSummary(e, discipline),
    hash: e.hash,
  }));
  return {
    competition: { id: setup.id, name: setup.name, venue: setup.venue, timeZone: setup.timeZone },
    status: state.status,
    label: resultsLabel(state, now),
    mark: state.status === 'official' ? 'OFFICIAL' : 'PROVISIONAL',
    generatedAt: now,
    officialAt: state.officialAt,
    lastSeq: state.lastSeq,
    lastHash: state.lastHash,
    standings,
    operators,
    resultColumns: discipline.exports.resultColumns,
    pdfColumns: discipline.exports.pdfColumns,
    teams,
    lifts: { headers: liftColumns.map((column) => column.header), rows: lifts },
    audit,
  };
}

/** A name in the wanted language, else any given one. */
export const nameOf = (name: LocalizedName, ...languages: (keyof LocalizedName)[]): string =>
  languages.map((l) => name[l]).find(Boolean) ?? name.en ?? name.zh ?? name.ru ?? name.kk ?? '';
