/** cancelBooking-6.lua: cancels a booking with its token (an appointment's seat is free at once). */
import type { StoredBooking } from '../../bookings/stored-booking.js';
import { script } from './define.js';

export interface CancelBookingArgs {
  id: string;
  token: string;
  now: number;
  streamMaxLen: number;
}

export const cancelBooking = script<CancelBookingArgs, { booking: StoredBooking }>()('cancelBooking', {
  keys: ['bookings', 'slotSeats', 'bookingCaps', 'events', 'aggregates', 'monthAggregates'],
});
