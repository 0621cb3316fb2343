/**
 * A refusal the domain decides in its own words (who may not do what, what does not exist, what
 * conflicts), raised without knowing HTTP: the error handler gives each code its status.
 */
import type { ErrorCode } from '../shared/errors.js';

export type DomainErrorCode = Extract<ErrorCode, 'forbidden' | 'not_found' | 'conflict' | 'validation_failed'>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The caller may not do this (whatever else it may do). */
export const refused = (message: string) => new DomainError('forbidden', message);
