/** Bookings and device pairing in the API's answers (see ticket-responses.ts for how these schemas relate to the interfaces). */
import { z } from 'zod';
import { DeviceConnection, DeviceKind } from './device.js';
import { Instant } from './ticket-responses.js';

export const Booking = z
  .object({
    id: z.string(),
    office: z.string(),
    code: z.string().describe('6 letters and digits, typed at the kiosk to check in'),
    token: z.string(),
    kind: z.enum(['remote', 'appointment']),
    status: z.enum(['booked', 'issued', 'checked_in', 'cancelled', 'expired']),
    serviceId: z.string(),
    slotStart: z.string().optional().describe('appointments: office-local YYYY-MM-DDTHH:MM'),
    slotAt: Instant.optional(),
    checkInBy: Instant.optional().describe('check in at the kiosk by this instant to be called within the slot'),
    date: z.string(),
    name: z.string().optional(),
    priorityCategory: z.string().optional(),
    createdAt: Instant,
    ticketId: z.string().optional(),
    cancelledAt: Instant.optional(),
  })
  .meta({ id: 'Booking', description: 'A booking as its citizen sees it (with its token); the phone number never leaves the server' });

export const BookingSlot = z.object({ start: z.string(), end: z.string(), capacity: z.number(), remaining: z.number() }).meta({ id: 'BookingSlot' });

export const BookingOptions = z
  .object({
    office: z.string(),
    requireName: z.boolean(),
    services: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        nameEn: z.string().optional(),
        remote: z
          .object({
            open: z.boolean(),
            reason: z.enum(['outside_window', 'past_closing', 'day_off', 'service_closed', 'limit_reached', 'day_closed']).optional(),
            waiting: z.number(),
            estimatedWaitMinutes: z.number(),
          })
          .optional(),
        appointment: z.object({ slotMinutes: z.number(), days: z.array(z.object({ date: z.string(), slots: z.array(BookingSlot) })) }).optional(),
      }),
    ),
    remoteWindow: z.object({ from: z.string(), to: z.string() }),
  })
  .meta({ id: 'BookingOptions', description: "Services that take bookings, today's remote numbers and the free slots" });

export const DeviceInfo = z
  .object({ id: z.string(), office: z.string(), kind: DeviceKind, name: z.string(), counter: z.string().optional() })
  .meta({ id: 'DeviceInfo', description: 'A paired device as it knows itself' });

export const DeviceView = DeviceInfo.omit({ office: true })
  .extend({
    createdAt: Instant,
    createdBy: z.string(),
    paired: z.boolean(),
    pairedAt: Instant.optional(),
    lastSeen: Instant.optional().describe('last join or heartbeat of a paired device'),
    connected: z.boolean().optional(),
    connection: DeviceConnection.optional().describe(
      "a paired device's connection now: `silent` when its socket is open but no heartbeat came for 45 s; the province's live wall counts a board, kiosk or counter screen not `connected` as offline",
    ),
  })
  .meta({ id: 'DeviceView', description: 'A device as the administration page lists it' });

export const PairingTicket = z
  .object({
    code: z.string().describe('shown on the screen'),
    secret: z.string().describe('kept by the screen: it collects the key'),
    issuedAt: Instant,
    expiresAt: Instant,
  })
  .meta({ id: 'PairingTicket' });

export const PairingClaim = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('waiting'), expiresAt: Instant }),
    z.object({ status: z.literal('paired'), key: z.string().describe('the device key: `X-Device-Key` from now on'), device: DeviceInfo }),
  ])
  .meta({ id: 'PairingClaim' });
