/** closeCounters.lua: closes the counters left open at the last closing time. */
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface CloseCountersArgs {
  office: string;
  /** the last closing time, ms */
  closesAt: number;
  /** the date it closed */
  lastDay: string;
  now: number;
  streamMaxLen: number;
  /** the days of the `days` keys, in the same order, each with its closing time */
  days: { date: string; closesAt: number }[];
}

/** The lists are lists only when their counts are not 0 (Lua's cjson writes an empty list as {}). */
export const closeCounters = script<CloseCountersArgs, { counters: string[]; closed: number; tickets: StoredTicket[]; ended: number }>()('closeCounters', {
  keys: ['counters', 'events'],
  list: { name: 'days', fields: ['tickets', 'aggregates', 'monthAggregates'] },
});
