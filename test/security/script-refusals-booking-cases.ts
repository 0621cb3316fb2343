/** Script refusal cases of bookings: one-time codes, appointment seats, cancellations. */
import { codeHash } from '../../server/bookings/one-time-code.js';
import { keys } from '../../server/redis/keys.js';
import * as k from '../support/worst-script-inputs.js';
import { caseOf, MAXLEN, NOW, type Case, type ScriptOffice } from './script-refusals-office.js';

export const BOOKING_PHONE = '0912345678';
export const BOOKING_PHONE_HASH = 'c'.repeat(64);
export const BOOKING_CODE = '123456';
const NEXT_DAY = '2026-11-26';

const BAD_PHONE = [undefined, '', '912345678', '09123456789', '+84912345678', 912345678, '\ud800'];
const BAD_HASH = [undefined, '', 'xyz', 'A'.repeat(64), 'a'.repeat(65), 5];

export function bookingScriptCases({ o }: ScriptOffice): Case[] {
  const id = `${o}_b0123456789abcdef`;
  const booking = {
    id,
    code: 'ABC234',
    token: 'b'.repeat(24),
    serviceId: 'tu-phap',
    date: NEXT_DAY,
    slotStart: `${NEXT_DAY}T08:00`,
    slotAt: NOW + 86_400_000,
    checkInBy: NOW + 86_400_000 + 900_000,
    createdAt: NOW,
    name: 'Trần Bình',
    phone: BOOKING_PHONE,
    phoneHash: BOOKING_PHONE_HASH,
    deviceHash: 'd'.repeat(64),
  };
  const otp = keys.otp(o, BOOKING_PHONE_HASH);
  return [
    caseOf({
      name: 'requestOtp',
      keys: { otp: keys.otp(o, 'd'.repeat(64)) },
      args: { codeHash: 'e'.repeat(64), now: NOW, ttlSeconds: 600, maxSends: 3, gapSeconds: 30 },
      kinds: {
        codeHash: k.values(...BAD_HASH),
        now: k.int,
        ttlSeconds: k.values(...k.BAD_INT, 59, 3601, undefined),
        maxSends: k.values(...k.BAD_INT, 0, 21, undefined),
        gapSeconds: k.values(undefined, -1, 601, 1.5, '30'),
      },
    }),
    caseOf({
      name: 'bookSlot',
      keys: {
        otp,
        bookings: keys.bookings(o),
        bookingCodes: keys.bookingCodes(o),
        slotSeats: keys.slotSeats(o, NEXT_DAY),
        bookingCaps: keys.bookingCaps(o, NEXT_DAY),
        bookingIdempotency: keys.bookingIdempotency(o),
        events: keys.events(o),
        dayBookings: keys.dayBookings(o, NEXT_DAY),
        aggregates: keys.aggregates(o, NEXT_DAY),
        monthAggregates: keys.monthAggregatesOfDay(o, NEXT_DAY),
        days: keys.days(o),
      },
      args: {
        office: o,
        booking,
        slot: '08:00',
        capacity: 4,
        perDay: 2,
        perService: 1,
        perDevice: 4,
        codeHash: codeHash(BOOKING_PHONE, BOOKING_CODE),
        maxTries: 5,
        idempotency: `${BOOKING_PHONE_HASH}|key-00001`,
        streamMaxLen: MAXLEN,
        dateScore: 20261126,
      },
      kinds: {
        office: k.id,
        booking: k.object(booking, {
          id: [undefined, '', 'b0123', `${o}_bXYZ`, 5],
          code: [undefined, '', 'abc234', 'ABCDEFG', 5],
          token: [undefined, 'short', 5],
          serviceId: [undefined, 'A B', '\ud800'],
          date: [undefined, '26-11-2026'],
          slotStart: [undefined, '2026-11-26 08:00', '08:00'],
          slotAt: [undefined, -1, '1'],
          checkInBy: [undefined, 1.5],
          createdAt: [undefined, 'x'],
          name: k.JSON_TEXT,
          priorityCategory: ['A B', 5],
          phone: BAD_PHONE.slice(1),
          phoneHash: BAD_HASH,
          deviceHash: BAD_HASH.slice(1),
        }),
        slot: k.values(undefined, '', '8:00', '08:00:00', 800),
        capacity: k.values(...k.BAD_INT, 0, 101, undefined),
        perDay: k.values(...k.BAD_INT, 0, 11, undefined),
        perService: k.values(...k.BAD_INT, 0, 11, undefined),
        codeHash: k.values(...BAD_HASH),
        maxTries: k.values(...k.BAD_INT, 0, 21, undefined),
        perDevice: k.values(...k.BAD_INT, 0, 51, undefined),
        dateScore: k.values(...k.BAD_INT, 2026112, undefined),
        idempotency: k.optionalText,
        streamMaxLen: k.int,
      },
    }),
    caseOf({
      name: 'cancelBooking',
      keys: {
        bookings: keys.bookings(o),
        slotSeats: keys.slotSeats(o, NEXT_DAY),
        bookingCaps: keys.bookingCaps(o, NEXT_DAY),
        events: keys.events(o),
        aggregates: keys.aggregates(o, NEXT_DAY),
        monthAggregates: keys.monthAggregatesOfDay(o, NEXT_DAY),
      },
      args: { id, token: booking.token, now: NOW + 1, streamMaxLen: MAXLEN },
      kinds: { id: k.values(undefined, '', 'b0123', 5), token: k.token, now: k.int, streamMaxLen: k.int },
    }),
    caseOf({
      name: 'expireBookings',
      keys: {
        bookings: keys.bookings(o),
        dayBookings: keys.dayBookings(o, NEXT_DAY),
        aggregates: keys.aggregates(o, NEXT_DAY),
        monthAggregates: keys.monthAggregatesOfDay(o, NEXT_DAY),
        events: keys.events(o),
        bookingCodes: keys.bookingCodes(o),
      },
      args: { date: NEXT_DAY, now: NOW + 2 * 86_400_000, streamMaxLen: MAXLEN },
      kinds: { date: k.date, now: k.int, streamMaxLen: k.int },
    }),
  ];
}
