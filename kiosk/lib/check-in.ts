/**
 * Checking an appointment in at the kiosk: its 6-character code, typed on the screen or scanned
 * from the booking's QR code, becomes a ticket. The server takes a code once; a retry after a lost
 * answer carries the same key, so it gets the same ticket instead of "already used".
 */
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { BookingCode } from '../../shared/schemas/booking.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { api, ApiError, errorText } from '../../shared/ui/api-client.js';
import { randomKey } from './format.js';

export const CODE_LENGTH = 6;
/** The on-screen keyboard: the characters codes are made of (no I, O, 0 or 1, which read alike), digits first. */
export const CODE_KEYS = [...'23456789ABCDEFGHJKLMNPQRSTUVWXYZ'];
const ALLOWED = new Set(CODE_KEYS);

/**
 * What a typed or scanned text holds of a code: its code characters, the last six. A scan after a
 * few stray keys, or a link that ends with the code, still gives the code.
 */
export function codeFrom(text: string): string {
  return [...text.toUpperCase()]
    .filter((c) => ALLOWED.has(c))
    .join('')
    .slice(-CODE_LENGTH);
}

export const isBookingCode = (code: string): boolean => BookingCode.safeParse(code).success;

export async function checkInBooking(office: string, code: string, kiosk: string): Promise<Ticket> {
  const path = `/offices/${encodeURIComponent(office)}/bookings/check-in`;
  const body = { code, ...(kiosk ? { kiosk } : {}), idempotencyKey: randomKey('c') };
  try {
    return (await api<{ ticket: Ticket }>('POST', path, body, { timeoutMs: 8000 })).ticket;
  } catch (err) {
    // the answer was lost on the way: ask once more with the same key
    if (!(err instanceof ApiError) || err.status !== 0) throw err;
    return (await api<{ ticket: Ticket }>('POST', path, body, { timeoutMs: 8000 })).ticket;
  }
}

const dayMonthYear = (date: string | number | undefined) => (typeof date === 'string' ? date.split('-').reverse().join('/') : '');

/** A refused check-in in the citizen's words: the booking's state from the error's values, else the error catalogue. */
export function checkInErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return `${kt('checkInFailed')} ${errorText(err)}`;
  if (err.code === 'not_found') return kt('checkInNotFound');
  if (err.code === 'validation_failed') return kt('checkInBadCode');
  if (err.status === 429) return kt('issueBusy');
  if (err.code === 'wrong_status') {
    switch (err.values.status) {
      case 'checked_in':
      case 'issued':
        return kt('checkInUsed');
      case 'cancelled':
        return kt('checkInCancelled');
      case 'expired':
        return kt('checkInExpired');
      case 'other_day':
        return kt('checkInOtherDay', { date: dayMonthYear(err.values.date) });
      case 'remote':
        return kt('checkInRemote');
    }
  }
  return `${kt('checkInFailed')} ${err.text}`;
}
