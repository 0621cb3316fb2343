/**
 * The worker side of webhooks: a `deliver` job sends one delivery when it heads its chain, records
 * each try, and on success or after its last try (a dead letter) hands the turn to the next
 * delivery of the same subject. A throw has BullMQ retry with back-off; waiting (behind an earlier
 * delivery, or for a turned-off endpoint) uses no try. The `sweep` job re-queues the first delivery
 * of any chain whose job was lost between two writes (a crash), so nothing recorded stays unsent.
 */
import { DelayedError, type Job } from 'bullmq';
import type { Context } from '../context.js';
import type { JobProcessor } from '../jobs/workers.js';
import { QUEUE } from '../jobs/queues.js';
import { keys } from '../redis/keys.js';
import { finishDelivery, placeInChain, readDelivery, saveAttempt, type DeliveryRecord } from './delivery-store.js';
import { deliveryJobId, nextTryAfter, queueDelivery, webhookQueue, type WebhookJob } from './delivery-queue.js';
import { readEndpoint } from './endpoint-store.js';
import { webhookHeaders } from './signature.js';
import { DeliveryFailed, postDelivery } from './webhook-sender.js';
import { webhookSettings } from './webhook-settings.js';

export type DeliveryOutcome = 'delivered' | 'dead' | 'dropped' | 'finished-before';

/** Hands the turn to the chain's next delivery, if any. */
async function passTurn(ctx: Context, job: WebhookJob, next: string | undefined): Promise<void> {
  if (!next) return;
  const record = await readDelivery(ctx, job.office, job.endpoint, next);
  if (record) await queueDelivery(ctx, { ...job, id: next }, record.sends);
  // a record gone with its endpoint: that chain is gone too
}

/** Puts the job back to wait without using a try (BullMQ's DelayedError). */
async function waitAndSeeAgain(ctx: Context, job: Job, token: string | undefined): Promise<never> {
  await job.moveToDelayed(Date.now() + webhookSettings(ctx).recheckMs, token);
  throw new DelayedError();
}

export async function deliverWebhook(ctx: Context, job: Job<WebhookJob>, token?: string): Promise<DeliveryOutcome> {
  const d = job.data;
  const [endpoint, record] = await Promise.all([readEndpoint(ctx, d.office, d.endpoint), readDelivery(ctx, d.office, d.endpoint, d.id)]);
  if (!endpoint || !record) {
    // the endpoint was deleted (its records with it): end here and free the chain
    await passTurn(ctx, d, await finishDelivery(ctx, d.office, d.endpoint, d.subject, d.id));
    return 'dropped';
  }
  const place = await placeInChain(ctx, d.office, d.endpoint, d.subject, d.id);
  if (record.status !== 'pending' || place === 'gone') {
    // a repeated job of a round already finished (the sweep racing a worker)
    if (place !== 'gone') await passTurn(ctx, d, await finishDelivery(ctx, d.office, d.endpoint, d.subject, d.id));
    return 'finished-before';
  }
  if (place === 'behind' || !endpoint.enabled) return waitAndSeeAgain(ctx, job, token);

  const s = webhookSettings(ctx);
  const attempt = job.attemptsMade + 1;
  const now = Date.now();
  const timestamp = Math.floor(now / 1000);
  try {
    const status = await postDelivery(endpoint.url, webhookHeaders(endpoint.secret, record.id, record.body, timestamp), record.body, {
      networks: s.networks,
      timeoutMs: s.timeoutMs,
    });
    const { error: _e, failure: _f, nextAttemptAt: _n, ...rest } = record;
    const delivered: DeliveryRecord = { ...rest, status: 'delivered', attempts: attempt, lastAttemptAt: now, responseStatus: status, deliveredAt: Date.now() };
    await passTurn(ctx, d, await finishDelivery(ctx, d.office, d.endpoint, d.subject, d.id, delivered));
    return 'delivered';
  } catch (err) {
    if (!(err instanceof DeliveryFailed)) throw err;
    const last = attempt >= (job.opts.attempts ?? 1);
    const { responseStatus: _r, nextAttemptAt: _n, ...rest } = record;
    const tried: DeliveryRecord = {
      ...rest,
      attempts: attempt,
      lastAttemptAt: now,
      failure: err.failure,
      error: err.message,
      ...(err.status ? { responseStatus: err.status } : {}),
      ...(last ? { status: 'dead', deadAt: Date.now() } : { nextAttemptAt: Date.now() + nextTryAfter(ctx, attempt) }),
    };
    if (last) await passTurn(ctx, d, await finishDelivery(ctx, d.office, d.endpoint, d.subject, d.id, tried));
    else await saveAttempt(ctx, d.office, d.endpoint, tried);
    throw err;
  }
}

/** Every chain's first delivery has a live job; chains found empty are forgotten. Answers the deliveries re-queued. */
export async function sweepWebhooks(ctx: Context, offices?: string[]): Promise<number> {
  const queue = webhookQueue(ctx);
  let requeued = 0;
  for (const office of offices ?? (await ctx.offices.list())) {
    for (const member of await ctx.redis.smembers(keys.webhookChains(office))) {
      const bar = member.indexOf('|');
      const endpoint = member.slice(0, bar);
      const subject = member.slice(bar + 1);
      const head = await ctx.redis.lindex(keys.webhookChain(office, endpoint, subject), 0);
      if (!head) {
        await ctx.redis.srem(keys.webhookChains(office), member);
        continue;
      }
      const record = await readDelivery(ctx, office, endpoint, head);
      const job = { office, endpoint, id: head, subject };
      const state = record ? await queue.getJobState(deliveryJobId(job, record.sends)) : 'unknown';
      if (state === 'waiting' || state === 'delayed' || state === 'active' || state === 'prioritized' || state === 'waiting-children') continue;
      // no job (lost), or one that ended without passing the turn on: a new one finishes the round
      await queueDelivery(ctx, job, record?.sends ?? 1, state === 'unknown' ? undefined : `s${Date.now()}`);
      requeued++;
    }
  }
  return requeued;
}

/** The sweep runs on a schedule (registered once at start, an idempotent upsert). */
export async function scheduleWebhookSweep(ctx: Context): Promise<void> {
  await webhookQueue(ctx).upsertJobScheduler('webhook-sweep', { every: webhookSettings(ctx).sweepEveryMs }, { name: 'sweep', data: {} as WebhookJob });
}

/**
 * The processor for workers.ts: network-bound, so more at once than the other queues. `offices`:
 * the sweep looks only at these (tests, whose apps share one Redis with their own job queues).
 */
export function webhookProcessor(ctx: Context, offices?: string[]): JobProcessor {
  return {
    queue: QUEUE.webhooks,
    concurrency: 10,
    process: async (job: Job, token?: string) => {
      if (job.name === 'sweep') {
        const requeued = await sweepWebhooks(ctx, offices);
        if (requeued) ctx.log.info({ requeued }, 'webhook deliveries re-queued by the sweep');
        return { requeued };
      }
      return deliverWebhook(ctx, job as Job<WebhookJob>, token);
    },
  };
}
