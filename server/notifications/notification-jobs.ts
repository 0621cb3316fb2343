/**
 * The worker side of notifications: picks the driver of each channel from the settings, composes
 * the text, sends, and writes the outcome to the office's delivery log. A throw retries the job
 * (BullMQ backoff); a recipient that is gone is logged and never retried.
 */
import type { Job } from 'bullmq';
import type { Context } from '../context.js';
import type { JobProcessor } from '../jobs/workers.js';
import { QUEUE } from '../jobs/queues.js';
import type { Settings } from '../settings.js';
import { RecipientGone, type NotificationChannel, type OutgoingMessage } from './channel.js';
import { recordDelivery, type DeliveryEntry } from './delivery-log.js';
import { logDriver } from './drivers/log-driver.js';
import { webhookDriver, type WebhookOptions } from './drivers/webhook-driver.js';
import { webPushDriver, type WebPushOptions } from './drivers/web-push-driver.js';
import type { NotificationChannelName } from './message-kinds.js';
import { composeText } from './message-text.js';
import type { NotificationJob } from './notify.js';
import { maskRecipient } from './recipient-mask.js';

export interface NotificationOptions {
  /** SMS through this webhook; without it SMS only reach the log */
  webhook?: WebhookOptions;
  /** Web Push with these VAPID keys; without them pushes only reach the log */
  webPush?: WebPushOptions;
  /** the log driver writes the texts (NOTIFY_LOG_TEXT: the demo) */
  logText?: boolean;
}

/** The notification options of a deployment's settings (NOTIFY_DRIVER, NOTIFY_WEBHOOK_*, VAPID_*). */
export function notificationOptions(s: Settings): NotificationOptions {
  const driver = s.NOTIFY_DRIVER ?? (s.NOTIFY_WEBHOOK_URL ? 'webhook' : 'log');
  return {
    ...(driver === 'webhook' && s.NOTIFY_WEBHOOK_URL
      ? { webhook: { url: s.NOTIFY_WEBHOOK_URL, ...(s.NOTIFY_WEBHOOK_SECRET ? { secret: s.NOTIFY_WEBHOOK_SECRET } : {}) } }
      : {}),
    ...(s.VAPID_PUBLIC_KEY && s.VAPID_PRIVATE_KEY && s.VAPID_SUBJECT
      ? { webPush: { vapid: { publicKey: s.VAPID_PUBLIC_KEY, privateKey: s.VAPID_PRIVATE_KEY, subject: s.VAPID_SUBJECT } } }
      : {}),
    ...(s.NOTIFY_LOG_TEXT ? { logText: true } : {}),
  };
}

export function notificationDrivers(ctx: Context, opts: NotificationOptions): Record<NotificationChannelName, NotificationChannel> {
  const log = logDriver(ctx.log, opts.logText ?? false);
  return { sms: opts.webhook ? webhookDriver(opts.webhook) : log, push: opts.webPush ? webPushDriver(opts.webPush) : log };
}

export async function deliverNotification(ctx: Context, drivers: Record<NotificationChannelName, NotificationChannel>, job: Job<NotificationJob>) {
  const { office, message } = job.data;
  const outgoing = { channel: message.channel, to: message.to, kind: message.kind, text: composeText(message), data: message.data } as OutgoingMessage;
  const attempts = job.attemptsMade + 1;
  const entry = (status: DeliveryEntry['status'], error?: string): DeliveryEntry => ({
    id: job.id!,
    kind: message.kind,
    channel: message.channel,
    to: maskRecipient(message.to),
    status,
    attempts,
    at: ctx.clock(),
    ...(error ? { error } : {}),
  });
  try {
    await drivers[message.channel].send(outgoing, { id: job.id!, lang: message.lang ?? 'vi' });
  } catch (err) {
    if (err instanceof RecipientGone) {
      await recordDelivery(ctx, office, entry('gone', err.message));
      return { status: 'gone' as const };
    }
    if (attempts >= (job.opts.attempts ?? 1)) await recordDelivery(ctx, office, entry('failed', (err as Error).message));
    throw err;
  }
  // sent: a lost log entry must not send it again
  await recordDelivery(ctx, office, entry('sent')).catch((err) => ctx.log.warn({ err, notification: job.id }, 'delivery log write failed'));
  return { status: 'sent' as const };
}

/** The processor for workers.ts. */
export function notificationProcessor(ctx: Context, opts: NotificationOptions = {}): JobProcessor {
  const drivers = notificationDrivers(ctx, opts);
  // sending waits on the network, not the CPU: more at once than the other queues
  return { queue: QUEUE.notifications, concurrency: 10, process: (job: Job) => deliverNotification(ctx, drivers, job as Job<NotificationJob>) };
}
