import type { CommandResult } from '../store/competitionStates.ts';

/**
 * What a command answers, the same over REST and Socket.IO: the body, and whether the
 * call was a retry of a write already committed (same id, same body: the original answer).
 */
export interface Answer<Body = Record<string, unknown>> {
  replayed: boolean;
  body: Body;
}

export type WriteAnswer = Answer<{ seq: number; [key: string]: unknown }>;

/** The answer to a write that appended one event: its seq, and what the caller needs of it. */
export const written = ({ event, replayed }: CommandResult, extra: Record<string, unknown> = {}): WriteAnswer => ({
  replayed,
  body: { seq: event.seq, ...extra },
});

/** The answer to a command that has no retry to recognise. */
export const answered = <Body>(body: Body): Answer<Body> => ({ replayed: false, body });
