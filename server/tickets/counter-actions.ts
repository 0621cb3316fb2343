/**
 * What an officer does at a counter. Each action is one atomic script; the domain function
 * checks who may act, builds the keys, and announces the committed change.
 */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { officeDate } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { Context } from '../context.js';
import { DomainError, forbidden, invalid } from '../domain-error.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { worksIn } from '../access/audiences.js';
import { ratingRequest } from '../feedback/tablet-rating.js';
import { counterConfig, counterView, type StoredCounter } from './counter-state.js';
import { runOfficeScript } from './office-script.js';
import { officerTicket } from './ticket-view.js';

export type CounterStateAction = 'open' | 'close' | 'pause' | 'resume';

/** Officers act on counters of their offices (and the counters they are allowed); admins on any. */
export function assertMayUseCounter(user: SessionUser, officeId: string, counterId: string): void {
  if (!worksIn(user, officeId)) throw forbidden('you do not work in this office');
  if (user.role === 'chairman') throw forbidden('only officers call citizens');
  if (user.role === 'officer' && user.counters.length > 0 && !user.counters.includes(counterId)) {
    throw forbidden(`you may not use counter ${counterId}`);
  }
}

export async function setCounterState(
  ctx: Context,
  officeId: string,
  counterId: string,
  user: SessionUser,
  action: CounterStateAction,
): Promise<StoredCounter> {
  assertMayUseCounter(user, officeId, counterId);
  let config!: OfficeConfig;
  const reply = await runOfficeScript(ctx, officeId, ({ office, heldDate }) => {
    config = office.config;
    counterConfig(config, counterId);
    const date = heldDate ?? officeDate(ctx.clock(), config.timeZone);
    return scripts.setCounterState.with(
      { counters: keys.counters(officeId), tickets: keys.tickets(officeId, date), events: keys.events(officeId) },
      {
        office: officeId,
        date,
        counterId,
        action,
        officer: user.username,
        officerName: user.name,
        now: ctx.clock(),
        streamMaxLen: ctx.streamMaxLen,
        force: user.role === 'admin',
      },
    );
  });
  // opened or closed over another officer's head: that officer's console must leave the counter now
  if (reply.takenFrom && (action === 'open' || action === 'close'))
    ctx.events.emit('counter.takenOver', { office: officeId, counterId, from: reply.takenFrom, by: user.username, byName: user.name, action });
  ctx.events.emit('counter.changed', { office: officeId, counter: counterView(config, counterId, reply.counter, reply.ticket ?? null) });
  return reply.counter;
}

export interface CallResult {
  ticket: Ticket | null;
  finished: Ticket | null;
}

/** Call-next (ticketId undefined) or call a chosen waiting ticket; either finishes the current one. */
export async function callTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser, pickTicketId?: string): Promise<CallResult> {
  assertMayUseCounter(user, officeId, counterId);
  const picked = pickTicketId ? parseTicketId(pickTicketId) : undefined;
  if (pickTicketId && picked?.office !== officeId) throw invalid('ticketId', 'a ticket of this office is required');
  const pickNumber = picked?.number;
  const now = ctx.clock();
  const callId = randomUUID();
  let config!: OfficeConfig;
  const reply = await runOfficeScript(ctx, officeId, ({ office, heldDate }) => {
    config = office.config;
    const counter = counterConfig(config, counterId);
    const today = officeDate(now, config.timeZone);
    if (picked && picked.date !== today) throw new DomainError('wrong_status', 'that ticket is not waiting: it was issued on another day');
    const held = heldDate ?? today;
    const targets = Object.fromEntries(config.services.map((s) => [s.id, s.targetWaitMinutes * 60]));
    return scripts.callTicket.with(
      {
        config: keys.config(officeId),
        counters: keys.counters(officeId),
        tickets: keys.tickets(officeId, today),
        aggregates: keys.aggregates(officeId, today),
        monthAggregates: keys.monthAggregatesOfDay(officeId, today),
        events: keys.events(officeId),
        recentCalls: keys.recentCalls(officeId, today),
        heldTickets: keys.tickets(officeId, held),
        heldAggregates: keys.aggregates(officeId, held),
        heldMonthAggregates: keys.monthAggregatesOfDay(officeId, held),
        serviceStats: keys.serviceStats(officeId),
        tabletLast: keys.tabletLast(officeId),
        queues: counter.services.map((s) => ({ priority: keys.queue(officeId, today, s, true), normal: keys.queue(officeId, today, s, false) })),
      },
      {
        version: office.version,
        office: officeId,
        counterId,
        officer: user.username,
        now,
        pick: pickNumber,
        priorityMode: config.priority.mode,
        priorityEvery: config.priority.every,
        heldDate: held,
        streamMaxLen: ctx.streamMaxLen,
        counterNumber: counter.number,
        counterName: counter.name,
        targets,
        callId,
        today,
        services: counter.services,
      },
    );
  });
  if (reply.finished) ctx.events.emit('ticket.updated', { office: officeId, ticket: officerTicket(reply.finished) });
  if (reply.ticket && reply.call) ctx.events.emit('ticket.called', { office: officeId, call: reply.call, ticket: officerTicket(reply.ticket) });
  ctx.events.emit('queue.changed', { office: officeId, services: Object.entries(reply.waiting).map(([id, waiting]) => ({ id, waiting })) });
  ctx.events.emit('counter.changed', { office: officeId, counter: counterView(config, counterId, reply.counter, reply.ticket ?? null) });
  // "call next" finished the ticket the counter held: its tablet asks for a rating (the script recorded the question)
  if (reply.finished?.status === 'done') ctx.events.emit('rating.requested', { office: officeId, request: ratingRequest(officeId, counterId, reply.finished) });
  return { ticket: reply.ticket ? officerTicket(reply.ticket) : null, finished: reply.finished ? officerTicket(reply.finished) : null };
}
