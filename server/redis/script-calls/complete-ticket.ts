/** completeTicket-8.lua: finishes the counter's current ticket, with the dossier codes it served. */
import type { StoredDossier } from '../../dossiers/dossier-record.js';
import type { StoredCounter } from '../../tickets/counter-state.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';
import type { HeldTicketArgs } from './held-ticket.js';

export interface CompleteTicketArgs extends HeldTicketArgs {
  /** at most 20, no code twice; a `dueDate` receives a code not known yet at the desk */
  dossiers?: { code: string; dueDate?: string; title?: string }[];
}

/** `dossiers` is there only when codes were sent (Lua's cjson writes an empty list as {}). */
export const completeTicket = script<CompleteTicketArgs, { ticket: StoredTicket; counter: StoredCounter; dossiers?: StoredDossier[] }>()('completeTicket', {
  keys: ['counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'serviceStats', 'dossiers', 'tabletLast'],
});
