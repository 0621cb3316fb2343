/**
 * What a webhook says of each domain event: its type, its subject (deliveries about one subject
 * reach a receiver in order) and its `data`. Every field is chosen here, never passed through, so
 * nothing leaves that the office's own staff may not see, and less than they may: no ticket or
 * booking token, no booking code, no phone number, no identity data, no complainant's contact.
 */
import type { WebhookEvent } from '../../shared/schemas/webhooks.js';
import type { Complaint, Rating } from '../../shared/schemas/feedback.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { StoredBooking } from '../bookings/stored-booking.js';
import type { DomainEvents } from '../domain-events.js';

export interface WebhookEventData {
  type: WebhookEvent;
  /** `ticket.<id>`, `complaint.<id>`, `booking.<id>`, `day.<date>`: the unit of ordering */
  subject: string;
  occurredAt: number;
  data: Record<string, unknown>;
}

/** Keeps the fields that are set. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function ticketData(t: Ticket) {
  return defined({
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    status: t.status,
    date: t.date,
    priority: t.priority,
    priorityCategory: t.priorityCategory,
    source: t.source,
    bookingId: t.bookingId,
    kiosk: t.kiosk,
    issuedAt: t.issuedAt,
    calledAt: t.calledAt,
    firstCalledAt: t.firstCalledAt,
    servedAt: t.servedAt,
    doneAt: t.doneAt,
    counterId: t.counterId,
    officer: t.officer,
    recalls: t.recalls,
    transfers: t.transfers,
  });
}

function ratingData(r: Rating) {
  return defined({
    ticketId: r.ticketId,
    score: r.score,
    criteria: r.criteria,
    chips: r.chips,
    comment: r.comment,
    serviceId: r.serviceId,
    counterId: r.counterId,
    officer: r.officer,
    source: r.source,
    at: r.at,
  });
}

function complaintData(c: Complaint) {
  return defined({
    id: c.id,
    topic: c.topic,
    message: c.message,
    ticketId: c.ticketId,
    serviceId: c.serviceId,
    counterId: c.counterId,
    officer: c.officer,
    source: c.source,
    status: c.status,
    createdAt: c.createdAt,
    dueAt: c.dueAt,
    assignee: c.assignee,
    response: c.response,
    respondedAt: c.respondedAt,
    resolvedAt: c.resolvedAt,
    /** the citizen left a way to be answered (what it is stays with the office) */
    hasContact: Boolean(c.contactName || c.contactPhone || c.contactEmail),
  });
}

function bookingData(b: StoredBooking) {
  return defined({
    id: b.id,
    kind: b.kind,
    status: b.status,
    serviceId: b.serviceId,
    date: b.date,
    slotStart: b.slotStart,
    slotAt: b.slotAt,
    checkInBy: b.checkInBy,
    priorityCategory: b.priorityCategory,
    createdAt: b.createdAt,
    ticketId: b.ticketId,
    cancelledAt: b.cancelledAt,
    checkedInAt: b.checkedInAt,
  });
}

const ticketSubject = (id: string) => `ticket.${id}`;

/** The webhook events of each domain event a receiver may hear of; `now` is the event's time when it carries none. */
export const webhookEvents = {
  ticketIssued: ({ ticket, waiting }: DomainEvents['ticket.issued']): WebhookEventData => ({
    type: 'ticket.issued',
    subject: ticketSubject(ticket.id),
    occurredAt: ticket.issuedAt,
    data: { ticket: ticketData(ticket), waiting },
  }),
  ticketCalled: ({ ticket, call }: DomainEvents['ticket.called']): WebhookEventData => ({
    type: 'ticket.called',
    subject: ticketSubject(ticket.id),
    occurredAt: call.at,
    data: { ticket: ticketData(ticket), counter: { id: call.counterId, number: call.counterNumber, name: call.counterName } },
  }),
  /** a ticket done or absent; its other changes (transfers, the day's close) are not webhook events */
  ticketUpdated: ({ ticket }: DomainEvents['ticket.updated'], now: number): WebhookEventData | undefined => {
    const type = ticket.status === 'done' ? 'ticket.completed' : ticket.status === 'no_show' ? 'ticket.no_show' : undefined;
    if (!type) return undefined;
    return { type, subject: ticketSubject(ticket.id), occurredAt: ticket.doneAt ?? now, data: { ticket: ticketData(ticket) } };
  },
  ratingReceived: ({ rating }: DomainEvents['rating.received']): WebhookEventData => ({
    type: 'rating.received',
    subject: ticketSubject(rating.ticketId),
    occurredAt: rating.at,
    data: { rating: ratingData(rating) },
  }),
  complaintReceived: ({ complaint }: DomainEvents['complaint.received']): WebhookEventData => ({
    type: 'complaint.filed',
    subject: `complaint.${complaint.id}`,
    occurredAt: complaint.createdAt,
    data: { complaint: complaintData(complaint) },
  }),
  /** the office answered (assignments and closings without an answer are not webhook events) */
  complaintUpdated: ({ complaint, action }: DomainEvents['complaint.updated'], now: number): WebhookEventData | undefined =>
    action === 'respond'
      ? {
          type: 'complaint.answered',
          subject: `complaint.${complaint.id}`,
          occurredAt: complaint.respondedAt ?? now,
          data: { complaint: complaintData(complaint) },
        }
      : undefined,
  complaintOverdue: ({ complaint }: DomainEvents['complaint.overdue'], now: number): WebhookEventData => ({
    type: 'complaint.overdue',
    subject: `complaint.${complaint.id}`,
    occurredAt: now,
    data: { complaint: complaintData(complaint) },
  }),
  bookingCreated: ({ booking }: DomainEvents['booking.created']): WebhookEventData => ({
    type: 'booking.made',
    subject: `booking.${booking.id}`,
    occurredAt: booking.createdAt,
    data: { booking: bookingData(booking) },
  }),
  bookingCancelled: ({ booking }: DomainEvents['booking.cancelled'], now: number): WebhookEventData => ({
    type: 'booking.cancelled',
    subject: `booking.${booking.id}`,
    occurredAt: booking.cancelledAt ?? now,
    data: { booking: bookingData(booking) },
  }),
  bookingCheckedIn: ({ booking }: DomainEvents['booking.checkedIn'], now: number): WebhookEventData => ({
    type: 'booking.checked_in',
    subject: `booking.${booking.id}`,
    occurredAt: booking.checkedInAt ?? now,
    data: { booking: bookingData(booking) },
  }),
  dayClosed: ({ date, figures }: DomainEvents['day.closed'], now: number): WebhookEventData => ({
    type: 'day.closed',
    subject: `day.${date}`,
    occurredAt: now,
    data: { date, figures },
  }),
};
