import type { z } from 'zod';
import type { Language } from '../schemas/common.ts';
import type { RankKey } from '../scoring/ranking.ts';
import type { CompetitionState, LiftState } from '../state.ts';

// What every discipline (placement now; transshipment and accounting next) gives the core.
// The reducer, the standings, the commands and the exports call these and nothing else
// that knows a discipline's readings: adding a kind is a module and a line in registry.ts.

/** What every discipline's operator result has; a module adds its own figures. */
export interface OperatorResult {
  operatorId: string;
  teamId: string;
  /** Points 0..100 in this discipline: ranks, team means and the overall score use it. */
  score: number;
}

/** A reading that does not fit the rule: a 400 naming the field. */
export interface ReadingProblem {
  field: string;
  message: string;
}

/** A column header in the four languages; exports print two of them. */
export type Header = Record<Language, string>;
export type Cell = string | number | boolean | null;

export interface ExportColumn<Row> {
  header: Header;
  value(row: Row): Cell;
}

/** A column of the printed ranking: narrow, a zh / kk header, text cells. */
export interface PdfColumn<Row> {
  header: Pick<Header, 'zh' | 'kk'>;
  width: number;
  align?: 'left' | 'right' | 'center';
  text(row: Row): string;
}

/** A lift as the lift sheet of an export sees it: the lift, and who lifted it on which crane. */
export interface ExportLift<V> {
  lift: LiftState<V>;
  operatorId: string;
  bib: string;
  craneId: string;
}

/** The lift sheet's columns every discipline may use; a discipline orders them among its own. */
export interface CommonLiftColumns<V> {
  heat: ExportColumn<ExportLift<V>>;
  operatorId: ExportColumn<ExportLift<V>>;
  bib: ExportColumn<ExportLift<V>>;
  crane: ExportColumn<ExportLift<V>>;
  index: ExportColumn<ExportLift<V>>;
  containerNo: ExportColumn<ExportLift<V>>;
  slot: ExportColumn<ExportLift<V>>;
  voided: ExportColumn<ExportLift<V>>;
  disputed: ExportColumn<ExportLift<V>>;
  sources: ExportColumn<ExportLift<V>>;
}

/** A discipline's part of every export. */
export interface DisciplineExports<R, V, Res> {
  /** The operator ranking's columns after the names (CSV and XLSX). */
  resultColumns: ExportColumn<Res>[];
  /** The same on the printed sheet. */
  pdfColumns: PdfColumn<Res>[];
  /** Every column of the lift sheet, in order. */
  liftColumns(rule: R, common: CommonLiftColumns<V>): ExportColumn<ExportLift<V>>[];
}

/**
 * One discipline: `R` its rule, `V` the value a lift holds (from a reading, changed by
 * corrections), `C` what a correction may change, `Res` an operator's result.
 */
export interface DisciplineModule<R extends { kind: string }, V, C, Res extends OperatorResult> {
  kind: R['kind'];
  /** Whether its heats take lifts (POST /lifts); accounting heats take answers instead. */
  takesLifts: boolean;
  /** The rule's schema: numbers left out take the defaults. */
  ruleSchema: z.ZodType<R, unknown>;
  /** The fields a reading adds to a lift submission (id, heat, index, container…). */
  readingShape: z.ZodRawShape;
  /** The fields a correction may change, each optional. */
  correctionShape: z.ZodRawShape;
  /** How many readings a heat takes: a reading's index is 1..this. */
  readingsPerHeat(rule: R): number;
  /** A reading or a correction's change against the rule (e.g. penalty names); null when it fits. */
  checkReading(rule: R, reading: C): ReadingProblem | null;
  /** The value a reading gives its lift. */
  valueOf(reading: V): V;
  /** The value of a lift body not yet sent (a tablet's outbox), read leniently. */
  valueOfBody(body: Readonly<Record<string, unknown>>): V;
  /** The value after a correction. */
  applyCorrection(value: V, change: C): V;
  /** One lift's points, for records and previews; null for a discipline that scores no single lift. */
  liftScore(rule: R, value: V): number | null;
  /** A station's value and the referee's too far apart: the lift is disputed until a correction settles it. */
  disagree(a: V, b: V, rule: R): boolean;
  /** Every operator's result, exact (the API rounds). */
  operatorResults(state: CompetitionState<V>, rule: R): Res[];
  /** Ranking keys in order; equal on all → shared rank. */
  rankKeys(result: Res): RankKey[];
  /** A reading's value in a line of the audit log. */
  auditText(value: V): string;
  exports: DisciplineExports<R, V, Res>;
}
