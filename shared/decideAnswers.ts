import { AppError } from './commandError.ts';
import { answerKey } from './disciplines/accounting/answers.ts';
import { checkAnswer } from './disciplines/accounting/marking.ts';
import { accountingRule, disciplineOfHeat } from './disciplines/ofSetup.ts';
import { assertAcceptsLifts, assertWritable, heatFor } from './decide.ts';
import type { NewEvent } from './events.ts';
import type { AnswerCorrection, AnswerSubmission } from './schemas/commands.ts';
import type { CompetitionState } from './state.ts';
import { definedOnly, own } from './state.ts';

// Accounting answers: recorded once per heat and task, corrected with a reason. Pure, like decide.ts.

function ruleOfAnswerHeat(state: CompetitionState, heatId: string) {
  const discipline = disciplineOfHeat(state.setup, heatId);
  if (discipline.kind !== 'accounting') {
    throw new AppError('bad_request', `heat ${heatId} is a ${discipline.kind} heat; answers go to accounting heats`, 'heatId');
  }
  return accountingRule(discipline.rule);
}

function check(state: CompetitionState, heatId: string, taskId: string, given: { value?: number; points?: number }): void {
  const problem = checkAnswer(ruleOfAnswerHeat(state, heatId), taskId, given);
  if (problem) throw new AppError('bad_request', problem.message, problem.field);
}

const assertUnused = (state: CompetitionState, id: string): void => {
  if (own(state.answerKeyById, id) !== undefined) throw new AppError('conflict', `id ${id} is already used`, 'id');
};

export function decideAnswer(state: CompetitionState, body: AnswerSubmission): NewEvent {
  assertWritable(state);
  const heat = heatFor(state, body.heatId);
  check(state, heat.id, body.taskId, body);
  // Answers are taken while the heat runs or is finished (an examiner marks after the paper is in).
  assertAcceptsLifts(heat);
  if (own(state.answers, answerKey(heat.id, body.taskId))) {
    throw new AppError('conflict', `task ${body.taskId} of heat ${heat.id} already has an answer; use a correction`);
  }
  assertUnused(state, body.id);
  return { type: 'answer.recorded', data: { answer: definedOnly({ ...body }) } };
}

export function decideAnswerCorrection(state: CompetitionState, answerId: string, body: AnswerCorrection): NewEvent {
  assertWritable(state);
  const key = own(state.answerKeyById, answerId);
  const answer = key === undefined ? undefined : own(state.answers, key);
  if (!answer || answer.id !== answerId) throw new AppError('not_found', `unknown answer ${answerId}`);
  const heat = heatFor(state, answer.heatId);
  check(state, heat.id, answer.taskId, body);
  assertAcceptsLifts(heat);
  assertUnused(state, body.id);
  const { id, value, points, reason } = body;
  return { type: 'answer.corrected', data: definedOnly({ id, answerId, heatId: answer.heatId, taskId: answer.taskId, value, points, reason }) };
}
