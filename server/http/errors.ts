import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toAppError } from '../commands/errors.ts';

/** Turns any thrown error into the documented shape: {error: {code, message, field?}}. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) console.error(error);
  res.status(appError.status).json({ error: appError.toJSON() });
};

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no route ${req.method} ${req.path}` } });
};
