/** startService-3.lua: the citizen came to the counter, called → serving. */
import type { StoredTicket } from '../../tickets/ticket-view.js';
import type { StoredCounter } from '../../tickets/counter-state.js';
import { script } from './define.js';
import type { HeldTicketArgs } from './held-ticket.js';

export const startService = script<HeldTicketArgs, { ticket: StoredTicket; counter: StoredCounter }>()('startService', {
  keys: ['counters', 'tickets', 'events'],
});
