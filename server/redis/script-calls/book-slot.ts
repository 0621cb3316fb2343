/** bookSlot-11.lua: books a seat in an appointment slot for a verified phone. */
import type { StoredBooking } from '../../bookings/stored-booking.js';
import { script } from './define.js';

export interface BookSlotArgs {
  office: string;
  booking: Pick<
    StoredBooking,
    'id' | 'code' | 'token' | 'serviceId' | 'date' | 'createdAt' | 'name' | 'priorityCategory' | 'phone' | 'phoneHash' | 'deviceHash'
  > & {
    slotStart: string;
    slotAt: number;
    checkInBy: number;
  };
  /** HH:MM of the slot (its seats' field) */
  slot: string;
  capacity: number;
  perDay: number;
  perService: number;
  /** bookings a day from one device (its hash in `booking.deviceHash`) */
  perDevice: number;
  /** sha256 of the one-time code the citizen typed (server/bookings/one-time-code.ts) */
  codeHash: string;
  maxTries: number;
  idempotency?: string;
  streamMaxLen: number;
  /** the slot's date as yyyymmdd, the days index's score */
  dateScore: number;
}

export const bookSlot = script<BookSlotArgs, { booking: StoredBooking; created: boolean }>()('bookSlot', {
  keys: ['otp', 'bookings', 'bookingCodes', 'slotSeats', 'bookingCaps', 'bookingIdempotency', 'events', 'dayBookings', 'aggregates', 'monthAggregates', 'days'],
});
