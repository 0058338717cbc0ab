import type { ReadingProblem } from '../discipline.ts';
import { taskOf, type AccountingRule, type AccountingTask } from './rule.ts';

/** What a candidate gave for a task: a value for a keyed task, the examiner's points otherwise. */
export interface AnswerGiven {
  value?: number;
  points?: number;
}

/** A task with an answer: maxPoints when |value − answer| ≤ tolerance (default 0), else 0. */
export function markOf(task: AccountingTask, given: AnswerGiven): number {
  if (task.answer === undefined) return given.points ?? 0;
  if (given.value === undefined) return 0;
  return Math.abs(given.value - task.answer) <= (task.tolerance ?? 0) + 1e-9 ? task.maxPoints : 0;
}

/**
 * An answer (or a correction's change) against its task: a keyed task takes `value` and no
 * `points`; a task without a key takes `points` (0..maxPoints) and no `value`.
 */
export function checkAnswer(rule: AccountingRule, taskId: string, given: AnswerGiven): ReadingProblem | null {
  const task = taskOf(rule, taskId);
  if (!task) return { field: 'taskId', message: `unknown task ${taskId}; the discipline has ${rule.tasks.map((t) => t.id).join(', ')}` };
  if (task.answer !== undefined) {
    if (given.points !== undefined) return { field: 'points', message: `task ${taskId} is marked automatically; give its value` };
    if (given.value === undefined) return { field: 'value', message: `task ${taskId} needs a value` };
    return null;
  }
  if (given.value !== undefined) return { field: 'value', message: `task ${taskId} is marked by the examiner; give points` };
  if (given.points === undefined) return { field: 'points', message: `task ${taskId} needs points (0..${task.maxPoints})` };
  if (given.points > task.maxPoints) return { field: 'points', message: `points must be 0..${task.maxPoints} for task ${taskId}` };
  return null;
}
