import { isWithheldCopy, type PublicEvent } from '../../shared/public/publicEvent.ts';
import { resultsLabel, type ResultsLabel } from '../../shared/results.ts';
import type { LocalizedName } from '../../shared/schemas/common.ts';
import { deviationMm, liftScore } from '../../shared/scoring/placement.ts';
import { computeStandings, roundStandings, type OperatorStanding, type Standings } from '../../shared/scoring/standings.ts';
import type { CompetitionState } from '../../shared/state.ts';
import { auditSummary } from './auditSummary.ts';

/** An operator's standing with the names an export prints beside it. */
export interface OperatorRow extends OperatorStanding {
  bib: string;
  name: LocalizedName;
  teamName: LocalizedName;
}

export interface TeamRow {
  rank: number;
  teamId: string;
  country: string;
  name: LocalizedName;
  score: number;
}

export interface LiftRow {
  heatId: string;
  operatorId: string;
  bib: string;
  craneId: string;
  index: number;
  containerNo: string;
  slot: string;
  dxMm: number;
  dyMm: number;
  deviationMm: number;
  penalties: string;
  dropped: boolean;
  voided: boolean;
  disputed: boolean;
  sources: string;
  liftScore: number;
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
  teams: TeamRow[];
  lifts: LiftRow[];
  audit: AuditRow[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

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
  const heatOrder = new Map(setup.heats.map((h, i) => [h.id, i]));
  const lifts = Object.values(state.lifts)
    .sort((a, b) => (heatOrder.get(a.heatId) ?? 0) - (heatOrder.get(b.heatId) ?? 0) || a.index - b.index)
    .map((lift): LiftRow => {
      const heat = state.heats[lift.heatId];
      return {
        heatId: lift.heatId,
        operatorId: heat?.operatorId ?? '',
        bib: operatorById.get(heat?.operatorId ?? '')?.bib ?? '',
        craneId: heat?.craneId ?? '',
        index: lift.index,
        containerNo: lift.containerNo,
        slot: lift.slot ?? '',
        dxMm: lift.value.dxMm,
        dyMm: lift.value.dyMm,
        deviationMm: round2(deviationMm(lift.value)),
        penalties: lift.value.penalties.join(';'),
        dropped: lift.value.dropped,
        voided: lift.voided,
        disputed: lift.disputed,
        sources: Object.keys(lift.readings).sort().join('+'),
        liftScore: lift.voided ? 0 : round2(liftScore(setup.rule, lift.value)),
      };
    });
  const audit = events.map((e): AuditRow => ({
    seq: e.seq,
    at: e.at,
    type: e.type,
    actor: e.actor.id ? `${e.actor.role}:${e.actor.id}` : e.actor.role,
    summary: isWithheldCopy(e) ? 'withheld while the board is frozen' : auditSummary(e),
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
    teams,
    lifts,
    audit,
  };
}

/** A name in the wanted language, else any given one. */
export const nameOf = (name: LocalizedName, ...languages: (keyof LocalizedName)[]): string =>
  languages.map((l) => name[l]).find(Boolean) ?? name.en ?? name.zh ?? name.ru ?? name.kk ?? '';
