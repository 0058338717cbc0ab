import type { Actor } from '../../events.ts';

/** One entry of an answer's history: how it was given and each correction. */
export interface AnswerHistoryEntry {
  seq: number;
  at: string;
  actor: Actor;
  kind: 'answer' | 'correction';
  id: string;
  value?: number;
  points?: number;
  reason?: string;
}

/** A candidate's answer to one task of an accounting heat, with its mark. */
export interface AnswerState {
  key: string;
  /** The id of the submission that recorded it (`answerId` in the routes). */
  id: string;
  heatId: string;
  taskId: string;
  /** The value given, for a keyed task; null for an examiner-marked one. */
  value: number | null;
  /** The mark: automatic for a keyed task, the examiner's otherwise. */
  points: number;
  history: AnswerHistoryEntry[];
  lastAt: string;
}

export const answerKey = (heatId: string, taskId: string): string => `${heatId}#${taskId}`;
