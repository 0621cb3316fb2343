/**
 * The citizen cancels with the booking's token: an appointment's seat is free at once; a remote
 * number's ticket is cancelled (while it still waits), then its booking.
 */
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import { cancelTicket } from '../tickets/cancel-ticket.js';
import { loadTicket } from '../tickets/ticket-reader.js';
import { toDomainError } from '../tickets/script-reply.js';
import { bookingWithToken } from './booking-reader.js';
import type { StoredBooking } from './stored-booking.js';

export async function cancelBooking(ctx: Context, officeId: string, id: string, token: string): Promise<StoredBooking> {
  const booking = await bookingWithToken(ctx, officeId, id, token);
  // the ticket first: a remote number already called can no longer be cancelled; one cancelled
  // already (with the ticket's own link, or by a cancel whose second step failed) goes on to the booking
  if (booking.kind === 'remote' && booking.status === 'issued' && booking.ticketId) {
    const ticket = await loadTicket(ctx, booking.ticketId);
    if (ticket?.status !== 'cancelled') await cancelTicket(ctx, booking.ticketId, { token });
  }
  const reply = await scripts.cancelBooking(
    ctx.redis,
    {
      bookings: keys.bookings(officeId),
      slotSeats: keys.slotSeats(officeId, booking.date),
      bookingCaps: keys.bookingCaps(officeId, booking.date),
      events: keys.events(officeId),
      aggregates: keys.aggregates(officeId, booking.date),
      monthAggregates: keys.monthAggregatesOfDay(officeId, booking.date),
    },
    { id, token, now: ctx.clock(), streamMaxLen: ctx.streamMaxLen },
  );
  if (isFailure(reply)) throw toDomainError(reply);
  ctx.events.emit('booking.cancelled', { office: officeId, booking: reply.booking });
  return reply.booking;
}
