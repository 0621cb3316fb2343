/**
 * The monthly province report's job: one BullMQ job scheduler for the deployment, on the 1st at
 * 06:30 in the deployment's zone (after the offices' own monthly reports at 06:00), whose job ranks
 * every office over the previous month (province-reports.ts). A job may name its month.
 */
import type { Job, Queue } from 'bullmq';
import { officeClock } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { officeDirectory } from '../offices/office-directory.js';
import { keys } from '../redis/keys.js';
import { createQueue, QUEUE } from '../jobs/queues.js';
import type { RedisClient } from '../redis/scripts.js';
import { previousPeriodDate } from '../reports/report-service.js';
import { generateProvinceReport, provinceReportId } from './province-reports.js';

/** A province spans one zone: Vietnam's. Offices keep their own for their own days. */
export const DEPLOYMENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** 06:30 on the 1st, after the offices' own monthly reports at 06:00 */
const SCHEDULED_MINUTE = 6 * 60 + 30;

export interface ProvinceReportJob {
  /** YYYY-MM; default: the month before the run */
  month?: string;
}

export function provinceReportQueue(connection: RedisClient, prefix?: string): Queue<ProvinceReportJob> {
  return createQueue<ProvinceReportJob>(QUEUE.provinceReports, connection, prefix);
}

export function provinceReportProcessor(ctx: Context) {
  return {
    queue: QUEUE.provinceReports,
    process: async (job: Job): Promise<{ id: string }> => {
      const month = (job.data as ProvinceReportJob).month ?? previousPeriodDate('month', ctx.clock(), DEPLOYMENT_TIME_ZONE).slice(0, 7);
      return { id: (await generateProvinceReport(ctx, month)).id };
    },
  };
}

/**
 * The previous month's report, when the schedule's run was missed (no worker ran at 06:30 on the
 * 1st): made at start-up, once whichever processes start, if some office had anything that month
 * (a ticket, a rating, a complaint: its month rollup exists).
 * Before 06:30 on the 1st the schedule makes it.
 */
export async function catchUpProvinceReport(ctx: Context, queue: Queue<ProvinceReportJob>): Promise<void> {
  const now = ctx.clock();
  const clock = officeClock(now, DEPLOYMENT_TIME_ZONE);
  if (clock.date.endsWith('-01') && clock.minuteOfDay < SCHEDULED_MINUTE) return;
  const month = previousPeriodDate('month', now, DEPLOYMENT_TIME_ZONE).slice(0, 7);
  if (await ctx.redis.hexists(keys.provinceReports(), provinceReportId(month))) return;
  // one command an office, sent together (ioredis pipelines them; on a Cluster it groups them by node)
  const offices = await officeDirectory(ctx);
  const had = (await Promise.all(offices.map((o) => ctx.redis.exists(keys.monthAggregates(o.id, month))))).some((n) => n === 1);
  if (!had) return;
  const jobId = `province-catch-up-${month}`;
  // one that failed all its tries is tried again at this start
  const failed = await queue.getJob(jobId);
  if (failed && (await failed.isFailed())) await failed.remove();
  await queue.add('province-report', { month }, { jobId });
}

/** Registers the monthly schedule (an idempotent upsert). */
export async function scheduleProvinceReports(queue: Queue<ProvinceReportJob>): Promise<void> {
  await queue.upsertJobScheduler(
    'province-monthly',
    { pattern: `${SCHEDULED_MINUTE % 60} ${Math.floor(SCHEDULED_MINUTE / 60)} 1 * *`, tz: DEPLOYMENT_TIME_ZONE },
    { name: 'province-report', data: {} },
  );
}
