import { AppError } from '../../shared/commandError.ts';

/** Any thrown error as an AppError, so every transport answers in the documented shape. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // body-parser's own errors carry a `type`.
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') return new AppError('too_large', 'the body is too large');
  if (type === 'entity.parse.failed') return new AppError('bad_request', 'the body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new AppError('bad_request', 'unsupported body encoding');
  return new AppError('internal', 'internal error');
}
