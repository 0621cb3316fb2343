/** A socket handler's failure in the acknowledgement's form: the domain's refusal as it is, else unavailable or internal. */
import type { Ack } from '../../shared/events.js';
import { DomainError } from '../domain-error.js';
import { isRedisDown } from '../redis/connection-errors.js';

export function ackError(err: unknown): { error: Extract<Ack<never>, { ok: false }>['error']; bug: boolean } {
  if (err instanceof DomainError)
    return { error: { code: err.code, message: err.message, ...(err.values ? { values: err.values } : {}) }, bug: err.code === 'internal' };
  if (isRedisDown(err)) return { error: { code: 'unavailable', message: 'the ticket store is unreachable; try again shortly' }, bug: false };
  return { error: { code: 'internal', message: 'internal error' }, bug: true };
}
