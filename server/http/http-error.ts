/**
 * A refusal only the HTTP layer makes, with its own status where it differs from the code's usual
 * one (a device key missing altogether: 401 `pairing_required`). Domain code throws `DomainError`.
 */
import type { ErrorCode, ErrorValues } from '../../shared/errors.js';
import { DomainError } from '../domain-error.js';

export class HttpError extends DomainError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    values?: ErrorValues,
  ) {
    super(code, message, values);
  }
}
