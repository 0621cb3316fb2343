/** Benchmark data written through the real scripts: an office without daily limits, officers, and whole office days. */
import { randomBytes } from 'node:crypto';
import type { Application } from '../server/app.js';
import { closeOfficeDays } from '../server/jobs/day-close.js';
import { demoOffice } from '../server/offices/demo-office.js';
import { callTicket, setCounterState } from '../server/tickets/counter-actions.js';
import { completeTicket, startService } from '../server/tickets/current-ticket-actions.js';
import { issueTicket } from '../server/tickets/issue-ticket.js';
import { rateTicket } from '../server/feedback/rate-ticket.js';
import { addDays, officeInstant } from '../shared/office-time.js';
import type { OfficeConfigInput } from '../shared/schemas/office.js';
import type { SessionUser } from '../shared/schemas/auth.js';
import { TZ } from './context.js';

export function benchOffice(id: string): OfficeConfigInput {
  const base = demoOffice();
  return { ...base, id, services: base.services.map((s) => ({ ...s, dailyLimit: 9999 })) };
}

/** The officers who staff the counters of a generated day (they act in-process, so they need no password). */
export function benchOfficers(): SessionUser[] {
  return [1, 2, 3, 4, 5, 6].map((n) => ({ username: `bench-canbo${n}`, name: `Cán bộ ${n}`, role: 'officer', offices: [], counters: [] }));
}

/** One office day: `tickets` issued, every one called, served and completed, one in five rated, then the day closed. */
export async function runDay(app: Application, clock: { now: number }, office: string, date: string, tickets: number, officers: SessionUser[]): Promise<void> {
  const ctx = app.ctx;
  const { config } = await ctx.offices.get(office, true);
  clock.now = officeInstant(date, 7 * 60 + 30, TZ);
  const issued: { id: string; token: string }[] = [];
  const services = config.services.map((s) => s.id);
  // issued between 07:30 and 11:30, served before 23:00: the whole day stays on one office date
  const issueStep = Math.floor((4 * 3600_000) / tickets);
  const serveStep = Math.floor((11 * 3600_000) / tickets);
  for (let i = 0; i < tickets; i++) {
    clock.now += issueStep;
    const { ticket } = await issueTicket(
      ctx,
      office,
      { serviceId: services[i % services.length]!, idempotencyKey: `bench-${randomBytes(6).toString('hex')}`, kiosk: 'kiosk-1' },
      'internal',
    );
    issued.push({ id: ticket.id, token: ticket.token });
  }
  const counters = config.counters;
  for (const [i, c] of counters.entries()) await setCounterState(ctx, office, c.id, officers[i % officers.length]!, 'open').catch(() => {});
  const byId = new Map(issued.map((t) => [t.id, t]));
  let idle = 0;
  for (let round = 0; idle < counters.length; round++) {
    idle = 0;
    for (const [i, c] of counters.entries()) {
      const officer = officers[i % officers.length]!;
      clock.now += Math.floor(serveStep * 0.3);
      const { ticket } = await callTicket(ctx, office, c.id, officer);
      if (!ticket) {
        idle++;
        continue;
      }
      await startService(ctx, office, c.id, officer);
      clock.now += Math.floor(serveStep * 0.7);
      await completeTicket(ctx, office, c.id, officer);
      const t = byId.get(ticket.id)!;
      if (ticket.number.endsWith('0') || ticket.number.endsWith('5'))
        await rateTicket(ctx, t.id, { token: t.token, score: 3 + (ticket.number.charCodeAt(3) % 2), source: 'tablet' });
    }
  }
  clock.now = officeInstant(addDays(date, 1), 6 * 60, TZ);
  await closeOfficeDays(ctx, office);
}
