/** setCounterState-2.lua: opens, closes, pauses or resumes a counter. */
import type { StoredCounter } from '../../tickets/counter-state.js';
import { script } from './define.js';

export interface SetCounterStateArgs {
  counterId: string;
  action: 'open' | 'close' | 'pause' | 'resume';
  officer: string;
  officerName: string;
  now: number;
  streamMaxLen: number;
  /** an administrator acting on someone else's counter */
  force: boolean;
}

export const setCounterState = script<SetCounterStateArgs, { counter: StoredCounter; takenFrom?: string }>()('setCounterState', {
  keys: ['counters', 'events'],
});
