import { decideAnswer, decideAnswerCorrection } from '../../shared/decideAnswers.ts';
import { AnswerCorrection, AnswerSubmission } from '../../shared/schemas/commands.ts';
import { authorize, type Principal } from '../auth/principal.ts';
import { written, type WriteAnswer } from './answer.ts';
import type { Competitions } from './competitions.ts';
import { parse } from './parse.ts';

// Accounting answers: recorded by a referee or the organizer (the examiner), corrected with a
// reason. Idempotent like lifts: the same id and body answer the original result.

export function recordAnswer(competitions: Competitions, principal: Principal | null, cid: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee', 'admin']);
  const body = parse(AnswerSubmission, input);
  const result = competitions.execute(cid, who, { key: `answer:${body.id}`, body }, (state) => decideAnswer(state, body));
  if (result.event.type !== 'answer.recorded') throw new Error('unexpected event for an answer');
  const { salt: _salt, ...data } = result.event.data;
  return written(result, data);
}

export function correctAnswer(competitions: Competitions, principal: Principal | null, cid: string, answerId: string, input: unknown): WriteAnswer {
  const who = authorize(principal, cid, ['referee', 'admin']);
  const body = parse(AnswerCorrection, input);
  const result = competitions.execute(cid, who, { key: `answer-correction:${body.id}`, body: { ...body, answerId } }, (state) =>
    decideAnswerCorrection(state, answerId, body),
  );
  if (result.event.type !== 'answer.corrected') throw new Error('unexpected event for an answer correction');
  const { salt: _salt, ...correction } = result.event.data;
  return written(result, { correction });
}
