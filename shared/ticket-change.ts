/**
 * When a ticket last changed (ms, server clock), read from its own timestamps: every step of its
 * life stamps one (issued, called, started, finished or cancelled, transferred). Screens that
 * apply events compare these, so an older word about a ticket never undoes a newer one.
 */
import type { PublicTicket, Ticket } from './schemas/ticket.js';

export function lastChangeAt(t: PublicTicket & Partial<Pick<Ticket, 'servedAt' | 'doneAt' | 'transfers'>>): number {
  return Math.max(t.issuedAt, t.calledAt ?? 0, t.servedAt ?? 0, t.doneAt ?? 0, t.transfers?.at(-1)?.at ?? 0);
}
