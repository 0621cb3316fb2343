/** setCounterState-3.lua: opens, closes, pauses or resumes a counter. */
import type { StoredCounter } from '../../tickets/counter-state.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface SetCounterStateArgs {
  office: string;
  /** the day of the `tickets` key: the held ticket's, or today */
  date: string;
  counterId: string;
  action: 'open' | 'close' | 'pause' | 'resume';
  officer: string;
  officerName: string;
  now: number;
  streamMaxLen: number;
  /** an administrator acting on someone else's counter */
  force: boolean;
}

export const setCounterState = script<SetCounterStateArgs, { counter: StoredCounter; ticket?: StoredTicket; takenFrom?: string }>()('setCounterState', {
  keys: ['counters', 'tickets', 'events'],
});
