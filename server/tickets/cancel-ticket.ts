/** Cancelling a waiting ticket: by the citizen (with the ticket's token) or by staff. */
import type { Ticket } from '../../shared/schemas/ticket.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { runOfficeScript } from './office-script.js';
import { loadTicket } from './ticket-reader.js';
import { citizenTicket } from './ticket-view.js';

export async function cancelTicket(ctx: Context, ticketId: string, by: { token?: string; staff?: string }): Promise<Ticket> {
  const parts = parseTicketId(ticketId);
  if (!parts) throw notFound('ticket');
  const { office, date, number } = parts;
  const reply = await runOfficeScript(ctx, office, async () => {
    const t = await loadTicket(ctx, ticketId);
    if (!t || (by.token !== undefined && t.token !== by.token)) throw notFound('ticket');
    return scripts.cancelTicket.with(
      {
        tickets: keys.tickets(office, date),
        aggregates: keys.aggregates(office, date),
        monthAggregates: keys.monthAggregatesOfDay(office, date),
        events: keys.events(office),
        priorityQueue: keys.queue(office, date, t.serviceId, true),
        normalQueue: keys.queue(office, date, t.serviceId, false),
      },
      { office, date, number, token: by.token, now: ctx.clock(), streamMaxLen: ctx.streamMaxLen, serviceId: t.serviceId, by: by.staff ?? 'citizen' },
    );
  });
  const ticket = citizenTicket(reply.ticket);
  ctx.events.emit('ticket.updated', { office: parts.office, ticket });
  ctx.events.emit('queue.changed', { office: parts.office, services: [{ id: reply.ticket.serviceId, waiting: reply.waiting }] });
  return ticket;
}
