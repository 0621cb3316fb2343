/**
 * The deliveries of an endpoint in Redis, all in the office's slot: a hash of records (each with the
 * exact body sent on every try), the recent ones by time, the dead letters, and one chain per
 * subject (a ticket, a complaint, a booking, a day) listing what is not yet delivered, oldest first.
 * Only a chain's first delivery is sent; finishing it (delivered or dead) names the next, so a
 * ticket's later events never overtake its earlier ones.
 */
import type { WebhookDeliveriesResponse, WebhookDeliveryView, WebhookEvent } from '../../shared/schemas/webhooks.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';

/** Deliveries listed per endpoint; older delivered ones and dead letters beyond these are dropped (pending ones never). */
export const RECENT_KEPT = 200;
export const DEAD_KEPT = 500;

export interface DeliveryRecord extends WebhookDeliveryView {
  subject: string;
  /** the JSON sent, the same on every try */
  body: string;
}

/** A new event for some endpoints: its id, subject and body are the same for each. */
export interface NewDelivery {
  id: string;
  type: WebhookEvent;
  subject: string;
  occurredAt: number;
  body: string;
}

const chainMember = (endpoint: string, subject: string) => `${endpoint}|${subject}`;

export function deliveryView(r: DeliveryRecord): WebhookDeliveryView {
  const { subject: _s, body: _b, ...view } = r;
  return view;
}

/**
 * Records the event for each endpoint and puts it at the end of its subject's chain, in one
 * transaction; answers the endpoints whose chain it heads (to be queued now).
 */
export async function recordDeliveries(ctx: Context, office: string, endpoints: string[], d: NewDelivery): Promise<string[]> {
  if (!endpoints.length) return [];
  const tx = ctx.redis.multi();
  for (const endpoint of endpoints) {
    const record: DeliveryRecord = { ...d, status: 'pending', attempts: 0, sends: 1 };
    tx.hset(keys.webhookDeliveries(office, endpoint), d.id, JSON.stringify(record))
      .zadd(keys.webhookRecent(office, endpoint), d.occurredAt, d.id)
      .rpush(keys.webhookChain(office, endpoint, d.subject), d.id)
      .sadd(keys.webhookChains(office), chainMember(endpoint, d.subject));
  }
  const replies = (await tx.exec()) ?? [];
  return endpoints.filter((_, i) => {
    const [err, length] = replies[i * 4 + 2] ?? [];
    if (err) throw err;
    return length === 1;
  });
}

export async function readDelivery(ctx: Context, office: string, endpoint: string, id: string): Promise<DeliveryRecord | undefined> {
  const raw = await ctx.redis.hget(keys.webhookDeliveries(office, endpoint), id);
  return raw ? (JSON.parse(raw) as DeliveryRecord) : undefined;
}

/** The outcome of a try that will be tried again. */
export async function saveAttempt(ctx: Context, office: string, endpoint: string, r: DeliveryRecord): Promise<void> {
  await ctx.redis.hset(keys.webhookDeliveries(office, endpoint), r.id, JSON.stringify(r));
}

/** Where a delivery stands in its chain: first (to send), waiting behind an earlier one, or not in it (finished). */
export async function placeInChain(ctx: Context, office: string, endpoint: string, subject: string, id: string): Promise<'first' | 'behind' | 'gone'> {
  const key = keys.webhookChain(office, endpoint, subject);
  if ((await ctx.redis.lindex(key, 0)) === id) return 'first';
  return (await ctx.redis.lpos(key, id)) === null ? 'gone' : 'behind';
}

/**
 * Ends a delivery's turn: stores its final record (delivered or dead; none when the endpoint or the
 * record is gone), takes it out of its chain, and answers the chain's next delivery, if any.
 */
export async function finishDelivery(
  ctx: Context,
  office: string,
  endpoint: string,
  subject: string,
  id: string,
  record?: DeliveryRecord,
): Promise<string | undefined> {
  const chain = keys.webhookChain(office, endpoint, subject);
  const tx = ctx.redis.multi();
  if (record) tx.hset(keys.webhookDeliveries(office, endpoint), id, JSON.stringify(record));
  if (record?.status === 'dead') tx.zadd(keys.webhookDead(office, endpoint), record.deadAt ?? Date.now(), id);
  tx.lrem(chain, 1, id).lindex(chain, 0);
  const replies = (await tx.exec()) ?? [];
  const [err, next] = replies[replies.length - 1] ?? [];
  if (err) throw err;
  if (record) await trimDeliveries(ctx, office, endpoint);
  return (next as string | null) ?? undefined;
}

/**
 * A resend: the same event (same id and body) queued again as a new round at the end of its chain,
 * out of the dead letters; answers whether it heads its chain (to be queued now).
 */
export async function requeueDelivery(ctx: Context, office: string, endpoint: string, r: DeliveryRecord): Promise<{ record: DeliveryRecord; first: boolean }> {
  const { error: _e, failure: _f, nextAttemptAt: _n, responseStatus: _s, deliveredAt: _d, deadAt: _x, lastAttemptAt: _l, ...rest } = r;
  const record: DeliveryRecord = { ...rest, status: 'pending', attempts: 0, sends: r.sends + 1 };
  const replies =
    (await ctx.redis
      .multi()
      .hset(keys.webhookDeliveries(office, endpoint), r.id, JSON.stringify(record))
      .zrem(keys.webhookDead(office, endpoint), r.id)
      .zadd(keys.webhookRecent(office, endpoint), r.occurredAt, r.id)
      .rpush(keys.webhookChain(office, endpoint, r.subject), r.id)
      .sadd(keys.webhookChains(office), chainMember(endpoint, r.subject))
      .exec()) ?? [];
  const [err, length] = replies[3] ?? [];
  if (err) throw err;
  return { record, first: length === 1 };
}

/** The recent deliveries and the dead letters of an endpoint, newest first. */
export async function listDeliveries(ctx: Context, office: string, endpoint: string, limit = 100): Promise<WebhookDeliveriesResponse> {
  const [recent, dead] = await Promise.all([
    ctx.redis.zrevrange(keys.webhookRecent(office, endpoint), 0, limit - 1),
    ctx.redis.zrevrange(keys.webhookDead(office, endpoint), 0, limit - 1),
  ]);
  const ids = [...new Set([...recent, ...dead])];
  const raws = ids.length ? await ctx.redis.hmget(keys.webhookDeliveries(office, endpoint), ...ids) : [];
  const byId = new Map(ids.map((id, i) => [id, raws[i] ? deliveryView(JSON.parse(raws[i]!) as DeliveryRecord) : undefined]));
  const views = (list: string[]) => list.flatMap((id) => (byId.get(id) ? [byId.get(id)!] : []));
  return { deliveries: views(recent), deadLetters: views(dead).filter((d) => d.status === 'dead') };
}

/**
 * Keeps the lists short: the oldest finished deliveries past RECENT_KEPT leave the recent list, the
 * oldest dead letters past DEAD_KEPT leave theirs, and a record in neither goes. A pending delivery
 * stays, however old: it is still owed.
 */
async function trimDeliveries(ctx: Context, office: string, endpoint: string): Promise<void> {
  const recentKey = keys.webhookRecent(office, endpoint);
  const deadKey = keys.webhookDead(office, endpoint);
  const hash = keys.webhookDeliveries(office, endpoint);
  /** takes ids out of one list, and their records where the other list does not hold them */
  const drop = async (ids: string[], from: string, other: string) => {
    if (!ids.length) return;
    const elsewhere = await ctx.redis.zmscore(other, ...ids);
    const orphans = ids.filter((_, i) => elsewhere[i] === null);
    const tx = ctx.redis.multi().zrem(from, ...ids);
    if (orphans.length) tx.hdel(hash, ...orphans);
    await tx.exec();
  };
  const recentCount = await ctx.redis.zcard(recentKey);
  if (recentCount > RECENT_KEPT) {
    const old = await ctx.redis.zrange(recentKey, '0', String(recentCount - RECENT_KEPT - 1));
    const raws = await ctx.redis.hmget(hash, ...old);
    await drop(
      old.filter((_, i) => !raws[i] || (JSON.parse(raws[i]!) as DeliveryRecord).status !== 'pending'),
      recentKey,
      deadKey,
    );
  }
  const deadCount = await ctx.redis.zcard(deadKey);
  if (deadCount > DEAD_KEPT) await drop(await ctx.redis.zrange(deadKey, '0', String(deadCount - DEAD_KEPT - 1)), deadKey, recentKey);
}
