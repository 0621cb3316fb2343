/** transferTicket-7.lua: sends the counter's current ticket to another service's queue. */
import type { StoredCounter } from '../../tickets/counter-state.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';
import type { HeldTicketArgs } from './held-ticket.js';

export interface TransferTicketArgs extends HeldTicketArgs {
  /** the target service */
  serviceId: string;
}

export const transferTicket = script<TransferTicketArgs, { ticket: StoredTicket; counter: StoredCounter; waiting: number }>()('transferTicket', {
  keys: ['counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'priorityQueue', 'normalQueue'],
});
