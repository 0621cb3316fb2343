/** Turns the `{ error }` replies of the Lua scripts into the domain's refusals. */
import type { ErrorCode } from '../../shared/errors.js';
import { DomainError, RateLimited } from '../domain-error.js';
import type { FailureCode, ScriptFailure } from '../redis/script-failure.js';

/** The script failures a caller reports as they are; any other is our bug (`internal`). */
const REPORTED: Partial<Record<FailureCode, ErrorCode>> = {
  not_found: 'not_found',
  bad_request: 'bad_request',
  limit_reached: 'limit_reached',
  day_closed: 'day_closed',
  counter_not_open: 'counter_not_open',
  counter_paused: 'counter_paused',
  counter_taken: 'counter_taken',
  no_current_ticket: 'no_current_ticket',
  wrong_status: 'wrong_status',
  already_rated: 'already_rated',
  conflict: 'conflict',
  otp_invalid: 'otp_invalid',
  slot_full: 'slot_full',
};

/** Errors a caller handles by re-reading state and running the script again. */
export const RETRYABLE = new Set<FailureCode>(['stale_config', 'wrong_day', 'retry']);

export function toDomainError(f: ScriptFailure): DomainError {
  if (f.error === 'rate_limited') return new RateLimited(f.retryAfter ?? 60);
  return new DomainError(REPORTED[f.error] ?? 'internal', f.message, f.values);
}
