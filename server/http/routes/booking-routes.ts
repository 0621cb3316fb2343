/** Bookings from a phone (remote numbers and appointments) and their check-in at the kiosk. */
import { BookingParams, BookingQuery, CheckInBody, NewBookingBody, officeOfBooking, OtpBody } from '../../../shared/schemas/booking.js';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { bookAppointment } from '../../bookings/book-appointment.js';
import { bookingOptions } from '../../bookings/booking-options.js';
import { bookingWithToken } from '../../bookings/booking-reader.js';
import { cancelBooking } from '../../bookings/cancel-booking.js';
import { checkIn } from '../../bookings/check-in.js';
import { sendOneTimeCode } from '../../bookings/send-one-time-code.js';
import { bookingView } from '../../bookings/stored-booking.js';
import { takeRemoteNumber } from '../../bookings/take-remote-number.js';
import type { Context } from '../../context.js';
import { loadTicket, positionOf } from '../../tickets/ticket-reader.js';
import { citizenTicket } from '../../tickets/ticket-view.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';
import { rateLimit, type RateLimitSettings } from '../rate-limits.js';

export function bookingRoutes(g: GuardedRouter, ctx: Context, limits: RateLimitSettings): void {
  const read = rateLimit(ctx.redis, 'publicRead', limits.publicRead);
  const otp = rateLimit(ctx.redis, 'otp', limits.otp);
  const booking = rateLimit(ctx.redis, 'booking', limits.booking);
  const issue = rateLimit(ctx.redis, 'issue', limits.issue);

  g.route('GET /offices/:office/booking-options', read, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json(await bookingOptions(ctx, office));
  });

  g.route('POST /offices/:office/bookings/otp', otp, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const { phone } = parse(OtpBody, req.body, 'body');
    await sendOneTimeCode(ctx, office, phone);
    res.status(202).json({ sent: true });
  });

  g.route('POST /offices/:office/bookings', booking, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const body = parse(NewBookingBody, req.body, 'body');
    if (body.kind === 'remote') {
      const { ticket, created, booking: b } = await takeRemoteNumber(ctx, office, body);
      res.status(created ? 201 : 200).json({ booking: b && bookingView(b), ticket });
    } else {
      const { booking: b, created } = await bookAppointment(ctx, office, body);
      res.status(created ? 201 : 200).json({ booking: bookingView(b) });
    }
  });

  g.route('GET /bookings/:id', read, async (req, res) => {
    const { id } = parse(BookingParams, req.params, 'path');
    const { token } = parse(BookingQuery, req.query, 'query');
    const office = officeOfBooking(id);
    const b = await bookingWithToken(ctx, office, id, token);
    const stored = b.ticketId ? await loadTicket(ctx, b.ticketId) : null;
    if (!stored) return void res.json({ booking: bookingView(b) });
    const { config } = await ctx.offices.get(office);
    res.json({ booking: bookingView(b), ticket: citizenTicket(stored, await positionOf(ctx, config, stored)) });
  });

  g.route('DELETE /bookings/:id', booking, async (req, res) => {
    const { id } = parse(BookingParams, req.params, 'path');
    const { token } = parse(BookingQuery, req.query, 'query');
    res.json({ booking: bookingView(await cancelBooking(ctx, officeOfBooking(id), id, token)) });
  });

  g.route('POST /offices/:office/bookings/check-in', issue, async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const { code, kiosk, idempotencyKey } = parse(CheckInBody, req.body, 'body');
    const { ticket, booking: b, created } = await checkIn(ctx, office, code, { device: req.device, address: req.ip ?? 'unknown' }, { kiosk, idempotencyKey });
    res.status(created ? 201 : 200).json({ ticket, booking: b && bookingView(b) });
  });
}
