import type { AnswerState } from './disciplines/accounting/answers.ts';
import type { LiftValue } from './disciplines/registry.ts';
import type { Actor, LiftReading, LiftSource, ProtestData, ProtestDecision } from './events.ts';
import type { CompetitionSetup } from './schemas/setup.ts';

/** What counts for a lift: the latest referee value, else the station reading; its discipline says what is in it. */
export type { LiftValue };
export type { AnswerState };

export type CompetitionStatus = 'setup' | 'running' | 'provisional' | 'official';
export type HeatStatus = 'scheduled' | 'running' | 'finished' | 'confirmed';

export interface HeatState {
  id: string;
  operatorId: string;
  /** The heat's discipline (the only one when the setup names none). */
  disciplineId: string;
  /** Null for a heat without a crane (accounting). */
  craneId: string | null;
  status: HeatStatus;
  startedAt: string | null;
  finishedAt: string | null;
}

/** One entry of a lift's history, for referees and the audit trail. */
export interface LiftHistoryEntry<V = LiftValue> {
  seq: number;
  at: string;
  actor: Actor;
  kind: 'reading' | 'correction' | 'void';
  id: string;
  source?: LiftSource;
  value?: Partial<V>;
  reason?: string;
}

/**
 * A lift is a heat and an index; it may hold a station and a referee reading. `V` is what its
 * discipline's readings hold (a discipline module sees its own; the core sees any kind's).
 */
export interface LiftState<V = LiftValue> {
  key: string;
  heatId: string;
  index: number;
  containerNo: string;
  slot?: string;
  cycleTimeS?: number;
  readings: Partial<Record<LiftSource, LiftReading<V>>>;
  value: V;
  /** Set by the first referee reading or correction; station readings no longer change the value. */
  refereeHasSpoken: boolean;
  disputed: boolean;
  voided: boolean;
  history: LiftHistoryEntry<V>[];
  lastAt: string;
}

/** A protest as lodged, and its resolution once an organizer has decided. */
export interface ProtestState extends ProtestData {
  lodgedAt: string;
  lodgedBy: Actor;
  resolution: { decision: ProtestDecision; reason?: string; at: string } | null;
}

export interface CompetitionState<V = LiftValue> {
  setup: CompetitionSetup;
  status: CompetitionStatus;
  heats: Record<string, HeatState>;
  lifts: Record<string, LiftState<V>>;
  /** Reading, correction and void ids → lift key, so routes can find a lift by any of them. */
  liftKeyById: Record<string, string>;
  /** Accounting answers by `heatId#taskId` (see answerKey). */
  answers: Record<string, AnswerState>;
  /** Answer and correction ids → answer key. */
  answerKeyById: Record<string, string>;
  lastSeq: number;
  lastHash: string;
  /** `at` of the event that made every heat confirmed (start of the protest window). */
  provisionalAt: string | null;
  officialAt: string | null;
  /** Protests by id, in the order they were lodged. */
  protests: Record<string, ProtestState>;
  /** Seq of the `board.frozen` event while public screens are frozen; null when they are live. */
  frozenAtSeq: number | null;
  /**
   * Only in a public copy of the state: lifts recorded per heat whose values are withheld
   * (recorded since the freeze). Staff states never have it.
   */
  withheldLifts?: Record<string, number>;
  /**
   * Only in a public copy of the state: tasks answered per heat whose answers are withheld
   * (sealed until every heat of the accounting discipline is confirmed, or recorded since a freeze).
   */
  withheldAnswers?: Record<string, number>;
}

export const liftKey = (heatId: string, index: number): string => `${heatId}#${index}`;

/** A record's own entry: ids come from clients, and "constructor" must not find Object's. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The object without its undefined fields, so spreading it never blanks a value. */
export const definedOnly = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
