/**
 * Online numbers (số thứ tự trực tuyến) and appointments (đặt lịch hẹn): the office's rules, the
 * citizen's requests and what they are answered with. See docs/api.md "Bookings".
 */
import { z } from 'zod';
import { HHMM, IsoDate, ServiceId, Text, Token } from './common.js';

/** A Vietnamese mobile number as typed ("0912 345 678", "+84912345678"); stored as 0XXXXXXXXX. */
export const VietnamesePhone = z
  .string()
  .max(20)
  .transform((s) => s.replace(/[\s.-]/g, '').replace(/^\+?84/, '0'))
  .pipe(z.string().regex(/^0[35789]\d{8}$/, 'phone: a Vietnamese mobile number (10 digits, 03/05/07/08/09…)'));

export const OtpCode = z.string().regex(/^\d{6}$/, 'otp: the 6 digits sent to the phone');
export const BookingCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/, 'code: the 6 letters and digits of the booking'));
/** `<office>_b<16 hex>`: the office is part of the id, as it is of a ticket's */
export const BookingId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}_b[0-9a-f]{16}$/, 'booking id');
export const officeOfBooking = (id: string) => id.slice(0, id.lastIndexOf('_'));

/** Per service: which kinds of booking it takes. */
export const ServiceBooking = z.strictObject({
  /** remote numbers: a real ticket of today, taken from a phone */
  remote: z.boolean().default(false),
  /** appointments: slots of `slotMinutes` within the service's issuing hours, `capacity` citizens each */
  appointment: z.strictObject({ slotMinutes: z.int().min(5).max(240).default(30), capacity: z.int().min(1).max(100).default(4) }).optional(),
});
export type ServiceBooking = z.infer<typeof ServiceBooking>;

/** The office's booking rules. */
export const BookingPolicy = z.strictObject({
  /** remote numbers are taken only within this window of the day (office-local) */
  remoteFrom: HHMM.default('08:00'),
  remoteTo: HHMM.default('16:00'),
  /** stop taking remote numbers once the estimated wait would run past closing time */
  remoteStopPastClosing: z.boolean().default(true),
  /** how many working days ahead a slot may be booked */
  daysAhead: z.int().min(1).max(30).default(7),
  /** bookings for a slot close this many minutes before it starts */
  cutoffMinutes: z
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  /** a checked-in appointment joins the priority line this many minutes before its slot */
  callAheadMinutes: z.int().min(0).max(60).default(5),
  /** checked in this many minutes after the slot began: an ordinary ticket */
  lateAfterMinutes: z.int().min(0).max(240).default(15),
  /** caps per person (phone number) per day, and per person per service per day */
  perPersonPerDay: z.int().min(1).max(10).default(2),
  perPersonPerService: z.int().min(1).max(10).default(1),
  /** bookings a day from one device (the booking page's own id), whatever the numbers */
  perDevicePerDay: z.int().min(1).max(50).default(4),
  /** the booking page asks for the citizen's name */
  requireName: z.boolean().default(false),
  /** "your turn is near" when this many people are ahead */
  turnNearAhead: z.int().min(1).max(50).default(3),
});
export type BookingPolicy = z.infer<typeof BookingPolicy>;

export const BOOKING_DEFAULTS: BookingPolicy = BookingPolicy.parse({});

export const BookingKind = z.enum(['remote', 'appointment']);
export type BookingKind = z.infer<typeof BookingKind>;

export const OtpBody = z.strictObject({ phone: VietnamesePhone });

export const NewBookingBody = z.strictObject({
  serviceId: ServiceId,
  kind: BookingKind,
  /** appointments: the slot's start, `YYYY-MM-DDTHH:MM` office-local */
  slotStart: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'slotStart as YYYY-MM-DDTHH:MM (office time)')
    .optional(),
  phone: VietnamesePhone,
  otp: OtpCode,
  name: Text(80).min(1).optional(),
  priority: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, 'priority category id')
    .optional(),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'idempotencyKey: 8-64 letters, digits, "_" or "-"')
    .optional(),
  /** the booking page's own random id (kept on the phone): the caps per device count by it */
  device: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, 'device: 16-64 letters, digits, "_" or "-"')
    .optional(),
});
export type NewBookingBody = z.infer<typeof NewBookingBody>;

export const CheckInBody = z.strictObject({
  code: BookingCode,
  kiosk: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/)
    .optional(),
  /** the kiosk's key for this check-in: a retry after a lost answer gets the same ticket */
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'idempotencyKey: 8-64 letters, digits, "_" or "-"')
    .optional(),
});
export const BookingParams = z.strictObject({ id: BookingId });
export const BookingQuery = z.strictObject({ token: Token });

export type BookingStatus = 'booked' | 'issued' | 'checked_in' | 'cancelled' | 'expired';

/** A booking as its citizen sees it (with its token); the phone number never leaves the server. */
export interface Booking {
  id: string;
  office: string;
  code: string;
  token: string;
  kind: BookingKind;
  status: BookingStatus;
  serviceId: string;
  /** appointments: office-local `YYYY-MM-DDTHH:MM` and its instant */
  slotStart?: string;
  slotAt?: number;
  /** check in at the kiosk by this instant to be called within the slot */
  checkInBy?: number;
  date: string;
  name?: string;
  priorityCategory?: string;
  createdAt: number;
  ticketId?: string;
  cancelledAt?: number;
}

export interface BookingSlot {
  start: string;
  end: string;
  capacity: number;
  remaining: number;
}

export interface BookingOptions {
  office: string;
  requireName: boolean;
  services: {
    id: string;
    name: string;
    nameEn?: string;
    remote?: {
      open: boolean;
      reason?: 'outside_window' | 'past_closing' | 'day_off' | 'service_closed' | 'limit_reached' | 'day_closed';
      waiting: number;
      estimatedWaitMinutes: number;
    };
    appointment?: { slotMinutes: number; days: { date: string; slots: BookingSlot[] }[] };
  }[];
  remoteWindow: { from: string; to: string };
}

export const BookingDate = IsoDate;
