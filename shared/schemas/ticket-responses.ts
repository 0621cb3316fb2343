/**
 * Tickets and ratings as the API answers with them: the schemas the API description is generated
 * from (server/http/openapi). The interfaces in ticket.ts and feedback.ts stay the server's types;
 * server/http/openapi/contract-checks.ts proves each pair equal, and test/api proves real answers match.
 */
import { z } from 'zod';
import { COMPLAINT_TOPICS, ComplaintStatus, OFFICIAL_CRITERIA } from './feedback.js';

/** ms since the epoch, the server's clock */
export const Instant = z.number().describe('ms since the epoch');
const TicketStatus = z.enum(['waiting', 'called', 'serving', 'done', 'no_show', 'expired', 'cancelled', 'closed_at_day_end']);

export const PublicTicket = z
  .object({
    id: z.string().describe('`<office>_<YYYY-MM-DD>_<number>`'),
    number: z.string(),
    serviceId: z.string(),
    status: TicketStatus,
    priority: z.boolean(),
    issuedAt: Instant,
    calledAt: Instant.optional(),
    counterId: z.string().optional(),
    ahead: z.number().optional().describe('citizens before it in its line (while it waits)'),
    estimatedWaitMinutes: z.number().optional(),
    source: z.enum(['remote', 'appointment']).optional().describe('taken from a phone or checked in for an appointment; none: at the kiosk'),
    slotAt: Instant.optional().describe("an appointment checked in on time: its slot's start; it waits in the priority line"),
  })
  .meta({ id: 'PublicTicket', description: 'What citizens, boards and phones may see of a ticket: no token, no identity data' });

export const CitizenIdentity = z
  .object({ idLast4: z.string(), name: z.string(), birthDate: z.string(), sex: z.string().optional(), address: z.string().optional() })
  .meta({ id: 'CitizenIdentity', description: "Masked data of a scanned CCCD, only with the citizen's consent; only the officer's console sees it" });

export const Ticket = PublicTicket.extend({
  token: z.string().describe('secret of the printed QR code: following, rating and cancelling need it (empty in the console)'),
  date: z.string(),
  priorityCategory: z.string().optional(),
  firstCalledAt: Instant.optional(),
  servedAt: Instant.optional(),
  doneAt: Instant.optional(),
  officer: z.string().optional(),
  recalls: z.number().optional(),
  transfers: z.array(z.object({ from: z.string(), to: z.string(), at: Instant })).optional(),
  kiosk: z.string().optional(),
  identity: CitizenIdentity.optional(),
  rated: z.boolean().optional(),
  bookingId: z.string().optional(),
  dossiers: z.array(z.string()).optional().describe('the dossier codes (mã hồ sơ) it served'),
  slotEnd: Instant.optional().describe("an appointment checked in on time: its slot's end"),
}).meta({
  id: 'Ticket',
  description: 'The whole ticket: the kiosk that issued it and the phone with its token (no identity, no officer), the officer console (`token` empty)',
});

const Criterion = z.enum(OFFICIAL_CRITERIA);
export const Rating = z
  .object({
    ticketId: z.string(),
    score: z.number().describe('4 Rất hài lòng, 3 Hài lòng, 2 Bình thường, 1 Không hài lòng'),
    criteria: z.partialRecord(Criterion, z.number()).optional().describe('official criteria: 2 Rất hài lòng, 1 Hài lòng, 0 Không hài lòng'),
    chips: z.array(Criterion).optional(),
    comment: z.string().optional(),
    serviceId: z.string(),
    counterId: z.string().optional(),
    officer: z.string().optional(),
    at: Instant,
    source: z.string().optional(),
  })
  .meta({ id: 'Rating' });

export const Complaint = z
  .object({
    id: z.string(),
    office: z.string(),
    topic: z.enum(COMPLAINT_TOPICS),
    message: z.string().optional(),
    ticketId: z.string().optional(),
    serviceId: z.string().optional(),
    counterId: z.string().optional(),
    officer: z.string().optional(),
    contactName: z.string().optional(),
    contactPhone: z.string().optional(),
    contactEmail: z.string().optional(),
    source: z.string().optional(),
    status: ComplaintStatus,
    createdAt: Instant,
    dueAt: Instant,
    assignee: z.string().optional(),
    response: z.string().optional(),
    respondedAt: Instant.optional(),
    resolvedAt: Instant.optional(),
    history: z.array(z.object({ at: Instant, by: z.string(), action: z.string(), note: z.string().optional() })).optional(),
    dossiers: z.array(z.string()).optional().describe('when read: the dossier codes its ticket served (not stored with the complaint)'),
  })
  .meta({ id: 'Complaint', description: 'A complaint (phản ánh, kiến nghị)' });

/** The complaint as the chairman's inbox reads it: with who answered and resolved it. */
export const StoredComplaint = Complaint.extend({
  overdueAlertedAt: Instant.optional(),
  respondedBy: z.string().optional(),
  resolvedBy: z.string().optional(),
}).meta({ id: 'InboxComplaint', description: 'A complaint as the inbox reads it, with who answered and resolved it' });
