/** Cancelling a waiting ticket: by the citizen (with the ticket's token) or by staff. */
import type { Ticket } from '../../shared/schemas/ticket.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { notFound } from '../http/app-error.js';
import { keys } from '../redis/keys.js';
import { runOfficeScript } from './office-script.js';
import { loadTicket } from './ticket-reader.js';
import { citizenTicket, type StoredTicket } from './ticket-view.js';

export async function cancelTicket(ctx: Context, ticketId: string, by: { token?: string; staff?: string }): Promise<Ticket> {
  const parts = parseTicketId(ticketId);
  if (!parts) throw notFound('ticket');
  const reply = await runOfficeScript<{ ticket: StoredTicket; waiting: number }>(ctx, parts.office, 'cancelTicket', async () => {
      const t = await loadTicket(ctx, ticketId);
      if (!t || (by.token !== undefined && t.token !== by.token)) throw notFound('ticket');
      return {
        keys: [
          keys.tickets(parts.office, parts.date), keys.aggregates(parts.office, parts.date), keys.events(parts.office),
          keys.queue(parts.office, parts.date, t.serviceId, true), keys.queue(parts.office, parts.date, t.serviceId, false),
        ],
        args: [parts.number, by.token ?? '', ctx.clock(), ctx.streamMaxLen, t.serviceId, by.staff ?? 'citizen'],
      };
  });
  const ticket = citizenTicket(reply.ticket);
  ctx.events.emit('ticket.updated', { office: parts.office, ticket });
  ctx.events.emit('queue.changed', { office: parts.office, services: [{ id: reply.ticket.serviceId, waiting: reply.waiting }] });
  return ticket;
}
