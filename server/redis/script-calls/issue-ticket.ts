/** issueTicket-20.lua: issues a ticket, or answers the one issued for the same idempotency key. */
import type { StoredBooking } from '../../bookings/stored-booking.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface IssueTicketArgs {
  /** the office configuration version the caller read (keys.config `v`) */
  version: string;
  office: string;
  date: string;
  serviceId: string;
  prefix: string;
  dailyLimit: number;
  priorityCategory?: string;
  /** `kiosk@address|idempotencyKey` (issue-ticket.ts idempotencyField) */
  idempotency?: string;
  now: number;
  token: string;
  /** office-local hour of issue, 00-23 */
  hour: string;
  kiosk?: string;
  identity?: { idLast4: string; idHash: string; name: string; birthDate: string; sex?: string; address?: string };
  streamMaxLen: number;
  /** the date as yyyymmdd, the days index's score */
  dateScore: number;
  /** the counters serving the service, to count the open ones */
  counterIds: string[];
  /** the client's issue budget per minute (none: internal callers) */
  perMinute?: number;
  /** a remote number taken from a verified phone (server/bookings/take-remote-number.ts) */
  remote?: {
    id: string;
    code: string;
    phone: string;
    phoneHash: string;
    name?: string;
    codeHash: string;
    maxTries: number;
    perDay: number;
    perService: number;
    deviceHash?: string;
    perDevice: number;
  };
  /** an appointment checked in at the kiosk (server/bookings/check-in.ts): its score in the priority line, or late: an ordinary ticket */
  checkIn?: { id: string; slotAt: number; slotEnd: number; queueAt: number; late: boolean };
}

export type IssueTicketReply =
  | {
      ticket: StoredTicket;
      ahead: number;
      avgServiceSeconds: number;
      openCounters: number;
      created: boolean;
      waiting: number;
      booking?: StoredBooking;
      replay?: undefined;
    }
  /** issued just before midnight: the ticket id, read from the previous day's hash */
  | { replay: string; ticket?: undefined };

export const issueTicket = script<IssueTicketArgs, IssueTicketReply>()('issueTicket', {
  keys: [
    'config',
    'sequences',
    'tickets',
    'normalQueue',
    'priorityQueue',
    'aggregates',
    'monthAggregates',
    'idempotency',
    'previousIdempotency',
    'events',
    'days',
    'counters',
    'serviceStats',
    'issueBudget',
    'closedDays',
    'otp',
    'bookings',
    'bookingCodes',
    'bookingCaps',
    'dayBookings',
  ],
});
