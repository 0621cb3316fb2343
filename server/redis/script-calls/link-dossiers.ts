/** linkDossiers-3.lua: links dossier codes to a completed ticket afterwards. */
import type { StoredDossier } from '../../dossiers/dossier-record.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface LinkDossiersArgs {
  office: string;
  /** the ticket's day (the tickets key's) */
  date: string;
  number: string;
  /** 1 to 20 codes, none twice */
  codes: string[];
  who: string;
  now: number;
  streamMaxLen: number;
}

export const linkDossiers = script<LinkDossiersArgs, { ticket: StoredTicket; dossiers: StoredDossier[]; added: number }>()('linkDossiers', {
  keys: ['tickets', 'dossiers', 'events'],
});
