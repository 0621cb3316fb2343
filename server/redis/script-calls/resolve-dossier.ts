/** resolveDossier-6.lua: a dossier's result is ready, early, on time or late. */
import type { StoredDossier } from '../../dossiers/dossier-record.js';
import { script } from './define.js';

export interface ResolveDossierArgs {
  id: string;
  now: number;
  /** the resolution day (the aggregates keys') */
  date: string;
  /** the receipt day the caller read (the receipt keys') */
  receiptDate: string;
  who: string;
  streamMaxLen: number;
}

export const resolveDossier = script<ResolveDossierArgs, { dossier: StoredDossier; outcome: 'early' | 'onTime' | 'late' }>()('resolveDossier', {
  keys: ['dossiers', 'aggregates', 'monthAggregates', 'receiptAggregates', 'receiptMonthAggregates', 'events'],
});
