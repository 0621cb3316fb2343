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
  /** one job per delivery of an office's signed webhooks, and their sweep (webhooks/delivery-queue.ts) */
  webhooks: 'webhooks',
  /** the monthly province report: every office ranked over the previous month (supervision/province-report-job.ts) */
  provinceReports: 'province-reports',
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

const shared = new WeakMap<object, Map<string, Queue>>();

/**
 * The one queue of this name on a connection (and prefix), opened when first used by code that adds
 * jobs as it goes (notify(), the webhooks' reactions); closeSharedQueues closes them with the connection's user.
 */
export function sharedQueue<T>(name: string, connection: RedisClient, prefix: string = JOB_PREFIX): Queue<T> {
  let byName = shared.get(connection);
  if (!byName) shared.set(connection, (byName = new Map()));
  let queue = byName.get(`${prefix}|${name}`);
  if (!queue) byName.set(`${prefix}|${name}`, (queue = createQueue<T>(name, connection, prefix) as Queue));
  return queue as Queue<T>;
}

export async function closeSharedQueues(connection: RedisClient): Promise<void> {
  const byName = shared.get(connection);
  shared.delete(connection);
  await Promise.all([...(byName?.values() ?? [])].map((q) => q.close()));
}
