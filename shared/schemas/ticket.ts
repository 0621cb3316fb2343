import { z } from 'zod';
import { CounterId, ServiceId, Text, Token, TicketIdParam } from './common.js';
import { DeskDossier, DossierCode, MAX_DOSSIERS_PER_CALL } from './dossiers.js';

export const TicketStatus = {
  waiting: 'waiting',
  called: 'called',
  serving: 'serving',
  done: 'done',
  noShow: 'no_show',
  expired: 'expired',
  cancelled: 'cancelled',
  /** still at a counter (called or being served) when the day closed: counted apart, never as served */
  closedAtDayEnd: 'closed_at_day_end',
} as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

/** What citizens, boards and phones may see of a ticket (no token, no identity data). */
export interface PublicTicket {
  id: string;
  number: string;
  serviceId: string;
  status: TicketStatus;
  priority: boolean;
  issuedAt: number;
  calledAt?: number;
  counterId?: string;
  ahead?: number;
  estimatedWaitMinutes?: number;
  /** taken from a phone (a remote number) or checked in for an appointment; none: at the kiosk */
  source?: 'remote' | 'appointment';
  /** an appointment checked in on time: its slot's start (ms); it waits in the priority line */
  slotAt?: number;
}

/** The ticket as the issuing kiosk and the officer's console see it. */
export interface Ticket extends PublicTicket {
  /** Secret carried by the printed QR code: tracking, rating and cancelling need it. */
  token: string;
  date: string;
  priorityCategory?: string;
  firstCalledAt?: number;
  servedAt?: number;
  doneAt?: number;
  officer?: string;
  recalls?: number;
  transfers?: { from: string; to: string; at: number }[];
  kiosk?: string;
  /** Masked identity from a scanned CCCD, only with consent; see docs/security.md. */
  identity?: CitizenIdentity;
  rated?: boolean;
  /** the booking it came from (shared/schemas/booking.ts) */
  bookingId?: string;
  /** the dossier codes (mã hồ sơ) it served */
  dossiers?: string[];
}

export interface CitizenIdentity {
  idLast4: string;
  name: string;
  birthDate: string;
  sex?: string;
  address?: string;
}

export const IssueTicketBody = z.strictObject({
  serviceId: ServiceId,
  priority: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, 'priority category id')
    .optional(),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'idempotencyKey: 8-64 letters, digits, "_" or "-"')
    .optional(),
  kiosk: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/)
    .optional(),
  /** Raw CCCD QR text, sent only after the citizen consented on screen. */
  cccd: Text(400).optional(),
});
export type IssueTicketBody = z.infer<typeof IssueTicketBody>;

export const TicketQuery = z.strictObject({ token: Token });
export const TokenBody = z.strictObject({ token: Token });
export const CallTicketBody = z.strictObject({ ticketId: TicketIdParam });
export const TransferBody = z.strictObject({ serviceId: ServiceId });
export const CompleteBody = z
  .strictObject({
    /** The dossier codes the ticket served (typed or scanned): a `dueDate` receives a new code at the desk. */
    dossiers: z
      .array(z.union([DossierCode.transform((code) => ({ code })), DeskDossier]))
      .max(MAX_DOSSIERS_PER_CALL)
      .refine((list) => new Set(list.map((d) => d.code)).size === list.length, 'a dossier code twice')
      .optional(),
    /** One dossier received at the desk, with its legal result date (ngày hẹn trả): the body of before `dossiers`. */
    dossier: z
      .strictObject({
        code: DossierCode,
        dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dueDate as YYYY-MM-DD'),
        title: Text(200).optional(),
      })
      .optional(),
  })
  .refine((b) => !(b.dossier && b.dossiers), 'send dossiers or dossier, not both')
  .default({});
export const EmptyBody = z.strictObject({}).default({});

export { CounterId, ServiceId };
