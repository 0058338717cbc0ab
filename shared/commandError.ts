export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** A heat started on a crane that already runs one: the answer names the running heat. */
  | 'crane_busy'
  | 'locked'
  | 'too_large'
  | 'too_many'
  | 'misdirected'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  crane_busy: 409,
  locked: 423,
  too_large: 413,
  too_many: 429,
  /** A write sent to a spectator edge: the answer names the writer. */
  misdirected: 421,
  internal: 500,
};

/** An error as a value with a code; the edge turns it into `{error: {code, message, field?}}`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Extra facts the caller can act on (e.g. `runningHeatId`), added to the JSON beside the message. */
    readonly details?: Record<string, string>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
  toJSON(): { code: ErrorCode; message: string; field?: string; [detail: string]: string | undefined } {
    const base = this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
    return this.details ? { ...this.details, ...base } : base;
  }
}
