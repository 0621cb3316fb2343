/**
 * An appointment checked in at the kiosk (its QR code or its 6-character code): the citizen gets a
 * ticket that waits in the priority line from `callAheadMinutes` before the slot. Later than
 * `lateAfterMinutes` after the slot began it is an ordinary ticket. Once only.
 */
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { officeDate } from '../../shared/office-time.js';
import { issueTicket, type IssueResult, type Issuer } from '../tickets/issue-ticket.js';
import { bookingByCode } from './booking-reader.js';

export async function checkIn(
  ctx: Context,
  officeId: string,
  code: string,
  issuer: Issuer,
  request: { kiosk?: string | undefined; idempotencyKey?: string | undefined } = {},
): Promise<IssueResult> {
  const { kiosk, idempotencyKey } = request;
  const { config } = await ctx.offices.get(officeId);
  const booking = await bookingByCode(ctx, officeId, code);
  if (booking.kind !== 'appointment' || booking.slotAt === undefined)
    throw new DomainError('wrong_status', 'a remote number needs no check-in', { status: booking.kind });
  // checked in already: a retry with the same key gets its ticket from the script; anyone else is refused there
  if (booking.status !== 'booked' && !(booking.status === 'checked_in' && idempotencyKey)) {
    throw new DomainError('wrong_status', 'this booking was already used or cancelled', { status: booking.status });
  }
  const now = ctx.clock();
  if (booking.date !== officeDate(now, config.timeZone))
    throw new DomainError('wrong_status', 'this booking is for another day', { status: 'other_day', date: booking.date });
  const late = now > (booking.checkInBy ?? booking.slotAt);
  const slotMinutes = config.services.find((s) => s.id === booking.serviceId)?.booking.appointment?.slotMinutes ?? 30;
  const result = await issueTicket(
    ctx,
    officeId,
    {
      serviceId: booking.serviceId,
      ...(booking.priorityCategory ? { priority: booking.priorityCategory } : {}),
      ...(kiosk ? { kiosk } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    },
    issuer,
    undefined,
    {
      checkIn: {
        id: booking.id,
        slotAt: booking.slotAt,
        slotEnd: booking.slotAt + slotMinutes * 60_000,
        queueAt: booking.slotAt - config.booking.callAheadMinutes * 60_000,
        late,
      },
    },
  );
  if (result.created && result.booking) ctx.events.emit('booking.checkedIn', { office: officeId, booking: result.booking });
  return result;
}
