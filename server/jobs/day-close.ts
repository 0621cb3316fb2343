/**
 * Closing an office day: tickets still waiting at closing time become expired. Runs from a
 * BullMQ job scheduler at each office's closing time (office-local), and at start for any
 * earlier day that was never closed. Each day closes in one atomic script, so a job that
 * dies halfway leaves either nothing or the whole day done, and running it again is harmless.
 */
import { officeClock, parseHHMM } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { runScript } from '../redis/scripts.js';

export interface DayCloseResult {
  closed: string[];
  expired: number;
}

export async function closeOfficeDays(ctx: Context, officeId: string): Promise<DayCloseResult> {
  const { config } = await ctx.offices.get(officeId, true);
  const now = ctx.clock();
  const clock = officeClock(now, config.timeZone);
  const afterClosing = clock.minuteOfDay >= parseHHMM(config.closingTime);
  const [days, closed] = await Promise.all([ctx.redis.zrange(keys.days(officeId), '0', '-1'), ctx.redis.smembers(keys.closedDays(officeId))]);
  const closedSet = new Set(closed);
  const due = days.filter((d) => !closedSet.has(d) && (d < clock.date || (d === clock.date && afterClosing)));
  let expired = 0;
  for (const date of due) {
    const queues = config.services.flatMap((s) => [keys.queue(officeId, date, s.id, true), keys.queue(officeId, date, s.id, false)]);
    // identity from scanned ID cards is kept only until the day closes (stripped before the day is marked closed)
    await runScript<{ stripped: number }>(ctx.redis, 'stripIdentity', [keys.tickets(officeId, date)], []);
    const reply = await runScript<{ expired: string[]; count: number }>(
      ctx.redis,
      'expireDay',
      [keys.tickets(officeId, date), keys.aggregates(officeId, date), keys.events(officeId), keys.closedDays(officeId), ...queues],
      [date, now, ctx.streamMaxLen],
    );
    expired += reply.count;
    // Lua's cjson encodes an empty list as {}: only a non-empty reply is a list
    for (const id of reply.count ? reply.expired : []) ctx.events.emit('ticket.updated', { office: officeId, ticket: { id, status: 'expired' } as never });
    if (date === clock.date) ctx.events.emit('queue.changed', { office: officeId, services: config.services.map((s) => ({ id: s.id, waiting: 0 })) });
  }
  if (due.length) ctx.log.info({ office: officeId, days: due, expired }, 'office days closed');
  return { closed: due, expired };
}
