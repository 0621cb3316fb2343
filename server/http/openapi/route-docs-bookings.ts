/** Bookings from a phone, their check-in at the kiosk; pairing devices. */
import { z } from 'zod';
import { BookingParams, BookingQuery, CheckInBody, NewBookingBody, OtpBody } from '../../../shared/schemas/booking.js';
import { Booking, BookingOptions, DeviceInfo, PairingClaim, PairingTicket } from '../../../shared/schemas/booking-responses.js';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { ClaimPairingBody, PairingRequestBody } from '../../../shared/schemas/device.js';
import { Ticket } from '../../../shared/schemas/ticket-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import { bookingExample, ticketExample } from './examples.js';
import type { RouteDoc } from './route-doc.js';

const BookingAnswer = z.object({ booking: Booking });

export const BOOKING_DOCS = {
  'GET /offices/:office/booking-options': {
    tag: 'Bookings',
    summary: 'What a phone may book',
    description:
      "Per service: today's remote numbers (open, or why not: `outside_window`, `past_closing`, `day_off`, `day_closed`, `service_closed`, `limit_reached`) and the appointment slots of the coming working days; slot `start`/`end` are office-local `YYYY-MM-DDTHH:MM`.",
    params: OfficeParams,
    rateLimited: true,
    responses: { 200: { description: 'the options', body: BookingOptions } },
  },
  'POST /offices/:office/bookings/otp': {
    tag: 'Bookings',
    summary: 'Send a one-time code to a mobile number',
    description: 'A 6-digit code by SMS, valid 10 minutes, 5 wrong tries; 3 codes per 10 minutes at least 30 s apart.',
    params: OfficeParams,
    body: OtpBody,
    bodyExample: { phone: '0912 345 678' },
    rateLimited: true,
    errors: ['service_closed'],
    responses: { 202: { description: 'the code is on its way', body: z.object({ sent: z.literal(true) }) } },
  },
  'POST /offices/:office/bookings': {
    tag: 'Bookings',
    summary: 'Take a remote number or book a slot',
    description:
      "With the one-time code. A remote number comes with its ticket (its token is the booking's). A repeated `idempotencyKey` of the same phone answers 200 with the same booking. `limit_reached` says which cap in `values.cap` (`day`, `service`, `device`) and `values.max`; `outside_hours` why in `values.reason` (`outside_window`, `past_closing`).",
    params: OfficeParams,
    body: NewBookingBody,
    bodyExample: { serviceId: 'tu-phap', kind: 'appointment', slotStart: '2026-11-26T09:30', phone: '0912345678', otp: '482913', name: 'Nguyễn Văn An' },
    rateLimited: true,
    errors: ['otp_invalid', 'slot_full', 'limit_reached', 'outside_hours', 'service_closed', 'day_off', 'day_closed'],
    responses: {
      201: {
        description: "the booking (and a remote number's ticket)",
        body: z.object({ booking: Booking.optional(), ticket: Ticket.optional() }),
        example: { booking: bookingExample },
      },
      200: {
        description: 'the booking an earlier request with the same `idempotencyKey` made',
        body: z.object({ booking: Booking.optional(), ticket: Ticket.optional() }),
      },
    },
  },
  'GET /bookings/:id': {
    tag: 'Bookings',
    summary: 'A booking, with its token',
    description: 'With its ticket once it has one (`ahead` and `estimatedWaitMinutes` while it waits).',
    params: BookingParams,
    query: BookingQuery,
    rateLimited: true,
    errors: ['not_found'],
    responses: { 200: { description: 'the booking', body: z.object({ booking: Booking, ticket: Ticket.optional() }), example: { booking: bookingExample } } },
  },
  'DELETE /bookings/:id': {
    tag: 'Bookings',
    summary: 'Cancel a booking, with its token',
    description: "An appointment's seat is free at once; a remote number's ticket is cancelled too (only while it waits).",
    params: BookingParams,
    query: BookingQuery,
    rateLimited: true,
    errors: ['not_found', 'wrong_status'],
    responses: { 200: { description: 'the booking, `status: cancelled`', body: BookingAnswer } },
  },
  'POST /offices/:office/bookings/check-in': {
    tag: 'Bookings',
    summary: 'Check in an appointment at the kiosk',
    description:
      'By its code (a paired kiosk where the office requires one). The same code again: 409 `wrong_status` with `values.status` `checked_in`, `cancelled`, `expired`, `other_day` (with `values.date`) or `remote`. Checked in on time, the ticket carries `slotAt` and waits in the priority line.',
    params: OfficeParams,
    body: CheckInBody,
    bodyExample: { code: 'K7PX2M', kiosk: 'kiosk-1' },
    rateLimited: true,
    errors: ['wrong_status', 'paired_kiosk_required', 'outside_hours', 'day_closed', 'limit_reached', 'service_closed'],
    responses: {
      201: {
        description: 'the ticket, and the booking checked in',
        body: z.object({ ticket: Ticket, booking: Booking.optional() }),
        example: { ticket: { ...ticketExample, source: 'appointment' } },
      },
      200: {
        description: 'the ticket an earlier check-in with the same `idempotencyKey` issued',
        body: z.object({ ticket: Ticket, booking: Booking.optional() }),
      },
    },
  },

  'POST /devices/pairing-requests': {
    tag: 'Devices',
    summary: 'A screen asks for a pairing code',
    description: 'The screen shows `code` (6 characters, 10 minutes) for an administrator to type, and keeps `secret` to collect its key.',
    body: PairingRequestBody,
    bodyExample: { kind: 'kiosk' },
    rateLimited: true,
    responses: {
      201: {
        description: 'the code and the secret',
        body: PairingTicket,
        example: { code: 'K7PX2M', secret: 'a'.repeat(32), issuedAt: 1795581000000, expiresAt: 1795581600000 },
      },
    },
  },
  'POST /devices/pairing-requests/claim': {
    tag: 'Devices',
    summary: 'The screen collects its device key',
    description:
      '202 `waiting` until an administrator confirms the code; then, once, 200 `paired` with the key. An expired code, a wrong secret or a second claim: 404 `pairing_code_unknown`.',
    body: ClaimPairingBody,
    rateLimited: true,
    errors: ['pairing_code_unknown'],
    responses: {
      200: { description: 'paired: the key, once', body: PairingClaim },
      202: { description: 'not confirmed yet', body: PairingClaim, example: { status: 'waiting', expiresAt: 1795581600000 } },
    },
  },
  'GET /devices/me': {
    tag: 'Devices',
    summary: 'The paired device itself',
    responses: { 200: { description: 'the device', body: z.object({ device: DeviceInfo }) } },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
