/** saveDossiers.lua: dossiers from the one-stop software (import or API), by code, moving their counts. */
import { script } from './define.js';

export interface DossierDates {
  code: string;
  serviceId: string;
  receivedDate: string;
  dueDate: string;
  resolvedDate?: string;
  returnedDate?: string;
  title?: string;
}

export interface SaveDossiersArgs {
  /** the dates of the `days` keys, in the same order */
  days: string[];
  /** 1 to 10000, no code twice */
  dossiers: DossierDates[];
  source: 'import' | 'api';
  who: string;
  now: number;
  streamMaxLen: number;
}

export const saveDossiers = script<SaveDossiersArgs, { added: number; updated: number; unchanged: number }>()('saveDossiers', {
  keys: ['dossiers', 'events'],
  list: { name: 'days', fields: ['aggregates', 'monthAggregates'] },
});
