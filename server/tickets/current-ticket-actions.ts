/** Actions on the ticket a counter holds: recall, start serving, complete, no-show, transfer. */
import { randomUUID } from 'node:crypto';
import type { CallEvent } from '../../shared/events.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { officeDate } from '../../shared/office-time.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { Context } from '../context.js';
import { AppError, invalid } from '../http/app-error.js';
import { keys } from '../redis/keys.js';
import { assertMayUseCounter } from './counter-actions.js';
import { counterConfig } from './counter-state.js';
import { runOfficeScript, type Attempt } from './office-script.js';
import { officerTicket, type StoredTicket } from './ticket-view.js';

export interface Dossier {
  code: string;
  dueDate: string;
  title?: string;
}

/** The keys and arguments every held-ticket script starts with (see lib.lua heldTicket). */
function heldPrologue(ctx: Context, officeId: string, counterId: string, user: SessionUser, attempt: Attempt) {
  const day = attempt.heldDate ?? officeDate(ctx.clock(), attempt.office.config.timeZone);
  return {
    day,
    keys: [keys.counters(officeId), keys.tickets(officeId, day), keys.aggregates(officeId, day), keys.events(officeId)],
    args: [counterId, user.username, ctx.clock(), day, ctx.streamMaxLen] as (string | number)[],
  };
}

export async function recallTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript<{ ticket: StoredTicket; call: CallEvent }>(ctx, officeId, 'recallTicket', (attempt) => {
    const p = heldPrologue(ctx, officeId, counterId, user, attempt);
    const counter = counterConfig(attempt.office.config, counterId);
    const today = officeDate(ctx.clock(), attempt.office.config.timeZone);
    return { keys: [...p.keys, keys.recentCalls(officeId, today)], args: [...p.args, randomUUID(), officeId, counter.number, counter.name] };
  });
  const ticket = officerTicket(reply.ticket);
  ctx.events.emit('ticket.recalled', { office: officeId, call: reply.call, ticket });
  return ticket;
}

export async function startService(ctx: Context, officeId: string, counterId: string, user: SessionUser): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript<{ ticket: StoredTicket }>(ctx, officeId, 'startService', (attempt) => heldPrologue(ctx, officeId, counterId, user, attempt));
  return announce(ctx, officeId, counterId, reply.ticket);
}

export async function completeTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser, dossier?: Dossier): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript<{ ticket: StoredTicket }>(ctx, officeId, 'completeTicket', (attempt) => {
    const p = heldPrologue(ctx, officeId, counterId, user, attempt);
    if (dossier && dossier.dueDate < p.day) throw invalid('dossier.dueDate', 'the result date cannot be before today');
    const dossierJson = dossier ? JSON.stringify({ id: dossier.code, code: dossier.code, dueDate: dossier.dueDate, ...(dossier.title ? { title: dossier.title } : {}) }) : '';
    return { keys: [...p.keys, keys.serviceStats(officeId), keys.dossiers(officeId)], args: [...p.args, dossierJson] };
  });
  return announce(ctx, officeId, counterId, reply.ticket);
}

export async function markNoShow(ctx: Context, officeId: string, counterId: string, user: SessionUser): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript<{ ticket: StoredTicket }>(ctx, officeId, 'markNoShow', (attempt) => heldPrologue(ctx, officeId, counterId, user, attempt));
  return announce(ctx, officeId, counterId, reply.ticket);
}

export async function transferTicket(ctx: Context, officeId: string, counterId: string, user: SessionUser, serviceId: string): Promise<Ticket> {
  assertMayUseCounter(user, officeId, counterId);
  const reply = await runOfficeScript<{ ticket: StoredTicket; waiting: number }>(ctx, officeId, 'transferTicket', (attempt) => {
    if (!attempt.office.config.services.some((s) => s.id === serviceId)) throw new AppError(404, 'not_found', `service ${serviceId} not found`);
    const p = heldPrologue(ctx, officeId, counterId, user, attempt);
    // an earlier day's queues are closed (or will be, unseen by the day close): finish it instead
    if (p.day !== officeDate(ctx.clock(), attempt.office.config.timeZone)) {
      throw new AppError(409, 'wrong_status', 'a ticket from an earlier day cannot be transferred: complete it and issue a new one');
    }
    return {
      keys: [...p.keys, keys.queue(officeId, p.day, serviceId, true), keys.queue(officeId, p.day, serviceId, false)],
      args: [...p.args, serviceId],
    };
  });
  ctx.events.emit('queue.changed', { office: officeId, services: [{ id: serviceId, waiting: reply.waiting }] });
  return announce(ctx, officeId, counterId, reply.ticket);
}

function announce(ctx: Context, officeId: string, counterId: string, stored: StoredTicket): Ticket {
  const ticket = officerTicket(stored);
  ctx.events.emit('ticket.updated', { office: officeId, ticket, counterId });
  ctx.events.emit('counter.changed', { office: officeId, counterId });
  return ticket;
}
