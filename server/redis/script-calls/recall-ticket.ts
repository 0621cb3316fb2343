/** recallTicket-6.lua: calls the counter's current ticket again. */
import type { CallEvent } from '../../../shared/events.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';
import type { HeldTicketArgs } from './held-ticket.js';

export interface RecallTicketArgs extends HeldTicketArgs {
  callId: string;
  counterNumber: number;
  counterName: string;
}

export const recallTicket = script<RecallTicketArgs, { ticket: StoredTicket; call: CallEvent }>()('recallTicket', {
  keys: ['counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'recentCalls'],
});
