/**
 * The refusal every Lua script may answer instead of its reply (includes/replies.lua `fail`): a
 * named code, never a number. Callers map the codes to their answer (server/tickets/script-reply.ts).
 */
import type { ErrorValues } from '../../shared/errors.js';

export type FailureCode =
  | 'not_found'
  | 'bad_request'
  | 'limit_reached'
  | 'day_closed'
  | 'counter_not_open'
  | 'counter_paused'
  | 'counter_taken'
  | 'no_current_ticket'
  | 'wrong_status'
  | 'already_rated'
  | 'conflict'
  | 'rate_limited'
  /** bookings: the one-time code is wrong, expired or out of tries */
  | 'otp_invalid'
  /** bookings: no seat left in the slot */
  | 'slot_full'
  /** the office configuration changed since the caller read it: read it again and retry */
  | 'stale_config'
  /** the counter's ticket is of another day (`date`): retry with that day's keys */
  | 'wrong_day'
  /** what the caller read changed meanwhile: read again and retry */
  | 'retry';

export interface ScriptFailure {
  error: FailureCode;
  message: string;
  date?: string;
  /** seconds, with rate_limited */
  retryAfter?: number;
  /** what a screen needs to word the refusal (e.g. `holder` of a taken counter) */
  values?: ErrorValues;
}

export function isFailure(reply: unknown): reply is ScriptFailure {
  return typeof reply === 'object' && reply !== null && 'error' in reply;
}
