import type { ErrorCode, ErrorValues } from '../../shared/errors.js';

/** An error the client caused or must know about: becomes `{ error: { code, message, values? } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** what a screen needs to word the error itself (see shared/errors.ts) */
    readonly values?: ErrorValues,
  ) {
    super(message);
  }
}

/** A 400 naming the field at fault: `field: problem`, with `values.fields` for the screens. */
export const invalid = (field: string, problem: string) => new AppError(400, 'validation_failed', `${field}: ${problem}`, { fields: field });

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'not allowed for your role') => new AppError(403, 'forbidden', message);

/** Over a rate budget: 429, and the seconds until it refills for Retry-After. */
export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many requests; slow down');
  }
}
