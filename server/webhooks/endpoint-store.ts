/**
 * An office's webhook endpoints in Redis: one hash in the office's slot, endpoint id → JSON. The
 * secret is stored as it is (the server signs with it), so every reader but the delivery worker
 * goes through `endpointView`, which leaves it out.
 */
import type { WebhookEndpointView } from '../../shared/schemas/webhooks.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';

export interface StoredEndpoint extends WebhookEndpointView {
  secret: string;
}

/** Changes made through this process, per office: a reader's cache of the endpoints is stale once it moves. */
const changes = new Map<string, number>();
export const endpointsVersion = (office: string): number => changes.get(office) ?? 0;
const changed = (office: string) => changes.set(office, endpointsVersion(office) + 1);

/** What may leave the server: everything but the secret. */
export function endpointView(e: StoredEndpoint): WebhookEndpointView {
  const { secret: _secret, ...view } = e;
  return view;
}

/** Every endpoint of the office with its secret, oldest first (for the reactions and the worker only). */
export async function readEndpoints(ctx: Context, office: string): Promise<StoredEndpoint[]> {
  const all = await ctx.redis.hgetall(keys.webhookEndpoints(office));
  return Object.values(all)
    .map((raw) => JSON.parse(raw) as StoredEndpoint)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export async function readEndpoint(ctx: Context, office: string, id: string): Promise<StoredEndpoint | undefined> {
  const raw = await ctx.redis.hget(keys.webhookEndpoints(office), id);
  return raw ? (JSON.parse(raw) as StoredEndpoint) : undefined;
}

export async function countEndpoints(ctx: Context, office: string): Promise<number> {
  return ctx.redis.hlen(keys.webhookEndpoints(office));
}

/** Stores a new endpoint; false when the id is taken. */
export async function insertEndpoint(ctx: Context, office: string, e: StoredEndpoint): Promise<boolean> {
  const inserted = (await ctx.redis.hsetnx(keys.webhookEndpoints(office), e.id, JSON.stringify(e))) === 1;
  changed(office);
  return inserted;
}

export async function replaceEndpoint(ctx: Context, office: string, e: StoredEndpoint): Promise<void> {
  await ctx.redis.hset(keys.webhookEndpoints(office), e.id, JSON.stringify(e));
  changed(office);
}

/**
 * Removes an endpoint with its deliveries and dead letters. Jobs already queued for it find no
 * endpoint when they run and end there; its chains go here, so nothing waits on them.
 */
export async function removeEndpoint(ctx: Context, office: string, id: string): Promise<void> {
  const members = (await ctx.redis.smembers(keys.webhookChains(office))).filter((m) => m.startsWith(`${id}|`));
  const tx = ctx.redis
    .multi()
    .hdel(keys.webhookEndpoints(office), id)
    .del(keys.webhookDeliveries(office, id), keys.webhookRecent(office, id), keys.webhookDead(office, id));
  for (const m of members) tx.del(keys.webhookChain(office, id, m.slice(id.length + 1))).srem(keys.webhookChains(office), m);
  await tx.exec();
  changed(office);
}
