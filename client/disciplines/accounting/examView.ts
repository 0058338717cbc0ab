import { markOf } from '../../../shared/disciplines/accounting/marking.ts';
import type { AccountingRule } from '../../../shared/disciplines/accounting/rule.ts';
import { own, type CompetitionState } from '../../../shared/state.ts';
import type { OutboxEntry } from '../../outbox/entry.ts';
import type { ExamAnswer, ExamTask } from './ExamScreen.tsx';

// What the examiner sees of an accounting heat: the server's answers (marked by the shared
// reducer) with this tablet's unacknowledged answers and corrections laid over them, marked by
// the same rule until the server's mark arrives. Pure.

export interface ExamView {
  tasks: ExamTask[];
  /** By task id. */
  answers: Record<string, ExamAnswer>;
}

const given = (body: { value?: number; points?: number }) => ({
  ...(body.value !== undefined ? { value: body.value } : {}),
  ...(body.points !== undefined ? { points: body.points } : {}),
});

/** `entries`: the outbox's pending and rejected ones; `sent`: acknowledged ones the live state may not hold yet. */
export function examView(competition: CompetitionState, heatId: string, rule: AccountingRule, entries: readonly OutboxEntry[], sent: readonly OutboxEntry[]): ExamView {
  const tasks = rule.tasks.map((t) => ({ id: t.id, maxPoints: t.maxPoints, keyed: t.answer !== undefined }));
  const taskById = new Map(rule.tasks.map((t) => [t.id, t]));
  const answers: Record<string, ExamAnswer> = {};
  const taskOfAnswerId = new Map<string, string>();
  for (const a of Object.values(competition.answers)) {
    if (a.heatId !== heatId) continue;
    const keyed = taskById.get(a.taskId)?.answer !== undefined;
    answers[a.taskId] = { answerId: a.id, ...(keyed ? { value: a.value ?? undefined } : { points: a.points }), mark: a.points, state: 'done' };
    taskOfAnswerId.set(a.id, a.taskId);
  }
  for (const [id, key] of Object.entries(competition.answerKeyById)) {
    const answer = own(competition.answers, key);
    if (answer?.heatId === heatId) taskOfAnswerId.set(id, answer.taskId);
  }
  const seen = (id: string) => own(competition.answerKeyById, id) !== undefined;
  const unseen = [...sent.filter((e) => !seen(e.id)), ...entries];
  // Answers first, so a correction finds the answer it changes.
  for (const entry of [...unseen.filter((e) => e.kind === 'answer'), ...unseen.filter((e) => e.kind === 'answerCorrection')]) {
    const state = entry.state === 'rejected' ? 'rejected' : entry.state === 'acked' ? 'done' : 'pending';
    const rejection = entry.rejection?.message;
    if (entry.kind === 'answer') {
      if (entry.body.heatId !== heatId) continue;
      const task = taskById.get(entry.body.taskId);
      taskOfAnswerId.set(entry.id, entry.body.taskId);
      if (!task || (answers[task.id] && entry.state === 'rejected')) continue; // a refused second answer leaves the first
      answers[task.id] = { answerId: entry.id, ...given(entry.body), mark: markOf(task, given(entry.body)), state, ...(rejection ? { rejection } : {}) };
    } else if (entry.kind === 'answerCorrection') {
      const taskId = taskOfAnswerId.get(entry.answerId);
      const task = taskId === undefined ? undefined : taskById.get(taskId);
      const before = taskId === undefined ? undefined : answers[taskId];
      if (!task || !before) continue;
      answers[task.id] =
        entry.state === 'rejected'
          ? { ...before, state, ...(rejection ? { rejection } : {}) }
          : { ...before, ...given(entry.body), mark: markOf(task, given(entry.body)), state };
    }
  }
  return { tasks, answers };
}
