/** Reads of tickets and queues that no script needs to guard: live status, position, waiting lists. */
import { WAITING_LIST_LIMIT } from '../../shared/events.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { PublicTicket } from '../../shared/schemas/ticket.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import { officeDate } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { estimateWait, storedServiceSeconds } from '../../shared/wait-estimate.js';
import { decodeTicket } from './ticket-codec.js';
import { publicTicket, type StoredTicket } from './ticket-view.js';

export async function loadTicket(ctx: Context, id: string): Promise<StoredTicket | null> {
  const parts = parseTicketId(id);
  if (!parts) return null;
  const raw = await ctx.redis.hget(keys.tickets(parts.office, parts.date), parts.number);
  return raw ? decodeTicket(raw, parts.office, parts.date, parts.number) : null;
}

/** A ticket by id and token; a wrong token looks exactly like a missing ticket. */
export async function ticketWithToken(ctx: Context, id: string, token: string): Promise<StoredTicket> {
  const t = await loadTicket(ctx, id);
  if (!t || t.token !== token) throw notFound('ticket');
  return t;
}

export interface Position {
  ahead: number;
  estimatedWaitMinutes: number;
}

/**
 * People ahead of a waiting ticket in call-next's order (line-order.ts: the due part of the priority
 * line, the ordinary line, then the appointments not yet due) and the estimate.
 */
export async function positionOf(ctx: Context, config: OfficeConfig, t: StoredTicket): Promise<Position | undefined> {
  if (t.status !== 'waiting') return undefined;
  const office = parseTicketId(t.id)!.office;
  const pq = keys.queue(office, t.date, t.serviceId, true);
  const nq = keys.queue(office, t.date, t.serviceId, false);
  const counterIds = config.counters.filter((c) => c.services.includes(t.serviceId)).map((c) => c.id);
  const pipe = ctx.redis.pipeline();
  // ranks, not score comparisons: tickets of the same millisecond are ordered by number
  const now = ctx.clock();
  pipe.zrank(pq, t.number);
  pipe.zscore(pq, t.number);
  pipe.zcount(pq, '-inf', String(now));
  pipe.zcard(nq);
  pipe.zrank(nq, t.number);
  pipe.hget(keys.serviceStats(office), t.serviceId);
  if (counterIds.length) pipe.hmget(keys.counters(office), ...counterIds);
  const res = (await pipe.exec())!.map(([, v]) => v);
  const [rank, score, due, ordinary, ordinaryRank] = res.slice(0, 5) as [number | null, string | null, number, number, number | null];
  const ahead = rank === null ? due + (ordinaryRank ?? 0) : Number(score) <= now ? rank : ordinary + rank;
  const open = counterIds.length ? (res[6] as (string | null)[]).filter((s) => s && JSON.parse(s).status === 'open').length : 0;
  const service = config.services.find((s) => s.id === t.serviceId);
  const recentServiceSeconds = storedServiceSeconds(res[5] as string | null);
  return { ahead, estimatedWaitMinutes: estimateWait({ ahead, recentServiceSeconds, configuredMinutes: service?.avgServiceMinutes ?? 8, openCounters: open }) };
}

/** Waiting tickets of some services today, in the order call-next considers them (priority first). */
export async function waitingTickets(
  ctx: Context,
  office: string,
  config: OfficeConfig,
  serviceIds: string[],
  limit = WAITING_LIST_LIMIT,
): Promise<PublicTicket[]> {
  const date = officeDate(ctx.clock(), config.timeZone);
  const pipe = ctx.redis.pipeline();
  for (const s of serviceIds) {
    pipe.zrange(keys.queue(office, date, s, true), '0', String(limit - 1), 'WITHSCORES');
    pipe.zrange(keys.queue(office, date, s, false), '0', String(limit - 1), 'WITHSCORES');
  }
  const res = (await pipe.exec())!.map(([, v]) => v as string[]);
  const entries: { number: string; score: number; priority: boolean }[] = [];
  res.forEach((list, i) => {
    for (let j = 0; j < list.length; j += 2) entries.push({ number: list[j]!, score: Number(list[j + 1]), priority: i % 2 === 0 });
  });
  entries.sort((a, b) => (a.priority === b.priority ? a.score - b.score : a.priority ? -1 : 1));
  const top = entries.slice(0, limit);
  if (!top.length) return [];
  const raws = await ctx.redis.hmget(keys.tickets(office, date), ...top.map((e) => e.number));
  return raws.flatMap((r, i) => (r ? [publicTicket(decodeTicket(r, office, date, top[i]!.number))] : []));
}

/** Waiting count per service today. */
export async function waitingCounts(ctx: Context, office: string, config: OfficeConfig): Promise<Map<string, number>> {
  const date = officeDate(ctx.clock(), config.timeZone);
  const pipe = ctx.redis.pipeline();
  for (const s of config.services) {
    pipe.zcard(keys.queue(office, date, s.id, true));
    pipe.zcard(keys.queue(office, date, s.id, false));
  }
  const res = (await pipe.exec())!.map(([, v]) => Number(v));
  return new Map(config.services.map((s, i) => [s.id, res[2 * i]! + res[2 * i + 1]!]));
}
