import type { Response } from 'express';
import type { Answer } from '../commands/answer.ts';

/**
 * A command's answer over HTTP: `created` (201 for a new lift, 200 for an action) for a
 * fresh write, 200 for a retry that returns the original result; the body as JSON.
 */
export function send(res: Response, answer: Answer<unknown>, created: 200 | 201): void {
  res.status(answer.replayed ? 200 : created).json(answer.body);
}
