/**
 * Tickets joining or leaving a service's queue (issued, transferred in, cancelled) for the consoles
 * of the counters serving it, which keep their waiting lists from this and `ticket.called` instead
 * of reading them again. Public fields only. A rush is merged as the waiting counts are
 * (queue-broadcast.ts): one message, one stream write, per office every 100 ms, sent to every
 * counter that serves one of its tickets' services (each console takes what concerns it).
 */
import type { Ticket } from '../../shared/schemas/ticket.js';
import { lastChangeAt } from '../../shared/ticket-change.js';
import type { Context } from '../context.js';
import { publicTicket, type StoredTicket } from '../tickets/ticket-view.js';
import type { IoServer } from './event-relay.js';
import { QueueBroadcast } from './queue-broadcast.js';
import { rooms } from './rooms.js';

export function waitingRelay(ctx: Context, io: IoServer): QueueBroadcast<{ id: string; ticket: Ticket }> {
  return new QueueBroadcast((office, items) => {
    ctx.offices
      .get(office)
      .then(({ config }) => {
        const services = new Set(items.map((i) => i.ticket.serviceId));
        const serving = config.counters.filter((c) => c.services.some((s) => services.has(s))).map((c) => rooms.counter(office, c.id));
        const changes = items.map(({ ticket }) => ({ ticket: publicTicket(ticket as StoredTicket), at: lastChangeAt(ticket) }));
        if (serving.length) io.to(serving).emit('waiting.changed', { office, changes });
      })
      .catch((err) => ctx.log.warn({ err }, 'waiting.changed relay failed'));
  });
}
