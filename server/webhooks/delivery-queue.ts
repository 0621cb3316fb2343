/**
 * The BullMQ side of webhook deliveries: one job per delivery round, named by office, endpoint,
 * event and round (`sends`), so queueing the same round twice (a reaction and the sweep at once) is
 * one job. Retries and their back-off are BullMQ's; the retry policy is the deployment's.
 */
import type { Queue } from 'bullmq';
import type { Context } from '../context.js';
import { QUEUE, sharedQueue } from '../jobs/queues.js';
import { webhookSettings } from './webhook-settings.js';

export interface WebhookJob {
  office: string;
  endpoint: string;
  /** the event's id */
  id: string;
  subject: string;
}

/** The webhook queue on the context's connection (closed with the application's shared queues). */
export const webhookQueue = (ctx: Context): Queue<WebhookJob> => sharedQueue<WebhookJob>(QUEUE.webhooks, ctx.redis, ctx.jobPrefix);

/** BullMQ ids may not hold ":" nor be all digits; office and endpoint ids hold neither. */
export const deliveryJobId = (j: WebhookJob, sends: number) => `wh.${j.office}.${j.endpoint}.${j.id}.${sends}`;

/** Queues a delivery's round; `fresh` gives a job of a round whose earlier job ended without finishing it (the sweep). */
export async function queueDelivery(ctx: Context, job: WebhookJob, sends: number, fresh?: string): Promise<void> {
  const s = webhookSettings(ctx);
  await webhookQueue(ctx).add('deliver', job, {
    jobId: fresh ? `${deliveryJobId(job, sends)}.${fresh}` : deliveryJobId(job, sends),
    attempts: s.attempts,
    backoff: { type: 'exponential', delay: s.backoffMs },
    // the delivery record keeps the outcome; a failed job stays a while for whoever looks into BullMQ
    removeOnComplete: true,
    removeOnFail: { age: 7 * 86_400, count: 1000 },
  });
}

/** When BullMQ will try again after a failed try number `attempt` (1 for the first): exponential, as it computes it. */
export const nextTryAfter = (ctx: Context, attempt: number): number => Math.round(2 ** (attempt - 1) * webhookSettings(ctx).backoffMs);
