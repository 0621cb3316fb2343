/** cancelTicket-6.lua: cancels a waiting ticket. */
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface CancelTicketArgs {
  office: string;
  /** the ticket's day */
  date: string;
  number: string;
  /** the citizen's token; none: staff */
  token?: string;
  now: number;
  streamMaxLen: number;
  /** the service the caller read the ticket in (the queues' keys) */
  serviceId: string;
  by: string;
}

export const cancelTicket = script<CancelTicketArgs, { ticket: StoredTicket; waiting: number }>()('cancelTicket', {
  keys: ['tickets', 'aggregates', 'monthAggregates', 'events', 'priorityQueue', 'normalQueue'],
});
