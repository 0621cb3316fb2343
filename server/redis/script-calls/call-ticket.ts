/** callTicket.lua: calls the next (or a chosen) ticket at a counter, finishing the one it holds. */
import type { CallEvent } from '../../../shared/events.js';
import type { StoredCounter } from '../../tickets/counter-state.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface CallTicketArgs {
  version: string;
  office: string;
  counterId: string;
  officer: string;
  now: number;
  /** a waiting ticket's number to call; none: the next one */
  pick?: string;
  priorityMode: 'strict' | 'interleave';
  priorityEvery: number;
  /** the day of the ticket the counter holds (the held* keys') */
  heldDate: string;
  streamMaxLen: number;
  counterNumber: number;
  counterName: string;
  /** serviceId → target wait, seconds */
  targets: Record<string, number>;
  callId: string;
  today: string;
  /** the services of the `queues` keys, in the same order */
  services: string[];
}

export interface CallTicketReply {
  ticket?: StoredTicket;
  finished?: StoredTicket;
  call?: CallEvent;
  counter: StoredCounter;
  waiting: Record<string, number>;
}

export const callTicket = script<CallTicketArgs, CallTicketReply>()('callTicket', {
  keys: [
    'config',
    'counters',
    'tickets',
    'aggregates',
    'monthAggregates',
    'events',
    'recentCalls',
    'heldTickets',
    'heldAggregates',
    'heldMonthAggregates',
    'serviceStats',
    'tabletLast',
  ],
  list: { name: 'queues', fields: ['priority', 'normal'] },
});
