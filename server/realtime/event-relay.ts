/**
 * Turns committed domain changes into socket.io events for the right rooms. The socket.io Redis
 * streams adapter carries each emit to every server process, so a call made through one process
 * reaches a board connected to another.
 */
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { Context } from '../context.js';
import { readCounter } from '../tickets/counter-state.js';
import { publicTicket, type StoredTicket } from '../tickets/ticket-view.js';
import { QueueBroadcast } from './queue-broadcast.js';
import { rooms } from './rooms.js';
import { waitingRelay } from './waiting-relay.js';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;

export function relayDomainEvents(ctx: Context, io: IoServer): () => void {
  const queues = new QueueBroadcast((office, services) => io.to([rooms.public(office), rooms.staff(office)]).emit('queue.changed', { office, services }));
  const waiting = waitingRelay(ctx, io);
  const toServingCounters = (office: string, ticket: Ticket) => waiting.change(office, [{ id: ticket.id, ticket }]);
  const offs = [
    ctx.events.on('ticket.called', ({ office, call, ticket }) => {
      io.to([rooms.public(office), rooms.staff(office), rooms.ticket(ticket.id)]).emit('ticket.called', call);
      io.to(rooms.ticket(ticket.id)).emit('ticket.updated', publicTicket(ticket as StoredTicket));
      if (ticket.counterId) io.to(rooms.counter(office, ticket.counterId)).emit('ticket.updated', ticket);
    }),
    ctx.events.on('ticket.recalled', ({ office, call, ticket }) => {
      io.to([rooms.public(office), rooms.staff(office), rooms.ticket(ticket.id)]).emit('ticket.recalled', call);
    }),
    ctx.events.on('ticket.issued', ({ office, ticket }) => {
      if (ticket.status === 'waiting') toServingCounters(office, ticket);
    }),
    ctx.events.on('ticket.updated', ({ office, ticket, counterId }) => {
      io.to(rooms.ticket(ticket.id)).emit('ticket.updated', publicTicket(ticket as StoredTicket));
      // a transferred ticket no longer names the counter it left, whose consoles must still hear of it
      const heldAt = ticket.counterId ?? counterId;
      if (heldAt) io.to(rooms.counter(office, heldAt)).emit('ticket.updated', ticket);
      if ((ticket.status === 'waiting' || ticket.status === 'cancelled') && ticket.serviceId) toServingCounters(office, ticket);
    }),
    ctx.events.on('queue.changed', ({ office, services }) => queues.change(office, services)),
    ctx.events.on('counter.changed', ({ office, counterId }) => {
      void (async () => {
        const { config } = await ctx.offices.get(office);
        const { view } = await readCounter(ctx, office, config, counterId);
        io.to([rooms.public(office), rooms.staff(office)]).emit('counter.changed', view);
      })().catch((err) => ctx.log.warn({ err }, 'counter.changed relay failed'));
    }),
    // only the counter's own consoles: the officer who held it learns at once, not at its next refused action
    ctx.events.on('counter.takenOver', ({ office, counterId, from, by, byName, action }) => {
      io.to(rooms.counter(office, counterId)).emit('counter.takenOver', { office, counterId, from, by, byName, action, at: ctx.clock() });
    }),
    ctx.events.on('rating.received', ({ office, rating }) => {
      io.to(rooms.staff(office)).emit('rating.received', rating);
      if (rating.counterId) io.to(rooms.counter(office, rating.counterId)).emit('rating.received', rating);
    }),
    ctx.events.on('complaint.received', ({ office, complaint }) => {
      io.to(rooms.staff(office)).emit('complaint.received', complaint);
    }),
    ctx.events.on('office.changed', ({ office }) => {
      io.to([rooms.public(office), rooms.staff(office)]).emit('office.changed', { office });
    }),
    // through the adapter: a session's sockets may be connected to any process
    ctx.events.on('sessions.ended', ({ sessionIds }) => io.in(sessionIds.map(rooms.session)).disconnectSockets(true)),
    ctx.events.on('devices.revoked', ({ office, deviceIds }) => io.in(deviceIds.map((id) => rooms.device(office, id))).disconnectSockets(true)),
    ctx.events.on('alert', ({ office, kind, values, ref }) => {
      io.to(rooms.staff(office)).emit('alert', { office, kind, values, ref, at: ctx.clock() });
    }),
  ];
  return () => {
    offs.forEach((off) => off());
    queues.stop();
    waiting.stop();
  };
}
