/** Kiosks, boards, phones; a kiosk's printer and a counter's rating tablet. */
import { z } from 'zod';
import { CounterParams, OfficeParams, TicketParams } from '../../../shared/schemas/common.js';
import { ComplaintBody, RatingBody, TabletRatingBody } from '../../../shared/schemas/feedback.js';
import { BoardSnapshot, PublicOffice } from '../../../shared/schemas/office-responses.js';
import { PushFollowBody } from '../../../shared/schemas/push-subscription.js';
import { IssueTicketBody, TicketQuery, TokenBody } from '../../../shared/schemas/ticket.js';
import { Complaint, Rating, Ticket } from '../../../shared/schemas/ticket-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import { KioskParams, PrintBody } from '../routes/kiosk-routes.js';
import { complaintExample, ratingExample, TICKET_ID, ticketExample, TOKEN } from './examples.js';
import type { RouteDoc } from './route-doc.js';

const TicketAnswer = z.object({ ticket: Ticket });
const RatingAnswer = z.object({ rating: Rating });

export const CITIZEN_DOCS = {
  'GET /offices/:office': {
    tag: 'Citizens',
    summary: 'The office as the kiosk shows it',
    description:
      "Services with whether they issue now (and why not), their line and the wait a ticket taken now would be told; counters, notices, the rating scale, the server's clock.",
    params: OfficeParams,
    rateLimited: true,
    responses: { 200: { description: 'the office', body: PublicOffice } },
  },
  'GET /offices/:office/board': {
    tag: 'Citizens',
    summary: "A hall board's snapshot",
    description: 'Counters with the ticket each called, the last calls, the lines. Boards then follow the socket.io events.',
    params: OfficeParams,
    rateLimited: true,
    responses: { 200: { description: 'the board', body: BoardSnapshot } },
  },
  'POST /offices/:office/tickets': {
    tag: 'Citizens',
    summary: 'Take a ticket',
    description:
      "At the kiosk (a paired kiosk, `X-Device-Key`, where the office requires one). A repeated `idempotencyKey` from the same kiosk and address answers 200 with the same ticket. `cccd` is the raw text of a chip ID card's QR code, sent only after the citizen agreed on screen and only where the office scans them.",
    params: OfficeParams,
    body: IssueTicketBody,
    bodyExample: { serviceId: 'tu-phap', idempotencyKey: 'k1-7f3a9c2e', kiosk: 'kiosk-1' },
    rateLimited: true,
    errors: ['paired_kiosk_required', 'outside_hours', 'day_off', 'day_closed', 'limit_reached', 'service_closed'],
    responses: {
      201: { description: 'the new ticket, with its token', body: TicketAnswer, example: { ticket: ticketExample } },
      200: { description: 'the ticket an earlier request with the same `idempotencyKey` took', body: TicketAnswer },
    },
  },
  'GET /tickets/:id': {
    tag: 'Citizens',
    summary: "A ticket's status, with its token",
    description: 'Live `status`, `ahead` and `estimatedWaitMinutes` while it waits, `counterId` once called. A wrong token answers like a missing ticket.',
    params: TicketParams,
    query: TicketQuery,
    rateLimited: true,
    errors: ['not_found'],
    responses: { 200: { description: 'the ticket', body: TicketAnswer, example: { ticket: ticketExample } } },
  },
  'POST /tickets/:id/cancel': {
    tag: 'Citizens',
    summary: 'Cancel a waiting ticket',
    params: TicketParams,
    body: TokenBody,
    bodyExample: { token: TOKEN },
    rateLimited: true,
    errors: ['not_found', 'wrong_status'],
    responses: { 200: { description: 'the cancelled ticket', body: TicketAnswer } },
  },
  'POST /tickets/:id/rating': {
    tag: 'Citizens',
    summary: 'Rate a ticket',
    description:
      '`score` 4 Rất hài lòng, 3 Hài lòng, 2 Bình thường, 1 Không hài lòng; the nine official `criteria` (Circular 01/2018/TT-VPCP) 2 Rất hài lòng, 1 Hài lòng, 0 Không hài lòng. Only a finished ticket, once.',
    params: TicketParams,
    body: RatingBody,
    bodyExample: { token: TOKEN, score: 4, criteria: { attitude: 2, total_time: 1 }, comment: 'Cán bộ nhiệt tình', source: 'phone' },
    rateLimited: true,
    errors: ['not_found', 'already_rated', 'wrong_status'],
    responses: { 201: { description: 'the rating', body: RatingAnswer, example: { rating: ratingExample } } },
  },
  'POST /tickets/:id/push': {
    tag: 'Citizens',
    summary: 'Follow a ticket by Web Push',
    description:
      'The phone gives its `PushSubscription.toJSON()` (an https endpoint of a browser push service) and then receives "your turn is near" and "called to counter N" with the page closed. Only while the ticket waits or is called.',
    params: TicketParams,
    body: PushFollowBody,
    rateLimited: true,
    errors: ['not_found', 'wrong_status'],
    responses: { 204: { description: 'subscribed' } },
  },
  'GET /push/key': {
    tag: 'Citizens',
    summary: "The deployment's VAPID public key",
    description: '`applicationServerKey` of the Web Push subscription. 404 when the server sends no Web Push.',
    rateLimited: true,
    errors: ['not_found'],
    responses: { 200: { description: 'the key (base64url)', body: z.object({ key: z.string() }) } },
  },
  'POST /offices/:office/complaints': {
    tag: 'Citizens',
    summary: 'File a complaint',
    description: 'Topics `waiting_time`, `attitude`, `procedure`, `facilities`, `fees`, `other`. A complaint about a ticket names it with its token.',
    params: OfficeParams,
    body: ComplaintBody,
    bodyExample: { topic: 'waiting_time', message: 'Chờ quá lâu', ticketId: TICKET_ID, token: TOKEN, source: 'phone' },
    rateLimited: true,
    responses: {
      201: {
        description: 'the complaint, with the date it must be answered by',
        body: z.object({ complaint: Complaint.pick({ id: true, status: true, createdAt: true, dueAt: true }) }),
        example: { complaint: { id: complaintExample.id, status: 'new', createdAt: complaintExample.createdAt, dueAt: complaintExample.dueAt } },
      },
    },
  },
  'GET /offices/:office/kiosks/:kiosk': {
    tag: 'Kiosks and tablets',
    summary: "A kiosk's printer setting",
    description: "Whether the server prints this kiosk's tickets on a network ESC/POS printer; an unknown kiosk id prints through its browser.",
    params: KioskParams,
    rateLimited: true,
    responses: { 200: { description: 'the kiosk', body: z.object({ kiosk: z.object({ id: z.string(), name: z.string(), networkPrinter: z.boolean() }) }) } },
  },
  'POST /offices/:office/kiosks/:kiosk/print': {
    tag: 'Kiosks and tablets',
    summary: 'Print a ticket on the network printer',
    description: "409 when the kiosk has no printer (or the server no PUBLIC_URL for the slip's QR code); 503 when the printer does not answer.",
    params: KioskParams,
    body: PrintBody,
    rateLimited: true,
    errors: ['conflict', 'unavailable'],
    responses: { 200: { description: 'printed', body: z.object({ printed: z.object({ bytes: z.number() }) }) } },
  },
  'POST /offices/:office/counters/:counter/tablet-rating': {
    tag: 'Kiosks and tablets',
    summary: "Rate from the counter's paired tablet",
    description:
      'A ticket completed at that counter within the last 10 minutes, not rated yet. The tablet never sees a token: it is told which ticket by the `rating.requested` event.',
    params: CounterParams,
    body: TabletRatingBody,
    rateLimited: true,
    errors: ['conflict'],
    responses: { 201: { description: 'the rating, `source: tablet`', body: RatingAnswer } },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
