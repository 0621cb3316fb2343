/**
 * Tickets joining or leaving a service's queue (issued, transferred in, cancelled) for the consoles
 * of the counters serving it, which keep their waiting lists from this and `ticket.called` instead
 * of reading them again. Each counter hears only of its services (public fields); counters with the
 * same news share one message, and a rush is merged as the waiting counts are (queue-broadcast.ts).
 */
import type { WaitingChange } from '../../shared/events.js';
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
        const news = new Map<string, { to: string[]; changes: WaitingChange['changes'] }>();
        for (const c of config.counters) {
          const mine = items.filter((i) => c.services.includes(i.ticket.serviceId));
          if (!mine.length) continue;
          const key = mine.map((i) => i.id).join(' ');
          const same = news.get(key) ?? { to: [], changes: mine.map(({ ticket }) => ({ ticket: publicTicket(ticket as StoredTicket), at: lastChangeAt(ticket) })) };
          same.to.push(rooms.counter(office, c.id));
          news.set(key, same);
        }
        for (const { to, changes } of news.values()) io.to(to).emit('waiting.changed', { office, changes });
      })
      .catch((err) => ctx.log.warn({ err }, 'waiting.changed relay failed'));
  });
}
