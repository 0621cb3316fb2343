/** issueTicket-15.lua: issues a ticket, or answers the one issued for the same idempotency key. */
import type { StoredTicket } from '../../tickets/ticket-view.js';
import { script } from './define.js';

export interface IssueTicketArgs {
  /** the office configuration version the caller read (keys.config `v`) */
  version: string;
  office: string;
  date: string;
  serviceId: string;
  prefix: string;
  dailyLimit: number;
  priorityCategory?: string;
  /** `kiosk@address|idempotencyKey` (issue-ticket.ts idempotencyField) */
  idempotency?: string;
  now: number;
  token: string;
  /** office-local hour of issue, 00-23 */
  hour: string;
  kiosk?: string;
  identity?: { idLast4: string; idHash: string; name: string; birthDate: string; sex?: string; address?: string };
  streamMaxLen: number;
  /** the date as yyyymmdd, the days index's score */
  dateScore: number;
  /** the counters serving the service, to count the open ones */
  counterIds: string[];
  /** the client's issue budget per minute (none: internal callers) */
  perMinute?: number;
}

export type IssueTicketReply =
  | { ticket: StoredTicket; ahead: number; avgServiceSeconds: number; openCounters: number; created: boolean; waiting: number; replay?: undefined }
  /** issued just before midnight: the ticket id, read from the previous day's hash */
  | { replay: string; ticket?: undefined };

export const issueTicket = script<IssueTicketArgs, IssueTicketReply>()('issueTicket', {
  keys: [
    'config', 'sequences', 'tickets', 'normalQueue', 'priorityQueue', 'aggregates', 'monthAggregates',
    'idempotency', 'previousIdempotency', 'events', 'days', 'counters', 'serviceStats', 'issueBudget', 'closedDays',
  ],
});
