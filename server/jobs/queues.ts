/**
 * BullMQ queues. Their prefix carries a hash tag so they work on a Redis Cluster; job ids never
 * contain ":" and are never all digits (BullMQ's rules for custom ids).
 */
import { Queue } from 'bullmq';
import { JOB_PREFIX } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';

/** Every BullMQ queue's name, in one place (the workers' processors and the queues use these). */
export const QUEUE = {
  dayClose: 'day-close',
  /** the weekly and monthly self-inspection reports (report-jobs.ts) */
  selfInspection: 'self-inspection',
  /** report exports too large to build during the request (report-jobs.ts) */
  reportExports: 'report-exports',
  /** one delayed job per complaint, at its deadline (complaints/deadline-job.ts) */
  complaintDeadline: 'complaint-deadline',
  /** one job per message to a citizen (SMS webhook, Web Push), with retries (notifications/notify.ts) */
  notifications: 'notifications',
  /** the daily archive of data past its retention period (retention/retention-job.ts) */
  retention: 'retention',
} as const;

/** One office's day close (its scheduler's runs), or the start-up close of the days no run closed, for many offices. */
export type DayCloseJob = { office: string } | { offices: string[] };

/** `prefix`: JOB_PREFIX, or a deployment's (tests give each app its own, so no other app's worker takes its jobs). */
export function createQueue<T>(name: string, connection: RedisClient, prefix: string = JOB_PREFIX): Queue<T> {
  return new Queue<T>(name, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
  });
}
