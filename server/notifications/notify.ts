/**
 * How the rest of the server sends a notification: `notify` puts one job on the `notifications`
 * queue and returns; a worker (notification-jobs.ts) delivers it with retries and logs the
 * outcome. The caller names what makes the message once-only (`key`): the same office, kind and
 * key is one job, so a repeated event or a retried request never sends twice.
 */
import type { JobsOptions, Queue } from 'bullmq';
import type { Context } from '../context.js';
import { QUEUE, sharedQueue } from '../jobs/queues.js';
import { JOB_PREFIX } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';
import type { Notification, NotificationKind } from './message-kinds.js';

export interface NotificationJob {
  office: string;
  message: Notification;
}

export interface NotifyOptions {
  /**
   * What makes the message once-only within its office and kind, e.g. the booking id for its
   * reminders, the ticket id for "turn near", the ticket id and call count for "called", a fresh
   * id per one-time code. Letters, digits, `_`, `-` and `.`.
   */
  key: string;
  /** send at this instant (ms on ctx.clock), e.g. the day before a slot; default now */
  at?: number;
  /** tries before the message counts as failed (default 5) */
  attempts?: number;
  /** first retry after this many ms, doubling each time (default 5000: 5, 10, 20, 40 s) */
  backoffMs?: number;
}

/** The notification queue on a connection (one per connection and prefix, closed by closeSharedQueues). */
export function notificationQueue(connection: RedisClient, prefix: string = JOB_PREFIX): Queue<NotificationJob> {
  return sharedQueue<NotificationJob>(QUEUE.notifications, connection, prefix);
}

const KEY = /^[A-Za-z0-9_.-]{1,120}$/;

/** The job id of a notification (BullMQ ids may not hold ":" and must not be all digits). */
export function notificationId(office: string, kind: NotificationKind, key: string): string {
  if (!KEY.test(key)) throw new Error(`notification key must be 1-120 of [A-Za-z0-9_.-]: ${JSON.stringify(key.slice(0, 40))}`);
  return `${office}.${kind}.${key}`;
}

/** Queues a notification; resolves with its id once it is safely in Redis. */
export async function notify(ctx: Context, office: string, message: Notification, opts: NotifyOptions): Promise<string> {
  const id = notificationId(office, message.kind, opts.key);
  const queue = notificationQueue(ctx.redis, ctx.jobPrefix);
  const jobOptions: JobsOptions = {
    jobId: id,
    attempts: opts.attempts ?? 5,
    backoff: { type: 'exponential', delay: opts.backoffMs ?? 5000 },
    delay: opts.at === undefined ? 0 : Math.max(0, opts.at - ctx.clock()),
    // a finished job is kept a few days so the same key stays once-only; a job holding a
    // one-time code is dropped at once (the delivery log keeps its outcome)
    removeOnComplete: message.kind === 'otp' ? true : { age: 3 * 86_400 },
    removeOnFail: message.kind === 'otp' ? true : { age: 7 * 86_400 },
  };
  await queue.add(message.kind, { office, message }, jobOptions);
  return id;
}

/** Takes back a notification not sent yet (a cancelled booking's reminders); false when it is gone or under way. */
export async function withdrawNotification(ctx: Context, office: string, kind: NotificationKind, key: string): Promise<boolean> {
  const queue = notificationQueue(ctx.redis, ctx.jobPrefix);
  const id = notificationId(office, kind, key);
  const state = await queue.getJobState(id);
  if (state !== 'delayed' && state !== 'waiting' && state !== 'prioritized') return false;
  return (await queue.remove(id)) === 1;
}
