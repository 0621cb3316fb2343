/** Prometheus metrics, one registry per application instance so tests can run several. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    ticketsIssued: new Counter({ name: 'qms_tickets_issued_total', help: 'Tickets issued', labelNames: ['office'], registers: [registry] }),
    ticketsCalled: new Counter({ name: 'qms_tickets_called_total', help: 'Tickets called', labelNames: ['office'], registers: [registry] }),
    waitSeconds: new Histogram({
      name: 'qms_wait_seconds',
      help: 'Wait from issue to first call',
      labelNames: ['office'],
      buckets: [60, 300, 600, 900, 1800, 3600, 7200],
      registers: [registry],
    }),
    connectedScreens: new Gauge({ name: 'qms_connected_sockets', help: 'Connected sockets by role', labelNames: ['role'], registers: [registry] }),
    jobFailures: new Counter({ name: 'qms_job_failures_total', help: 'Failed background jobs', labelNames: ['queue'], registers: [registry] }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
