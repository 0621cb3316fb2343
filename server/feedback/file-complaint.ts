/** A complaint (phản ánh, kiến nghị) from a kiosk, a phone or a low rating, with its deadline. */
import { officeClock, officeInstant, parseHHMM } from '../../shared/office-time.js';
import type { Complaint, ComplaintBody } from '../../shared/schemas/feedback.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { runOfficeScript } from '../tickets/office-script.js';
import { loadTicket } from '../tickets/ticket-reader.js';
import { addWorkingDays } from './working-days.js';

export async function fileComplaint(ctx: Context, officeId: string, body: ComplaintBody): Promise<Complaint> {
  const now = ctx.clock();
  const { config } = await ctx.offices.get(officeId);
  const complaint: Omit<Complaint, 'id'> = { office: officeId, topic: body.topic, status: 'new', createdAt: now, dueAt: 0 };
  if (body.ticketId) {
    const parts = parseTicketId(body.ticketId);
    const t = parts?.office === officeId ? await loadTicket(ctx, body.ticketId) : null;
    if (!t || t.token !== body.token) throw new DomainError('not_found', 'ticket not found (a complaint about a ticket needs its token)');
    Object.assign(complaint, {
      ticketId: t.id,
      serviceId: t.serviceId,
      ...(t.counterId ? { counterId: t.counterId } : {}),
      ...(t.officer ? { officer: t.officer } : {}),
    });
  }
  for (const f of ['message', 'contactName', 'contactPhone', 'contactEmail', 'source'] as const) {
    if (body[f]) (complaint as Record<string, unknown>)[f] = body[f];
  }
  const clock = officeClock(now, config.timeZone);
  const dueDate = addWorkingDays(config, clock.date, config.complaintDeadlineDays);
  complaint.dueAt = officeInstant(dueDate, parseHHMM(['23:59', '24:00'].includes(config.closingTime) ? '17:00' : config.closingTime), config.timeZone);
  const reply = await runOfficeScript(ctx, officeId, () =>
    scripts.fileComplaint.with(
      {
        complaints: keys.complaints(officeId),
        complaintIndex: keys.complaintIndex(officeId),
        complaintSeq: keys.complaintSeq(officeId),
        aggregates: keys.aggregates(officeId, clock.date),
        monthAggregates: keys.monthAggregatesOfDay(officeId, clock.date),
        events: keys.events(officeId),
      },
      { complaint, now, streamMaxLen: ctx.streamMaxLen, idDate: clock.date.replaceAll('-', '') },
    ),
  );
  ctx.events.emit('complaint.received', { office: officeId, complaint: reply.complaint });
  return reply.complaint;
}
