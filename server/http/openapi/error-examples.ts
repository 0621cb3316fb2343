/** An example message of each error code, for the API description (the real messages vary with the case). */
import type { ErrorBody, ErrorCode } from '../../../shared/errors.js';

const MESSAGES: Record<ErrorCode, { message: string; values?: Record<string, string | number> }> = {
  bad_request: { message: 'bad request' },
  bad_json: { message: 'request body is not valid JSON' },
  validation_failed: { message: 'invalid body: serviceId: service id: lowercase letters, digits and "-", up to 32', values: { fields: 'serviceId' } },
  unauthenticated: { message: 'sign in first' },
  device_not_paired: { message: 'this device key is not paired (any more): pair the screen again' },
  forbidden: { message: 'not allowed for your role' },
  csrf_failed: { message: 'missing or wrong X-CSRF-Token header' },
  pairing_required: { message: 'only a paired device may do this' },
  paired_kiosk_required: { message: 'this office issues tickets only at its paired kiosks' },
  not_found: { message: 'office not found' },
  pairing_code_unknown: { message: 'no such pairing code (expired, or claimed already)' },
  conflict: { message: 'the counter still holds a ticket' },
  outside_hours: { message: 'the service issues no tickets at this hour' },
  day_off: { message: 'the office is closed today' },
  day_closed: { message: 'the day is closed' },
  limit_reached: { message: "the service's daily limit is reached" },
  service_closed: { message: 'the service is switched off' },
  counter_not_open: { message: 'open the counter first' },
  counter_paused: { message: 'the counter is paused' },
  counter_taken: { message: 'another officer holds this counter', values: { holder: 'Nguyễn Văn An' } },
  no_current_ticket: { message: 'the counter holds no ticket' },
  wrong_status: { message: 'the ticket is not waiting' },
  already_rated: { message: 'this ticket was rated already' },
  pairing_kind_mismatch: { message: 'the screen showing this code is another kind of device' },
  slot_full: { message: 'the slot has no seat left' },
  otp_invalid: { message: 'the one-time code is wrong or expired' },
  payload_too_large: { message: 'request body is too large' },
  unsupported_media_type: { message: 'send the body as application/json' },
  rate_limited: { message: 'too many requests; slow down' },
  too_many_failures: { message: 'too many failed sign-ins from this address: try again in 15 minutes' },
  internal: { message: 'internal error' },
  unavailable: { message: 'the ticket store is unreachable; try again shortly' },
};

export function errorExample(code: ErrorCode): ErrorBody {
  const { message, values } = MESSAGES[code];
  return { error: { code, message, ...(values ? { values } : {}) } };
}
