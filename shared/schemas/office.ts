import { z } from 'zod';
import { BOOKING_DEFAULTS, BookingPolicy, ServiceBooking } from './booking.js';
import { CounterId, HHMM, IsoDate, OfficeGroup, OfficeId, ServiceId, Text } from './common.js';

export const IssuingWindow = z.strictObject({ from: HHMM, to: HHMM }).refine((w) => w.from < w.to, 'window must end after it starts');

export const Service = z.strictObject({
  id: ServiceId,
  name: Text(120).min(1),
  nameEn: Text(120).optional(),
  prefix: z.string().regex(/^[A-Z]{1,2}$/, 'prefix: one or two capital letters'),
  dailyLimit: z.int().min(1).max(9999),
  /** Issuing windows in office-local time; tickets are refused outside them. */
  hours: z.array(IssuingWindow).min(1).max(6),
  /** A citizen called within this many minutes counts as "within target" in reports. */
  targetWaitMinutes: z.int().min(1).max(600).default(15),
  /** Used for the wait estimate until real service times exist. */
  avgServiceMinutes: z.number().min(0.5).max(240).default(8),
  /** Switched off by an administrator: no tickets at all. */
  enabled: z.boolean().default(true),
  description: Text(300).optional(),
  /** remote numbers and appointments for this service (shared/schemas/booking.ts) */
  booking: ServiceBooking.default({ remote: false }),
});
export type Service = z.infer<typeof Service>;

export const Counter = z.strictObject({
  id: CounterId,
  /** The number spoken in the call phrase ("đến quầy số 3"). */
  number: z.int().min(1).max(999),
  name: Text(80).min(1),
  /** Ordered: the first is the counter's main service; order breaks ties between equally old tickets. */
  services: z.array(ServiceId).min(1).max(20),
});
export type Counter = z.infer<typeof Counter>;

export const PriorityCategory = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,32}$/), name: Text(80).min(1), nameEn: Text(80).optional() });

export const PriorityPolicy = z.strictObject({
  /** strict: priority tickets always first; interleave: one priority ticket after every `every` others. */
  mode: z.enum(['strict', 'interleave']),
  every: z.int().min(1).max(20).default(3),
  categories: z.array(PriorityCategory).max(12),
});
export type PriorityPolicy = z.infer<typeof PriorityPolicy>;

export const RatingScale = z.strictObject({
  /** Where the four-level "Bình thường" falls in the official three-level view. */
  neutralCountsAs: z.enum(['satisfied', 'dissatisfied']).default('satisfied'),
  /** Presses on a rating tablet within this many seconds of the last are ignored. */
  repeatIntervalSeconds: z.int().min(0).max(120).default(3),
});

export const Theme = z.strictObject({
  primary: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#b3261e'),
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#f2c94c'),
});

/** A kiosk device; with `printer` the server prints its tickets on a network ESC/POS printer. */
export const KioskDevice = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/, 'kiosk id: lowercase letters, digits and "-"'),
  name: Text(80).min(1),
  printer: z.strictObject({ host: z.string().min(1).max(253), port: z.int().min(1).max(65535).default(9100) }).optional(),
});
export type KioskDevice = z.infer<typeof KioskDevice>;

export const OfficeConfig = z
  .strictObject({
    id: OfficeId,
    name: Text(160).min(1),
    shortName: Text(60).optional(),
    /** the group (region) the office belongs to, for supervisors; only the deployment administrator sets it */
    group: OfficeGroup.optional(),
    address: Text(200).optional(),
    timeZone: z
      .string()
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'unknown time zone')
      .default('Asia/Ho_Chi_Minh'),
    services: z.array(Service).min(1).max(30),
    counters: z.array(Counter).min(1).max(60),
    /** Weekdays the office works, 0 = Sunday. */
    workingDays: z.array(z.int().min(0).max(6)).max(7).default([1, 2, 3, 4, 5]),
    /** Public holidays and other closed dates. */
    daysOff: z.array(IsoDate).max(400).default([]),
    /** Office-local closing time: issuing stops, waiting tickets expire, counters close (server/jobs/day-close.ts); 24:00 is midnight. */
    closingTime: HHMM.default('17:00'),
    priority: PriorityPolicy,
    rating: RatingScale.default({ neutralCountsAs: 'satisfied', repeatIntervalSeconds: 3 }),
    /** {number} and {counter} are replaced; numbers are read the Vietnamese way. */
    callPhrase: Text(200).default('Xin mời công dân có số thứ tự {number} đến quầy số {counter}'),
    noWritingWeekday: z.int().min(0).max(6).nullable().default(3),
    notices: z.array(Text(300).min(1)).max(20).default([]),
    theme: Theme.default({ primary: '#b3261e', accent: '#f2c94c' }),
    cccdEnabled: z.boolean().default(false),
    complaintDeadlineDays: z.int().min(1).max(60).default(5),
    kiosks: z.array(KioskDevice).max(50).default([]),
    /** Only a paired kiosk of the office issues tickets: a phone in the hall cannot empty a day's limit. */
    requirePairedKiosks: z.boolean().default(true),
    /** Boards and counter screens may show the office without being paired (they only read public data). */
    allowUnpairedScreens: z.boolean().default(true),
    /** the rules of remote numbers and appointments (which services take them: each service's `booking`) */
    booking: BookingPolicy.default(BOOKING_DEFAULTS),
  })
  .superRefine((office, ctx) => {
    const ids = new Set<string>();
    const prefixes = new Set<string>();
    for (const s of office.services) {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate service id ${s.id}`, path: ['services'] });
      if (prefixes.has(s.prefix)) ctx.addIssue({ code: 'custom', message: `duplicate prefix ${s.prefix}`, path: ['services'] });
      ids.add(s.id);
      prefixes.add(s.prefix);
    }
    const counterIds = new Set<string>();
    for (const c of office.counters) {
      if (counterIds.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate counter id ${c.id}`, path: ['counters'] });
      counterIds.add(c.id);
      for (const s of c.services) if (!ids.has(s)) ctx.addIssue({ code: 'custom', message: `counter ${c.id} serves unknown service ${s}`, path: ['counters'] });
    }
  });
export type OfficeConfig = z.infer<typeof OfficeConfig>;
export type OfficeConfigInput = z.input<typeof OfficeConfig>;

/** Why a service issues no ticket right now. */
export const ClosedReason = z.enum(['outside_hours', 'day_off', 'day_closed', 'limit_reached', 'service_closed']);
export type ClosedReason = z.infer<typeof ClosedReason>;

export interface PublicService {
  id: string;
  name: string;
  nameEn?: string;
  prefix: string;
  open: boolean;
  closedReason?: ClosedReason;
  hours: { from: string; to: string }[];
  waiting: number;
  estimatedWaitMinutes: number;
  counters: string[];
}

export interface PublicOffice {
  id: string;
  name: string;
  shortName?: string;
  address?: string;
  timeZone: string;
  date: string;
  services: PublicService[];
  counters: { id: string; number: number; name: string; services: string[]; status: CounterStatus }[];
  notices: string[];
  noWritingToday: boolean;
  noWritingWeekday: number | null;
  priorityCategories: { id: string; name: string; nameEn?: string }[];
  rating: { levels: 4; neutralCountsAs: 'satisfied' | 'dissatisfied'; repeatIntervalSeconds: number };
  callPhrase: string;
  theme: { primary: string; accent: string };
  cccdEnabled: boolean;
  /** what bookings the office takes (its enabled services' `booking`): the kiosk offers check-in only with appointments */
  bookings: { appointments: boolean; remote: boolean };
  /** only paired kiosks issue tickets here: an unpaired kiosk page shows its pairing code instead */
  requirePairedKiosks: boolean;
  /** Base URL phones reach the server at (ticket QR codes); absent: the kiosk's own origin. */
  publicUrl?: string;
  /** the server's clock when this was read (ms): the kiosk shows the server's time, not its PC's */
  serverTime: number;
}

export const CounterStatus = z.enum(['closed', 'open', 'paused']);
export type CounterStatus = z.infer<typeof CounterStatus>;

export { CounterId, OfficeId, ServiceId };
