/**
 * The monthly province report's job: one BullMQ job scheduler for the deployment, on the 1st at
 * 06:30 in the deployment's zone (after the offices' own monthly reports at 06:00), whose job ranks
 * every office over the previous month (province-reports.ts). A job may name its month.
 */
import type { Job, Queue } from 'bullmq';
import type { Context } from '../context.js';
import { createQueue, QUEUE } from '../jobs/queues.js';
import type { RedisClient } from '../redis/scripts.js';
import { previousPeriodDate } from '../reports/report-service.js';
import { generateProvinceReport } from './province-reports.js';

/** A province spans one zone: Vietnam's. Offices keep their own for their own days. */
export const DEPLOYMENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

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

/** Registers the monthly schedule (an idempotent upsert). */
export async function scheduleProvinceReports(queue: Queue<ProvinceReportJob>): Promise<void> {
  await queue.upsertJobScheduler('province-monthly', { pattern: '30 6 1 * *', tz: DEPLOYMENT_TIME_ZONE }, { name: 'province-report', data: {} });
}
