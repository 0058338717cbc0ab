import type { ExportColumn, Header, PdfColumn } from '../../shared/disciplines/discipline.ts';
import { disciplinesOf } from '../../shared/disciplines/ofSetup.ts';
import { disciplineOf } from '../../shared/disciplines/registry.ts';
import { isWithheldCopy, type PublicEvent } from '../../shared/public/publicEvent.ts';
import { resultsLabel, type ResultsLabel } from '../../shared/results.ts';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { computeStandings, roundStandings, type OperatorStanding, type Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { auditSummary } from './auditSummary.ts';
import { answerSheet, disciplineSheets, type DisciplineSheet, type Sheet } from './disciplineSheets.ts';

export type { Sheet };

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
  /**
   * The overall ranking's columns after an operator's names (CSV, XLSX) and on the printed
   * sheet: one discipline's own columns (as before disciplines existed), else the overall
   * score and each discipline's points.
   */
  resultColumns: ExportColumn<OperatorStanding>[];
  pdfColumns: PdfColumn<OperatorStanding>[];
  teams: TeamRow[];
  /** Every lift, in heat order then by index (several disciplines: each discipline's sheet has its own). */
  lifts: Sheet;
  /** Each discipline's ranking and lifts; formats print them when there are several. */
  disciplines: DisciplineSheet[];
  /** Accounting answers the reader may see; null without an accounting discipline. */
  answers: Sheet | null;
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
  const list = disciplinesOf(setup);
  const disciplines = disciplineSheets(state, standings.disciplines);
  const one = list.length === 1 ? list[0] : undefined;
  const lifts: Sheet = one ? (disciplines[0]?.lifts ?? { headers: [], rows: [] }) : { headers: [], rows: [] };
  const { resultColumns, pdfColumns } = one ? oneDisciplineColumns(one.rule) : overallColumns(list);
  const audit = events.map((e): AuditRow => ({
    seq: e.seq,
    at: e.at,
    type: e.type,
    actor: e.actor.id ? `${e.actor.role}:${e.actor.id}` : e.actor.role,
    summary: isWithheldCopy(e) ? withheldSummary(e.type) : auditSummary(e, setup),
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
    resultColumns,
    pdfColumns,
    teams,
    lifts,
    disciplines,
    answers: answerSheet(state),
    audit,
  };
}

const withheldSummary = (type: string): string =>
  type.startsWith('answer.') || type.startsWith('competition.') ? 'sealed until the discipline is confirmed' : 'withheld while the board is frozen';

/**
 * One discipline: the overall rows are that discipline's results (the same figures), so its
 * module's columns print them as they always have.
 */
function oneDisciplineColumns(rule: Parameters<typeof disciplineOf>[0]) {
  const { exports } = disciplineOf(rule);
  return {
    resultColumns: exports.resultColumns as unknown as ExportColumn<OperatorStanding>[],
    pdfColumns: exports.pdfColumns as unknown as PdfColumn<OperatorStanding>[],
  };
}

/** Several disciplines: the overall score, then each discipline's points. */
function overallColumns(list: readonly { id: string; name?: LocalizedName }[]) {
  const OVERALL: Header = { zh: '总分', kk: 'Жалпы ұпай', ru: 'Итог', en: 'Overall' };
  const headerOf = (d: { id: string; name?: LocalizedName }): Header => ({
    zh: d.name?.zh ?? d.id,
    kk: d.name?.kk ?? d.name?.ru ?? d.id,
    ru: d.name?.ru ?? d.id,
    en: d.name?.en ?? d.id,
  });
  const fixed2 = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));
  return {
    resultColumns: [
      { header: OVERALL, value: (o: OperatorStanding) => o.score },
      ...list.map((d) => ({ header: headerOf(d), value: (o: OperatorStanding) => o.disciplines[d.id] ?? 0 })),
    ],
    pdfColumns: [
      { header: { zh: OVERALL.zh, kk: OVERALL.kk }, width: 45, align: 'right' as const, text: (o: OperatorStanding) => o.score.toFixed(2) },
      ...list.map((d) => ({
        header: { zh: headerOf(d).zh, kk: headerOf(d).kk },
        width: 45,
        align: 'right' as const,
        text: (o: OperatorStanding) => fixed2(o.disciplines[d.id]),
      })),
    ],
  };
}

/** A name in the wanted language, else any given one. */
export const nameOf = (name: LocalizedName, ...languages: (keyof LocalizedName)[]): string =>
  languages.map((l) => name[l]).find(Boolean) ?? name.en ?? name.zh ?? name.ru ?? name.kk ?? '';
