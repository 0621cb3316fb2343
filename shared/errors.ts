/** Machine-readable error codes of the public contract: `{ "error": { "code", "message" } }`. */
export const ErrorCode = {
  badRequest: 'bad_request',
  badJson: 'bad_json',
  validation: 'validation_failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  csrf: 'csrf_failed',
  notFound: 'not_found',
  conflict: 'conflict',
  rateLimited: 'rate_limited',
  tooLarge: 'payload_too_large',
  notJson: 'unsupported_media_type',
  outsideHours: 'outside_hours',
  dayOff: 'day_off',
  dayClosed: 'day_closed',
  limitReached: 'limit_reached',
  serviceClosed: 'service_closed',
  counterNotOpen: 'counter_not_open',
  counterPaused: 'counter_paused',
  counterTaken: 'counter_taken',
  noCurrentTicket: 'no_current_ticket',
  wrongStatus: 'wrong_status',
  alreadyRated: 'already_rated',
  /** failed sign-ins from this client: it waits (Retry-After); the account itself is never locked */
  tooManyFailures: 'too_many_failures',
  unavailable: 'unavailable',
  /** a device key that is not (or no longer) paired: the screen forgets it and pairs again */
  deviceNotPaired: 'device_not_paired',
  /** only a paired device may do this (a counter's tablet, a kiosk where the office requires one) */
  pairingRequired: 'pairing_required',
  pairedKioskRequired: 'paired_kiosk_required',
  pairingCodeUnknown: 'pairing_code_unknown',
  pairingKindMismatch: 'pairing_kind_mismatch',
  /** bookings: the one-time code sent to the phone is wrong, expired or out of tries */
  otpInvalid: 'otp_invalid',
  /** bookings: the appointment slot has no seat left */
  slotFull: 'slot_full',
  internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * What a message needs besides its code (the officer holding a counter, the fields at fault).
 * Screens word an error from their own catalogue (shared/i18n/error-messages.ts) with these; the
 * `message` beside them is the server's English, for developers and logs.
 */
export type ErrorValues = Record<string, string | number>;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; values?: ErrorValues };
}
