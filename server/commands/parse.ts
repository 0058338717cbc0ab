import type { z } from 'zod';
import { AppError } from '../../shared/commandError.ts';

/** Parses input at the edge; the first problem becomes a 400 naming its field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // zod reports unknown keys beside the path, not in it.
  const path = issue ? [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])] : [];
  const field = path.length ? path.join('.') : undefined;
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'invalid input';
  throw new AppError('bad_request', message, field);
}
