import type { ComponentType, ReactNode } from 'react';
import type { Language } from '../../shared/schemas/common.ts';
import type { CompetitionState, LiftValue } from '../../shared/state.ts';
import type { HeatView } from '../referee/heatView.ts';

// What every discipline shows on the screens: the tablet's reading fields, the board's
// ranking cells and charts, the organizer's words for a reading. Screens reach it through
// `disciplineView(rule)` (registry.ts) and know nothing of its readings.

/** The reading fields of a form: the value, and a change to some of its fields. */
export interface ValueFieldsProps<R, V> {
  rule: R;
  value: V;
  onChange(change: Partial<V>): void;
}

/** A ranking table column after the operator's name: its board label key (also its `col-` class) and its cell. */
export interface RankingColumn<Row> {
  key: string;
  /** The header in a language, when it is not the board label `key` (e.g. a discipline's name). */
  header?(language: Language): string;
  /** `sealed`: the discipline's marks are withheld from this screen (accounting until it is confirmed). */
  cell(row: Row, language: Language, sealed?: boolean): ReactNode;
  testId?(row: Row): string;
}

/** A discipline's charts draw the state the screen may show. */
export interface ChartsProps<V = LiftValue> {
  shown: CompetitionState<V>;
  languages: Language[];
}

/** A discipline's own referee screen for a heat, in place of the lift form and list. */
export interface HeatScreenProps<R> {
  competitionId: string;
  competition: CompetitionState;
  view: HeatView;
  rule: R;
}

export interface DisciplineView<R extends { kind: string }, V, C, Res> {
  kind: R['kind'];
  /** The heat clock's length: the rule's heat duration or time limit. */
  heatDurationS(rule: R): number;
  /** A screen of its own for a heat (transshipment's taps, the examiner's tasks); absent: the lift form and list. */
  HeatScreen?: ComponentType<HeatScreenProps<R>>;

  // The referee's tablet.
  /** A blank reading, for a lift the referee enters from scratch. */
  emptyValue: V;
  /** The reading fields of the entry form, under the container number. */
  EntryFields: ComponentType<ValueFieldsProps<R, V>>;
  /** The reading fields of a correction, with the lift's live score. */
  CorrectionFields: ComponentType<ValueFieldsProps<R, V>>;
  /** Points the reading would earn, previewed beside the send button; null when a reading earns none alone. */
  previewScore(rule: R, value: V): number | null;
  /** A value in a few characters, for the lift's detail. */
  valueText(value: V): string;
  /** A value in the heat's lift list. */
  ValueSummary: ComponentType<{ value: V }>;
  /** A reading's value or a correction's change, in a line of the lift's history. */
  changeText(change: C): string;

  // The organizer's console.
  /** A value as the console shows a disputed lift's. */
  consoleText(value: V): string;
  /** A reading offered to settle a dispute: its label, and the correction that takes it. */
  settleText(value: V): string;
  settleChange(value: V): C;

  // The big screen and the phone.
  /** The ranking table's columns after the operator's name. */
  rankingColumns: RankingColumn<Res & { rank: number }>[];
  /** A lift on a heat card or the ticker: its figure (e.g. its deviation) and its points. */
  liftFigures(rule: R, value: V, language: Language): { figure: string; score: string };
  /** The board's charts and the phone's (loaded on demand: the chart library is large). */
  BoardCharts?: ComponentType<ChartsProps<V>>;
  PhoneCharts?: ComponentType<ChartsProps<V>>;
}
