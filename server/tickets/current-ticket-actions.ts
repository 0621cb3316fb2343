/** Actions on the ticket a counter holds: recall, start serving, complete, no-show, transfer. */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { officeDate } from '../../shared/office-time.js';
import type { DeskDossier } from '../../shared/schemas/dossiers.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { Context } from '../context.js';
import { DomainError, invalid } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import type { HeldTicketArgs } from '../redis/script-calls/held-ticket.js';
import { assertMayUseCounter } from './counter-actions.js';
import { ratingRequest } from '../feedback/tablet-rating.js';
import { counterConfig, counterView, type StoredCounter } from './counter-state.js';
import { runOfficeScript, type Attempt } from './office-script.js';
import { officerTicket, type StoredTicket } from './ticket-view.js';

/** The arguments every held-ticket script starts with (includes/argument-checks.lua heldArgs), and their day. */
function held(ctx: Context, officeId: string, counterId: string, user: SessionUser, attempt: Attempt) {
  const date = attempt.heldDate ?? officeDate(ctx.clock(), attempt.office.config.timeZone);
  const args: HeldTicketArgs = { office: officeId, counterId, officer: user.username, now: ctx.clock(), date, streamMaxLen: ctx.streamMaxLen };
  return { date, args };
}

/** The keys of the held ticket's day. */
function dayKeys(officeId: string, date: string) {
  return { tickets: keys.tickets(officeId, date), aggregates: keys.aggregates(officeId, date), monthAggregates: keys.monthAggregatesOfDay(officeId, date) };
}

export async function recallTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript(ctx, officeId, (attempt) => {
    const { date, args } = held(ctx, officeId, counterId, user, attempt);
    const counter = counterConfig(attempt.office.config, counterId);
    const today = officeDate(ctx.clock(), attempt.office.config.timeZone);
    return scripts.recallTicket.with(
      { counters: keys.counters(officeId), ...dayKeys(officeId, date), events: keys.events(officeId), recentCalls: keys.recentCalls(officeId, today) },
      { ...args, callId: randomUUID(), counterNumber: counter.number, counterName: counter.name },
    );
  });
  const ticket = officerTicket(reply.ticket);
  ctx.events.emit('ticket.recalled', { office: officeId, call: reply.call, ticket });
  return ticket;
}

export async function startService(ctx: Context, officeId: string, counterId: string, user: SessionUser): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript(ctx, officeId, (attempt) => {
    const { date, args } = held(ctx, officeId, counterId, user, attempt);
    return scripts.startService.with({ counters: keys.counters(officeId), tickets: keys.tickets(officeId, date), events: keys.events(officeId) }, args);
  });
  return announce(ctx, officeId, counterId, reply);
}

/** Completes the counter's ticket with the dossier codes it served (received at the desk when a result date comes with one). */
export async function completeTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser, dossiers: DeskDossier[] = []): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript(ctx, officeId, (attempt) => {
    const { date, args } = held(ctx, officeId, counterId, user, attempt);
    if (dossiers.some((d) => d.dueDate && d.dueDate < date)) throw invalid('dossiers.dueDate', 'the result date cannot be before today');
    return scripts.completeTicket.with(
      {
        counters: keys.counters(officeId),
        ...dayKeys(officeId, date),
        events: keys.events(officeId),
        serviceStats: keys.serviceStats(officeId),
        dossiers: keys.dossiers(officeId),
        tabletLast: keys.tabletLast(officeId),
      },
      { ...args, ...(dossiers.length ? { dossiers } : {}) },
    );
  });
  const ticket = await announce(ctx, officeId, counterId, reply);
  // the script recorded the ticket as the counter's last completed: its tablet asks for a rating
  ctx.events.emit('rating.requested', { office: officeId, request: ratingRequest(officeId, counterId, ticket) });
  return ticket;
}

export async function markNoShow(ctx: Context, officeId: string, counterId: string, user: SessionUser): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript(ctx, officeId, (attempt) => {
    const { date, args } = held(ctx, officeId, counterId, user, attempt);
    return scripts.markNoShow.with({ counters: keys.counters(officeId), ...dayKeys(officeId, date), events: keys.events(officeId) }, args);
  });
  return announce(ctx, officeId, counterId, reply);
}

export async function transferTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser, serviceId: string): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript(ctx, officeId, (attempt) => {
    if (!attempt.office.config.services.some((s) => s.id === serviceId)) throw new DomainError('not_found', `service ${serviceId} not found`);
    const { date, args } = held(ctx, officeId, counterId, user, attempt);
    // an earlier day's queues are closed (or will be, unseen by the day close): finish it instead
    if (date !== officeDate(ctx.clock(), attempt.office.config.timeZone)) {
      throw new DomainError('wrong_status', 'a ticket from an earlier day cannot be transferred: complete it and issue a new one');
    }
    return scripts.transferTicket.with(
      {
        counters: keys.counters(officeId),
        ...dayKeys(officeId, date),
        events: keys.events(officeId),
        priorityQueue: keys.queue(officeId, date, serviceId, true),
        normalQueue: keys.queue(officeId, date, serviceId, false),
      },
      { ...args, serviceId },
    );
  });
  ctx.events.emit('queue.changed', { office: officeId, services: [{ id: serviceId, waiting: reply.waiting }] });
  return announce(ctx, officeId, counterId, reply);
}

/** The ticket's and the counter's new state, as the script returned them, for the screens. */
async function announce(ctx: Context, officeId: string, counterId: string, reply: { ticket: StoredTicket; counter: StoredCounter }): Promise<Ticket> {
  const ticket = officerTicket(reply.ticket);
  const { config } = await ctx.offices.get(officeId);
  ctx.events.emit('ticket.updated', { office: officeId, ticket, counterId });
  ctx.events.emit('counter.changed', { office: officeId, counter: counterView(config, counterId, reply.counter, reply.ticket) });
  return ticket;
}
