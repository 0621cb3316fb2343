/** expireBookings-6.lua: at a day's close, its appointments nobody checked in for expire, and its bookings forget their citizen. */
import { script } from './define.js';

export interface ExpireBookingsArgs {
  date: string;
  now: number;
  streamMaxLen: number;
}

export const expireBookings = script<ExpireBookingsArgs, { expired: string[] | Record<string, never> }>()('expireBookings', {
  keys: ['bookings', 'dayBookings', 'aggregates', 'monthAggregates', 'events', 'bookingCodes'],
});
