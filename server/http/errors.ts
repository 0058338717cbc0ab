import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../../shared/commandError.ts';

/** Turns any thrown error into the documented shape: {error: {code, message, field?}}. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) console.error(error);
  res.status(appError.status).json({ error: appError.toJSON() });
};

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // body-parser's own errors carry a `type`.
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') return new AppError('too_large', 'the body is too large');
  if (type === 'entity.parse.failed') return new AppError('bad_request', 'the body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new AppError('bad_request', 'unsupported body encoding');
  return new AppError('internal', 'internal error');
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no route ${req.method} ${req.path}` } });
};
