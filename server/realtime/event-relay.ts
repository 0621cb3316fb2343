/**
 * The screens' side of each domain event: which socket.io rooms hear of it, in what form. Each
 * method sends what the event carries (what the script returned); none reads Redis or changes
 * state. `reactions.ts` lists which event goes to which method. The socket.io Redis streams
 * adapter carries each emit to every server process, so a call made through one process reaches
 * a board connected to another.
 */
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { Context } from '../context.js';
import type { DomainEvents } from '../domain-events.js';
import { publicTicket, type StoredTicket } from '../tickets/ticket-view.js';
import { QueueBroadcast } from './queue-broadcast.js';
import { rooms } from './rooms.js';
import { waitingRelay } from './waiting-relay.js';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;

type On<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void;

export function screenRelay(ctx: Context, io: IoServer) {
  const queues = new QueueBroadcast((office, services) => io.to([rooms.public(office), rooms.staff(office)]).emit('queue.changed', { office, services }));
  const waiting = waitingRelay(ctx, io);
  const toServingCounters = (office: string, ticket: Ticket) => waiting.change(office, [{ id: ticket.id, ticket }]);

  const ticketIssued: On<'ticket.issued'> = ({ office, ticket }) => {
    if (ticket.status === 'waiting') toServingCounters(office, ticket);
  };
  const ticketCalled: On<'ticket.called'> = ({ office, call, ticket }) => {
    io.to([rooms.public(office), rooms.staff(office), rooms.ticket(ticket.id), rooms.counterScreen(office, call.counterId)]).emit('ticket.called', call);
    io.to(rooms.ticket(ticket.id)).emit('ticket.updated', publicTicket(ticket as StoredTicket));
    if (ticket.counterId) io.to(rooms.counter(office, ticket.counterId)).emit('ticket.updated', ticket);
  };
  const ticketRecalled: On<'ticket.recalled'> = ({ office, call, ticket }) => {
    io.to([rooms.public(office), rooms.staff(office), rooms.ticket(ticket.id), rooms.counterScreen(office, call.counterId)]).emit('ticket.recalled', call);
  };
  const ticketUpdated: On<'ticket.updated'> = ({ office, ticket, counterId }) => {
    io.to(rooms.ticket(ticket.id)).emit('ticket.updated', publicTicket(ticket as StoredTicket));
    // a transferred ticket no longer names the counter it left, whose consoles must still hear of it
    const heldAt = ticket.counterId ?? counterId;
    if (heldAt) io.to(rooms.counter(office, heldAt)).emit('ticket.updated', ticket);
    if ((ticket.status === 'waiting' || ticket.status === 'cancelled') && ticket.serviceId) toServingCounters(office, ticket);
  };
  const queueChanged: On<'queue.changed'> = ({ office, services }) => queues.change(office, services);
  const counterChanged: On<'counter.changed'> = ({ office, counter }) => {
    io.to([rooms.public(office), rooms.staff(office), rooms.counterScreen(office, counter.id)]).emit('counter.changed', counter);
  };
  // only the counter's own consoles: the officer who held it learns at once, not at its next refused action
  const counterTakenOver: On<'counter.takenOver'> = ({ office, counterId, from, by, byName, action }) => {
    io.to(rooms.counter(office, counterId)).emit('counter.takenOver', { office, counterId, from, by, byName, action, at: ctx.clock() });
  };
  const ratingRequested: On<'rating.requested'> = ({ office, request }) => {
    io.to(rooms.tablet(office, request.counterId)).emit('rating.requested', request);
  };
  const ratingReceived: On<'rating.received'> = ({ office, rating }) => {
    io.to(rooms.staff(office)).emit('rating.received', rating);
    if (rating.counterId) io.to(rooms.counter(office, rating.counterId)).emit('rating.received', rating);
  };
  const complaintReceived: On<'complaint.received'> = ({ office, complaint }) => io.to(rooms.staff(office)).emit('complaint.received', complaint);
  const complaintUpdated: On<'complaint.updated'> = ({ office, complaint }) => io.to(rooms.staff(office)).emit('complaint.updated', complaint);
  const officeChanged: On<'office.changed'> = ({ office }) =>
    io.to([rooms.public(office), rooms.staff(office), rooms.counterScreens(office)]).emit('office.changed', { office });
  // through the adapter: a session's or device's sockets may be connected to any process
  const sessionsEnded: On<'sessions.ended'> = ({ sessionIds }) => io.in(sessionIds.map(rooms.session)).disconnectSockets(true);
  const devicesRevoked: On<'devices.revoked'> = ({ office, deviceIds }) => io.in(deviceIds.map((id) => rooms.device(office, id))).disconnectSockets(true);
  const alert: On<'alert'> = ({ office, kind, values, ref }) => io.to(rooms.staff(office)).emit('alert', { office, kind, values, ref, at: ctx.clock() });

  return {
    ticketIssued,
    ticketCalled,
    ticketRecalled,
    ticketUpdated,
    queueChanged,
    counterChanged,
    counterTakenOver,
    ratingRequested,
    ratingReceived,
    complaintReceived,
    complaintUpdated,
    officeChanged,
    sessionsEnded,
    devicesRevoked,
    alert,
    stop() {
      queues.stop();
      waiting.stop();
    },
  };
}
