/** The Prometheus counters that follow domain events (listed in `reactions.ts`). */
import type { DomainEvents } from '../domain-events.js';
import type { Metrics } from './metrics.js';

export function metricReactions(metrics: Metrics) {
  return {
    ticketIssued: ({ office }: DomainEvents['ticket.issued']) => metrics.ticketsIssued.inc({ office }),
    ticketCalled: ({ office, ticket }: DomainEvents['ticket.called']) => {
      metrics.ticketsCalled.inc({ office });
      // its first call ends the citizen's wait (a recall or a call after a transfer does not)
      if (ticket.calledAt !== undefined && ticket.firstCalledAt === ticket.calledAt)
        metrics.waitSeconds.observe({ office }, (ticket.calledAt - ticket.issuedAt) / 1000);
    },
  };
}
