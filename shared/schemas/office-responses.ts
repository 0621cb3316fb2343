/**
 * The office as screens read it (kiosk, board, counter console) in the API's answers: the schemas
 * the API description is generated from. The interfaces (office.ts, shared/events.ts) stay the
 * server's types; server/http/openapi/contract-checks.ts proves each pair equal.
 */
import { z } from 'zod';
import { ClosedReason, CounterStatus, OfficeConfig as OfficeConfigBody } from './office.js';
import { Instant, PublicTicket, Ticket } from './ticket-responses.js';

export const PublicService = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string().optional(),
    prefix: z.string(),
    open: z.boolean(),
    closedReason: ClosedReason.optional().describe('why it issues no ticket now'),
    hours: z.array(z.object({ from: z.string(), to: z.string() })),
    waiting: z.number(),
    estimatedWaitMinutes: z.number().describe('what a ticket taken now would be told'),
    counters: z.array(z.string()),
  })
  .meta({ id: 'PublicService' });

export const PublicOffice = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().optional(),
    address: z.string().optional(),
    timeZone: z.string(),
    date: z.string().describe("the office's day, YYYY-MM-DD"),
    services: z.array(PublicService),
    counters: z.array(z.object({ id: z.string(), number: z.number(), name: z.string(), services: z.array(z.string()), status: CounterStatus })),
    notices: z.array(z.string()),
    noWritingToday: z.boolean(),
    noWritingWeekday: z.number().nullable(),
    priorityCategories: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().optional() })),
    rating: z.object({ levels: z.literal(4), neutralCountsAs: z.enum(['satisfied', 'dissatisfied']), repeatIntervalSeconds: z.number() }),
    callPhrase: z.string(),
    theme: z.object({ primary: z.string(), accent: z.string() }),
    cccdEnabled: z.boolean(),
    bookings: z
      .object({ appointments: z.boolean(), remote: z.boolean() })
      .describe('what bookings the office takes: the kiosk offers check-in only with appointments'),
    requirePairedKiosks: z.boolean(),
    publicUrl: z.string().optional().describe('where phones reach the server (ticket QR codes)'),
    serverTime: Instant.describe("the server's clock: the kiosk shows it rather than its PC's"),
  })
  .meta({ id: 'PublicOffice', description: 'What the kiosk and the phones know of an office' });

export const CounterState = z
  .object({
    id: z.string(),
    number: z.number(),
    name: z.string(),
    status: CounterStatus,
    officer: z.string().optional(),
    officerName: z.string().optional(),
    ticket: PublicTicket.optional(),
    services: z.array(z.string()),
  })
  .meta({ id: 'CounterState' });

export const CallEvent = z
  .object({
    callId: z.string().describe('unique per call and recall: boards announce each once'),
    office: z.string(),
    ticket: PublicTicket,
    counterId: z.string(),
    counterNumber: z.number(),
    counterName: z.string(),
    at: Instant,
    recall: z.boolean(),
  })
  .meta({ id: 'CallEvent' });

export const BoardSnapshot = z
  .object({
    office: z.string(),
    officeName: z.string(),
    date: z.string(),
    serverTime: Instant,
    counters: z.array(CounterState),
    recent: z.array(CallEvent),
    services: z.array(z.object({ id: z.string(), name: z.string(), prefix: z.string(), waiting: z.number() })),
    notices: z.array(z.string()),
    callPhrase: z.string(),
  })
  .meta({ id: 'BoardSnapshot', description: 'What a hall board shows' });

const DayCounts = z.object({ served: z.number(), noShow: z.number(), called: z.number() });

export const CounterSnapshot = z
  .object({
    office: z.string(),
    counter: CounterState,
    current: Ticket.optional().describe('the whole ticket, with identity data when the citizen allowed it'),
    waiting: z.array(PublicTicket).describe('the first 200 waiting tickets of its services, in call order'),
    today: DayCounts,
    officerToday: DayCounts.optional().describe('the same counts for the officer holding the counter, over all counters'),
    serverTime: Instant,
    readFrom: Instant.optional().describe('when the server began reading: a change made since may be missing'),
  })
  .meta({ id: 'CounterSnapshot', description: "The officer console's view of its counter" });

/** The office configuration as stored and answered (every default filled in). */
export const OfficeConfig = OfficeConfigBody.meta({ id: 'OfficeConfig', description: "An office's whole configuration" });

export const AdminOfficeList = z
  .object({
    offices: z.array(z.string()).describe('the ids, sorted'),
    directory: z
      .array(z.object({ id: z.string(), name: z.string(), shortName: z.string().optional(), group: z.string().optional() }))
      .describe("the same offices with their names and group, for a picker that shows names (the deployment's directory)"),
  })
  .meta({ id: 'AdminOfficeList' });
export type AdminOfficeList = z.infer<typeof AdminOfficeList>;
