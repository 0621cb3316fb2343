/** Issuing a ticket at a kiosk: the rules that depend on the clock, then one atomic script. */
import { addDays, officeClock } from '../../shared/office-time.js';
import type { IssueTicketBody, Ticket } from '../../shared/schemas/ticket.js';
import type { DeviceIdentity } from '../access/audiences.js';
import type { Context } from '../context.js';
import { DomainError, invalid } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import type { RateBudget } from '../redis/script-calls/consume-rate-limit.js';
import type { IssueTicketArgs } from '../redis/script-calls/issue-ticket.js';
import type { StoredBooking } from '../bookings/stored-booking.js';
import { loadBooking } from '../bookings/booking-reader.js';
import { identityFromCccd } from './cccd.js';
import { estimateWait } from '../../shared/wait-estimate.js';
import { closedReason, CLOSED_MESSAGE } from './issuing-rules.js';
import { runOfficeScript } from './office-script.js';
import { loadTicket } from './ticket-reader.js';
import { newTicketToken } from './ticket-token.js';
import { citizenTicket } from './ticket-view.js';

/**
 * Who asks for the ticket: a client in the hall (the address it connects from, with the paired
 * device it presented, if any), a verified phone taking a remote number (its hash), or the server
 * itself (the simulator, benchmarks). Every caller says which, so a new route cannot skip the
 * office's paired-kiosk rule by forgetting it.
 */
export type Issuer = { device: DeviceIdentity | undefined; address: string } | { phoneHash: string } | 'internal';

/**
 * An idempotency key answers only the client that used it: the same key sent by anyone else is a
 * new request, never a way to read another kiosk's ticket and token. A paired kiosk is its device;
 * an unpaired one's kiosk id is only a claim, so its scope is the kiosk id and the address together.
 */
export function idempotencyField(body: Pick<IssueTicketBody, 'idempotencyKey' | 'kiosk'>, issuer: Issuer): string {
  if (!body.idempotencyKey) return '';
  if (issuer === 'internal') return `internal|${body.idempotencyKey}`;
  if ('phoneHash' in issuer) return `phone:${issuer.phoneHash}|${body.idempotencyKey}`;
  const scope = issuer.device ? `device:${issuer.device.id}` : `${body.kiosk ?? '-'}@${issuer.address}`;
  return `${scope}|${body.idempotencyKey}`;
}

export interface IssueResult {
  ticket: Ticket;
  created: boolean;
  /** the remote number's booking, or the appointment just checked in */
  booking?: StoredBooking;
}

/** A ticket that comes from a booking (server/bookings/*): a remote number (drawn again on a retry) or a check-in. */
export interface BookingPart {
  remote?: () => NonNullable<IssueTicketArgs['remote']>;
  checkIn?: NonNullable<IssueTicketArgs['checkIn']>;
}

/** `budget`: the client's issue rate limit, counted by the script (server/http/rate-limits.ts); none for the server's own tickets. */
export async function issueTicket(
  ctx: Context,
  officeId: string,
  body: IssueTicketBody,
  issuer: Issuer,
  budget?: RateBudget,
  booking?: BookingPart,
): Promise<IssueResult> {
  const now = ctx.clock();
  const token = newTicketToken();
  const hall = issuer !== 'internal' && 'address' in issuer ? issuer : undefined;
  const kiosk = hall?.device?.kind === 'kiosk' && hall.device.office === officeId ? hall.device : undefined;
  let identity: IssueTicketArgs['identity'];
  const reply = await runOfficeScript(ctx, officeId, ({ office }) => {
    const config = office.config;
    if (hall && config.requirePairedKiosks && !kiosk) {
      throw new DomainError('paired_kiosk_required', 'this office issues tickets only at its paired kiosks');
    }
    const service = config.services.find((s) => s.id === body.serviceId);
    if (!service) throw new DomainError('not_found', `service ${body.serviceId} not found`);
    const reason = closedReason(config, service, now);
    // an appointment checks in before its slot even when that is before the service's issuing hours
    if (reason && !(reason === 'outside_hours' && booking?.checkIn)) throw new DomainError(reason, CLOSED_MESSAGE[reason]);
    if (body.priority && !config.priority.categories.some((c) => c.id === body.priority)) {
      throw invalid('priority', `unknown category ${body.priority}`);
    }
    if (body.cccd && !identity) {
      if (!config.cccdEnabled) throw invalid('cccd', 'this office does not take ID cards at the kiosk');
      identity = identityFromCccd(body.cccd, ctx.identitySalt);
    }
    const clock = officeClock(now, config.timeZone);
    const date = clock.date;
    const counterIds = config.counters.filter((c) => c.services.includes(service.id)).map((c) => c.id);
    return scripts.issueTicket.with(
      {
        config: keys.config(officeId),
        sequences: keys.sequences(officeId, date),
        tickets: keys.tickets(officeId, date),
        normalQueue: keys.queue(officeId, date, service.id, false),
        priorityQueue: keys.queue(officeId, date, service.id, true),
        aggregates: keys.aggregates(officeId, date),
        monthAggregates: keys.monthAggregatesOfDay(officeId, date),
        idempotency: keys.idempotency(officeId, date),
        previousIdempotency: keys.idempotency(officeId, addDays(date, -1)),
        events: keys.events(officeId),
        days: keys.days(officeId),
        counters: keys.counters(officeId),
        serviceStats: keys.serviceStats(officeId),
        issueBudget: budget?.key ?? keys.rateLimit('issue', 'internal', officeId), // never counted without perMinute
        closedDays: keys.closedDays(officeId),
        otp: keys.otp(officeId, issuer !== 'internal' && 'phoneHash' in issuer ? issuer.phoneHash : 'none'),
        bookings: keys.bookings(officeId),
        bookingCodes: keys.bookingCodes(officeId),
        bookingCaps: keys.bookingCaps(officeId, date),
        dayBookings: keys.dayBookings(officeId, date),
      },
      {
        version: office.version,
        office: officeId,
        date,
        serviceId: service.id,
        prefix: service.prefix,
        dailyLimit: service.dailyLimit,
        priorityCategory: body.priority,
        idempotency: idempotencyField(body, issuer) || undefined,
        now,
        token,
        hour: String(clock.hour).padStart(2, '0'),
        kiosk: kiosk?.id ?? body.kiosk,
        identity,
        streamMaxLen: ctx.streamMaxLen,
        dateScore: Number(date.replaceAll('-', '')),
        counterIds,
        perMinute: budget?.perMinute,
        remote: booking?.remote?.(),
        checkIn: booking?.checkIn,
      },
    );
  });

  if (reply.replay !== undefined) {
    const earlier = await loadTicket(ctx, reply.replay);
    if (!earlier) throw new DomainError('unavailable', 'the earlier ticket for this request could not be read; try again');
    const earlierBooking = earlier.bookingId ? await loadBooking(ctx, officeId, earlier.bookingId) : undefined;
    return { ticket: citizenTicket(earlier), created: false, ...(earlierBooking ? { booking: earlierBooking } : {}) };
  }
  const { config } = await ctx.offices.get(officeId);
  const ticket = reply.ticket;
  const service = config.services.find((s) => s.id === ticket.serviceId);
  const estimatedWaitMinutes =
    ticket.status === 'waiting'
      ? estimateWait({
          ahead: reply.ahead,
          recentServiceSeconds: reply.avgServiceSeconds,
          configuredMinutes: service?.avgServiceMinutes ?? 8,
          openCounters: reply.openCounters,
        })
      : 0;
  const view = citizenTicket(ticket, { ahead: ticket.status === 'waiting' ? reply.ahead : 0, estimatedWaitMinutes });
  if (reply.created) {
    ctx.events.emit('ticket.issued', { office: officeId, ticket: view, waiting: reply.waiting });
    const behindEveryone = !ticket.priority && !ticket.slotAt;
    ctx.events.emit('queue.changed', { office: officeId, services: [{ id: ticket.serviceId, waiting: reply.waiting }], behindEveryone });
  }
  return { ticket: view, created: reply.created, ...(reply.booking ? { booking: reply.booking } : {}) };
}
