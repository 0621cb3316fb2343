/** Full snapshots a screen receives on join and whenever its session was not recovered. */
import type { BoardSnapshot, CallEvent, CounterSnapshot } from '../../shared/events.js';
import { officeDate } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { readCounter, readCounters } from '../tickets/counter-state.js';
import { waitingCounts, waitingTickets } from '../tickets/ticket-reader.js';
import { officerTicket } from '../tickets/ticket-view.js';

export async function boardSnapshot(ctx: Context, officeId: string): Promise<BoardSnapshot> {
  const { config } = await ctx.offices.get(officeId);
  const now = ctx.clock();
  const date = officeDate(now, config.timeZone);
  const [counters, waiting, recent] = await Promise.all([
    readCounters(ctx, officeId, config),
    waitingCounts(ctx, officeId, config),
    ctx.redis.lrange(keys.recentCalls(officeId, date), 0, 9),
  ]);
  return {
    office: officeId,
    officeName: config.name,
    date,
    serverTime: now,
    counters: counters.map((c) => c.view),
    recent: recent.map((r) => JSON.parse(r) as CallEvent),
    services: config.services.map((s) => ({ id: s.id, name: s.name, prefix: s.prefix, waiting: waiting.get(s.id) ?? 0 })),
    notices: config.notices,
    callPhrase: config.callPhrase,
  };
}

export async function counterSnapshot(ctx: Context, officeId: string, counterId: string): Promise<CounterSnapshot> {
  const { config } = await ctx.offices.get(officeId);
  const readFrom = ctx.clock();
  const date = officeDate(readFrom, config.timeZone);
  const { ticket, view } = await readCounter(ctx, officeId, config, counterId);
  const off = view.officer ? `off:${view.officer}` : undefined;
  const [waiting, counts] = await Promise.all([
    waitingTickets(ctx, officeId, config, view.services),
    ctx.redis.hmget(
      keys.aggregates(officeId, date),
      `served|ctr:${counterId}`,
      `noShow|ctr:${counterId}`,
      `calls|ctr:${counterId}`,
      ...(off ? [`served|${off}`, `noShow|${off}`, `calls|${off}`] : []),
    ),
  ]);
  const snap: CounterSnapshot = {
    office: officeId,
    counter: view,
    waiting,
    today: { served: Number(counts[0] ?? 0), noShow: Number(counts[1] ?? 0), called: Number(counts[2] ?? 0) },
    serverTime: ctx.clock(),
    readFrom,
  };
  if (off) snap.officerToday = { served: Number(counts[3] ?? 0), noShow: Number(counts[4] ?? 0), called: Number(counts[5] ?? 0) };
  if (ticket && (ticket.status === 'called' || ticket.status === 'serving')) snap.current = officerTicket(ticket);
  return snap;
}
