/** An appointment: a seat in a slot of a coming working day, for a verified phone within its caps. */
import type { NewBookingBody } from '../../shared/schemas/booking.js';
import type { Context } from '../context.js';
import { DomainError, invalid, notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import { toDomainError } from '../tickets/script-reply.js';
import { newBookingCode, newBookingId, newBookingToken } from './booking-ids.js';
import { codeHash, deviceHash, OTP_RULES, phoneHash } from './one-time-code.js';
import { findSlot, bookable } from './slot-calendar.js';
import type { StoredBooking } from './stored-booking.js';

export async function bookAppointment(ctx: Context, officeId: string, body: NewBookingBody): Promise<{ booking: StoredBooking; created: boolean }> {
  const { config } = await ctx.offices.get(officeId);
  const service = config.services.find((s) => s.id === body.serviceId);
  if (!service) throw notFound(`service ${body.serviceId}`);
  const appointment = service.booking.appointment;
  if (!appointment || !service.enabled) throw new DomainError('service_closed', 'this service takes no appointments');
  if (!body.slotStart) throw invalid('slotStart', 'an appointment needs its slot');
  const now = ctx.clock();
  const slot = findSlot(config, service, body.slotStart, now);
  if (!slot) throw invalid('slotStart', 'not a slot of this service on a bookable day');
  if (!bookable(config, slot, now)) throw new DomainError('slot_full', 'this slot no longer takes bookings');
  if (config.booking.requireName && !body.name) throw invalid('name', 'this office asks for the name');
  if (body.priority && !config.priority.categories.some((c) => c.id === body.priority)) throw invalid('priority', `unknown category ${body.priority}`);

  const hash = phoneHash(ctx, body.phone);
  for (let attempt = 0; attempt < 4; attempt++) {
    const reply = await scripts.bookSlot(
      ctx.redis,
      {
        otp: keys.otp(officeId, hash),
        bookings: keys.bookings(officeId),
        bookingCodes: keys.bookingCodes(officeId),
        slotSeats: keys.slotSeats(officeId, slot.date),
        bookingCaps: keys.bookingCaps(officeId, slot.date),
        bookingIdempotency: keys.bookingIdempotency(officeId),
        events: keys.events(officeId),
        dayBookings: keys.dayBookings(officeId, slot.date),
        aggregates: keys.aggregates(officeId, slot.date),
        monthAggregates: keys.monthAggregatesOfDay(officeId, slot.date),
        days: keys.days(officeId),
      },
      {
        office: officeId,
        booking: {
          id: newBookingId(officeId),
          code: newBookingCode(),
          token: newBookingToken(),
          serviceId: service.id,
          date: slot.date,
          slotStart: body.slotStart,
          slotAt: slot.at,
          // checked in later than this, the citizen gets an ordinary ticket
          checkInBy: slot.at + config.booking.lateAfterMinutes * 60_000,
          createdAt: now,
          ...(body.name ? { name: body.name } : {}),
          ...(body.priority ? { priorityCategory: body.priority } : {}),
          phone: body.phone,
          phoneHash: hash,
          ...(body.device ? { deviceHash: deviceHash(ctx, body.device) } : {}),
        },
        slot: slot.start,
        capacity: appointment.capacity,
        perDay: config.booking.perPersonPerDay,
        perService: config.booking.perPersonPerService,
        perDevice: config.booking.perDevicePerDay,
        codeHash: codeHash(body.phone, body.otp),
        maxTries: OTP_RULES.maxTries,
        ...(body.idempotencyKey ? { idempotency: `${hash}|${body.idempotencyKey}` } : {}),
        streamMaxLen: ctx.streamMaxLen,
        dateScore: Number(slot.date.replaceAll('-', '')),
      },
    );
    if (!isFailure(reply)) {
      if (reply.created) ctx.events.emit('booking.created', { office: officeId, booking: reply.booking });
      return reply;
    }
    // an id or code drawn twice: draw again
    if (reply.error !== 'retry') throw toDomainError(reply);
  }
  throw new DomainError('unavailable', 'could not book; try again');
}
