/**
 * The daily retention job: one BullMQ job scheduler (deployment-wide, 02:30 office time) whose job
 * archives every office in turn. The queue carries its own hash tag so it can live on another
 * Cluster slot than the day-close queue.
 */
import type { Job, Queue } from 'bullmq';
import type { Context } from '../context.js';
import { createQueue, QUEUE } from '../jobs/queues.js';
import type { RedisClient } from '../redis/scripts.js';
import { archiveOffice, type ArchiveResult, type RetentionOptions } from './archive-office.js';

export interface RetentionJob {
  /** one office, or every office when absent */
  office?: string;
}

export function retentionQueue(connection: RedisClient, prefix?: string): Queue<RetentionJob> {
  return createQueue<RetentionJob>(QUEUE.retention, connection, prefix);
}

export function retentionProcessor(ctx: Context, opts: RetentionOptions) {
  return {
    queue: QUEUE.retention,
    process: async (job: Job): Promise<ArchiveResult[]> => {
      const { office } = job.data as RetentionJob;
      const offices = office ? [office] : await ctx.offices.list();
      const results: ArchiveResult[] = [];
      for (const o of offices) results.push(await archiveOffice(ctx, o, opts));
      return results;
    },
  };
}

/** Registers the daily schedule (an idempotent upsert). */
export async function scheduleRetention(queue: Queue<RetentionJob>): Promise<void> {
  await queue.upsertJobScheduler('retention-daily', { pattern: '30 2 * * *', tz: 'Asia/Ho_Chi_Minh' }, { name: 'retention', data: {} });
}
