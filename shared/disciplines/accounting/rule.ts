import { z } from 'zod';
import { LocalizedName, slug } from '../../schemas/common.ts';

/** A task: marked automatically against its `answer` (within `tolerance`), or by the examiner when it has none. */
export const AccountingTask = z.strictObject({
  id: slug,
  name: LocalizedName.optional(),
  maxPoints: z.number().finite().positive().max(1000),
  answer: z.number().finite().optional(),
  tolerance: z.number().finite().min(0).optional(),
});
export type AccountingTask = z.infer<typeof AccountingTask>;

/** Written or on-screen tasks (freight charges, weights, documents): points over the tasks' maximum. */
export const AccountingRule = z.strictObject({
  kind: z.literal('accounting'),
  timeLimitS: z.number().int().min(1).max(86_400).default(1800),
  tasks: z
    .array(AccountingTask)
    .min(1)
    .max(200)
    .superRefine((tasks, ctx) => {
      const seen = new Set<string>();
      tasks.forEach((task, i) => {
        if (seen.has(task.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate task ${task.id}` });
        seen.add(task.id);
        if (task.tolerance !== undefined && task.answer === undefined) {
          ctx.addIssue({ code: 'custom', path: [i, 'tolerance'], message: 'a tolerance needs an answer' });
        }
      });
    }),
  protestWindowMin: z.number().int().min(0).max(7 * 24 * 60).default(30),
});
export type AccountingRule = z.infer<typeof AccountingRule>;

export const taskOf = (rule: AccountingRule, taskId: string): AccountingTask | undefined => rule.tasks.find((t) => t.id === taskId);

/** The rule as the public may see it while sealed: no answer key, no tolerance. */
export const withoutKey = (rule: AccountingRule): AccountingRule => ({
  ...rule,
  tasks: rule.tasks.map(({ answer: _answer, tolerance: _tolerance, ...task }) => task),
});

export const hasKey = (rule: AccountingRule): boolean => rule.tasks.some((t) => t.answer !== undefined || t.tolerance !== undefined);
