/** completeTicket-7.lua: finishes the counter's current ticket, optionally recording a dossier. */
import type { StoredDossier } from '../../dossiers/dossier-actions.js';
import type { StoredCounter } from '../../tickets/counter-state.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';
import type { HeldTicketArgs } from './held-ticket.js';

export interface CompleteTicketArgs extends HeldTicketArgs {
  dossier?: { id: string; code: string; dueDate: string; title?: string };
}

export const completeTicket = script<CompleteTicketArgs, { ticket: StoredTicket; counter: StoredCounter; dossier?: StoredDossier }>()('completeTicket', {
  keys: ['counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'serviceStats', 'dossiers'],
});
