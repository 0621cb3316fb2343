/** expireDay.lua: closes an office day, expiring the tickets still waiting. */
import { script } from './define.js';

export interface ExpireDayArgs {
  office: string;
  date: string;
  now: number;
  streamMaxLen: number;
}

/** `expired` is a list only when `count` is not 0 (Lua's cjson writes an empty list as {}). */
export const expireDay = script<ExpireDayArgs, { expired: string[]; count: number }>()('expireDay', {
  keys: ['tickets', 'aggregates', 'monthAggregates', 'events', 'closedDays', 'recentCalls'],
  list: { name: 'queues', fields: ['priority', 'normal'] },
});
