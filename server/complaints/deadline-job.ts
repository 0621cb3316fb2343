/**
 * Complaint deadlines: each complaint gets a BullMQ delayed job at its deadline (counted in working
 * days when it was filed). When the job runs and the complaint is still unresolved, it is flagged
 * overdue (once) and an `alert` reaches the chairman's console. Jobs are keyed by complaint, so
 * scheduling again (at start, for complaints filed while no worker ran) is harmless.
 */
import type { Job, Queue } from 'bullmq';
import { officeDate } from '../../shared/office-time.js';
import type { Complaint } from '../../shared/schemas/feedback.js';
import type { Context } from '../context.js';
import type { DomainEvents } from '../domain-events.js';
import { updateComplaint } from './complaint-actions.js';
import { getComplaint, openComplaints } from './complaint-store.js';

export interface DeadlineJob {
  office: string;
  id: string;
}

/** BullMQ custom ids may not contain ":" nor be all digits. */
export const deadlineJobId = (office: string, id: string) => `deadline-${office}-${id}`;

export async function scheduleDeadline(
  ctx: Context,
  queue: Queue<DeadlineJob>,
  c: Pick<Complaint, 'office' | 'id' | 'dueAt'>,
  jobId = deadlineJobId(c.office, c.id),
): Promise<void> {
  const delay = Math.max(0, c.dueAt - ctx.clock());
  await queue.add('deadline', { office: c.office, id: c.id }, { jobId, delay, removeOnComplete: { age: 30 * 86_400 } });
}

export type DeadlineOutcome = 'resolved' | 'rescheduled' | 'alerted' | 'already-alerted';

export async function processDeadline(ctx: Context, queue: Queue<DeadlineJob>, job: Job<DeadlineJob>): Promise<DeadlineOutcome> {
  const { office, id } = job.data;
  const c = await getComplaint(ctx, office, id);
  if (c.status === 'resolved') return 'resolved';
  if (ctx.clock() < c.dueAt) {
    // ran early (promoted, or clocks disagree): wait for the rest
    await scheduleDeadline(ctx, queue, c, `${deadlineJobId(office, id)}-r${ctx.clock()}`);
    return 'rescheduled';
  }
  const { changed } = await updateComplaint(ctx, office, id, 'overdue', 'system');
  if (!changed) return 'already-alerted';
  const { config } = await ctx.offices.get(office);
  ctx.events.emit('alert', { office, kind: 'complaint_overdue', values: { due: officeDate(c.dueAt, config.timeZone) }, ref: id });
  return 'alerted';
}

/** A complaint filed in this process gets its deadline job (listed in `reactions.ts`). */
export function deadlineReactions(ctx: Context, queue: Queue<DeadlineJob>) {
  return {
    complaintReceived: ({ complaint }: DomainEvents['complaint.received']) => {
      scheduleDeadline(ctx, queue, complaint).catch((err) => ctx.log.warn({ err, complaint: complaint.id }, 'complaint deadline not scheduled'));
    },
  };
}

/** At start: every unresolved complaint has its job (complaints filed while no queue was reachable). */
export async function scheduleOpenDeadlines(ctx: Context, queue: Queue<DeadlineJob>, offices: string[], stopped: () => boolean = () => false): Promise<void> {
  for (const office of offices) {
    if (stopped()) return;
    for (const c of await openComplaints(ctx, office)) if (!c.overdueAlertedAt) await scheduleDeadline(ctx, queue, c);
  }
}
