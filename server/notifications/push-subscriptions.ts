/**
 * The phone following a ticket may ask for Web Push messages (turn near, called), which reach it
 * with the page closed. Its subscription is kept beside the ticket's day and leaves with it.
 */
import type { PushSubscriptionBody } from '../../shared/schemas/push-subscription.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { DomainError, notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { ticketWithToken } from '../tickets/ticket-reader.js';
import type { PushSubscription } from './message-kinds.js';

export async function followByPush(ctx: Context, ticketId: string, token: string, subscription: PushSubscriptionBody): Promise<void> {
  if (!ctx.pushPublicKey) throw notFound('Web Push on this server');
  const t = await ticketWithToken(ctx, ticketId, token);
  if (t.status !== 'waiting' && t.status !== 'called') throw new DomainError('wrong_status', 'this ticket is no longer waiting', { status: t.status });
  const { office, date, number } = parseTicketId(ticketId)!;
  await ctx.redis
    .multi()
    .hset(keys.ticketPush(office, date), number, JSON.stringify({ endpoint: subscription.endpoint, keys: subscription.keys }))
    .expire(keys.ticketPush(office, date), 2 * 86_400)
    .exec();
}

export async function pushSubscriptionOf(ctx: Context, office: string, date: string, number: string): Promise<PushSubscription | undefined> {
  const raw = await ctx.redis.hget(keys.ticketPush(office, date), number);
  return raw ? (JSON.parse(raw) as PushSubscription) : undefined;
}
