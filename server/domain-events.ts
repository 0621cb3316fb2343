/**
 * What the domain functions announce after a Redis script has committed a change, carrying what
 * the script returned. Who reacts to each event is listed in one place, `reactions.ts`; a
 * reaction never changes state (that is the domain function's job). In-process only: other
 * processes learn of changes through the socket.io Redis streams adapter.
 */
import { EventEmitter } from 'node:events';
import type { AlertKind, AlertValues, CallEvent, CounterState, RatingRequest } from '../shared/events.js';
import type { Complaint, Rating } from '../shared/schemas/feedback.js';
import type { Figures } from '../shared/schemas/report-figures.js';
import type { Ticket } from '../shared/schemas/ticket.js';
import type { StoredBooking } from './bookings/stored-booking.js';

export interface DomainEvents {
  'ticket.issued': { office: string; ticket: Ticket; waiting: number };
  'ticket.called': { office: string; call: CallEvent; ticket: Ticket };
  'ticket.recalled': { office: string; call: CallEvent; ticket: Ticket };
  /** `counterId`: the counter it changed at, when the ticket no longer names it (a transfer) */
  'ticket.updated': { office: string; ticket: Ticket; counterId?: string };
  /** `behindEveryone`: the change only added a ticket at the end of the line, so nobody waiting moved */
  'queue.changed': { office: string; services: { id: string; waiting: number }[]; behindEveryone?: boolean };
  /** the counter's view for the screens, built from what the script returned */
  'counter.changed': { office: string; counter: CounterState };
  /** an administrator took a counter another officer held (`from`), or closed it over their head */
  'counter.takenOver': { office: string; counterId: string; from: string; by: string; byName: string; action: string };
  /** a ticket was completed at a counter: its rating tablet asks the citizen */
  'rating.requested': { office: string; request: RatingRequest };
  'rating.received': { office: string; rating: Rating };
  'complaint.received': { office: string; complaint: Complaint };
  /** `action`: what the office did (assign, respond, resolve) */
  'complaint.updated': { office: string; complaint: Complaint; action: 'assign' | 'respond' | 'resolve' };
  /** a complaint still open at its deadline, flagged overdue once (its alert goes to the chairman as `alert`) */
  'complaint.overdue': { office: string; complaint: Complaint };
  'office.changed': { office: string };
  /** an office day closed (jobs/day-close.ts), with the day's figures as the reports give them */
  'day.closed': { office: string; date: string; figures: Figures };
  /** a remote number taken or an appointment booked (with the phone, for its messages) */
  'booking.created': { office: string; booking: StoredBooking };
  'booking.cancelled': { office: string; booking: StoredBooking };
  'booking.checkedIn': { office: string; booking: StoredBooking };
  /** staff sessions that ended (sign-out, expiry, a change to the account): their sockets go too */
  'sessions.ended': { sessionIds: string[] };
  /** a paired device connected or went away (not each heartbeat) */
  'device.presence': { office: string; device: string; connected: boolean };
  /** devices whose key stopped working (revoked, deleted, paired again): their sockets go too */
  'devices.revoked': { office: string; deviceIds: string[] };
  alert: { office: string; kind: AlertKind; values: AlertValues; ref?: string };
}

export class DomainEventBus {
  private emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(50);
  }
  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }
  on<K extends keyof DomainEvents>(name: K, listener: (payload: DomainEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
