/** Turns the `{ error }` replies of the Lua scripts into HTTP errors with the right status. */
import type { ErrorCode } from '../../shared/errors.js';
import { AppError, RateLimited } from '../http/app-error.js';
import type { FailureCode, ScriptFailure } from '../redis/script-failure.js';

const STATUS: Partial<Record<FailureCode, [number, ErrorCode]>> = {
  not_found: [404, 'not_found'],
  bad_request: [400, 'bad_request'],
  limit_reached: [409, 'limit_reached'],
  day_closed: [409, 'day_closed'],
  counter_not_open: [409, 'counter_not_open'],
  counter_paused: [409, 'counter_paused'],
  counter_taken: [409, 'counter_taken'],
  no_current_ticket: [409, 'no_current_ticket'],
  wrong_status: [409, 'wrong_status'],
  already_rated: [409, 'already_rated'],
  conflict: [409, 'conflict'],
};

/** Errors a caller handles by re-reading state and running the script again. */
export const RETRYABLE = new Set<FailureCode>(['stale_config', 'wrong_day', 'retry']);

export function toAppError(f: ScriptFailure): AppError {
  if (f.error === 'rate_limited') return new RateLimited(f.retryAfter ?? 60);
  const [status, code] = STATUS[f.error] ?? [500, 'internal'];
  return new AppError(status, code, f.message, f.values);
}
