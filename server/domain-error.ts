/**
 * A refusal the domain decides in its own words (who may not do what, what does not exist, what
 * conflicts), raised without knowing HTTP or socket.io: each layer gives it its wire form (the
 * HTTP status from `http/error-status.ts`, a socket acknowledgement's `error`).
 */
import type { ErrorCode, ErrorValues } from '../shared/errors.js';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** what a screen needs to word the error itself (see shared/errors.ts) */
    readonly values?: ErrorValues,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A refusal naming the field at fault: `field: problem`, with `values.fields` for the screens. */
export const invalid = (field: string, problem: string) => new DomainError('validation_failed', `${field}: ${problem}`, { fields: field });

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);

/** The caller may not do this (whatever else it may do). */
export const forbidden = (message = 'not allowed for your role') => new DomainError('forbidden', message);

/** Over a rate budget, with the seconds until it refills (HTTP sends them as Retry-After). */
export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'too many requests; slow down');
  }
}
