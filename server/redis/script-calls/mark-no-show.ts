/** markNoShow-5.lua: the called citizen did not come, called → no_show. */
import type { StoredCounter } from '../../tickets/counter-state.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';
import type { HeldTicketArgs } from './held-ticket.js';

export const markNoShow = script<HeldTicketArgs, { ticket: StoredTicket; counter: StoredCounter }>()('markNoShow', {
  keys: ['counters', 'tickets', 'aggregates', 'monthAggregates', 'events'],
});
