import { z } from 'zod';
import { LocalizedName, slug } from '../schemas/common.ts';
import { AccountingRule } from './accounting/rule.ts';
import { PlacementRule } from './placement/rule.ts';
import { TransshipmentRule } from './transshipment/rule.ts';

// A setup's `disciplines`: each an id, a kind, names, a weight in the overall score and its
// kind's rule. The rule may leave `kind` out: the discipline's kind is put in before it is read.

const withKind = (kind: string) => (rule: unknown) =>
  rule === undefined ? { kind } : typeof rule === 'object' && rule !== null && !Array.isArray(rule) ? { kind, ...rule } : rule;

function specOf<K extends string, R extends z.ZodType>(kind: K, rule: R) {
  return z.strictObject({
    id: slug,
    kind: z.literal(kind),
    name: LocalizedName.optional(),
    weight: z.number().finite().positive().max(1000),
    rule: z.preprocess(withKind(kind), rule),
  });
}

export const DisciplineSpec = z.discriminatedUnion('kind', [
  specOf('placement', PlacementRule),
  specOf('transshipment', TransshipmentRule),
  specOf('accounting', AccountingRule),
]);
export type DisciplineSpec = z.infer<typeof DisciplineSpec>;
