/** The public view of an office for kiosks and phones: services open now, waiting counts, estimates. */
import type { PublicOffice } from '../../shared/schemas/office.js';
import { officeClock } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { readCounters } from '../tickets/counter-state.js';
import { estimateWait, storedServiceSeconds } from '../../shared/wait-estimate.js';
import { closedReason } from '../tickets/issuing-rules.js';
import { waitingCounts } from '../tickets/ticket-reader.js';

export async function publicOffice(ctx: Context, officeId: string): Promise<PublicOffice> {
  const { config } = await ctx.offices.get(officeId);
  const now = ctx.clock();
  const clock = officeClock(now, config.timeZone);
  const [waiting, counters, stats, sequences, dayClosed] = await Promise.all([
    waitingCounts(ctx, officeId, config),
    readCounters(ctx, officeId, config),
    ctx.redis.hgetall(keys.serviceStats(officeId)),
    ctx.redis.hgetall(keys.sequences(officeId, clock.date)),
    ctx.redis.sismember(keys.closedDays(officeId), clock.date),
  ]);
  return {
    id: config.id,
    name: config.name,
    ...(config.shortName ? { shortName: config.shortName } : {}),
    ...(config.address ? { address: config.address } : {}),
    timeZone: config.timeZone,
    date: clock.date,
    serverTime: now,
    services: config.services.map((s) => {
      const serving = config.counters.filter((c) => c.services.includes(s.id));
      const open = counters.filter((c) => c.view.status === 'open' && c.view.services.includes(s.id)).length;
      const reason = closedReason(config, s, now, dayClosed === 1) ?? (Number(sequences[s.id] ?? 0) >= s.dailyLimit ? 'limit_reached' : undefined);
      const n = waiting.get(s.id) ?? 0;
      return {
        id: s.id,
        name: s.name,
        ...(s.nameEn ? { nameEn: s.nameEn } : {}),
        prefix: s.prefix,
        open: !reason,
        ...(reason ? { closedReason: reason } : {}),
        hours: s.hours,
        waiting: n,
        // what the ticket taken now would be told: everyone waiting is ahead of it
        estimatedWaitMinutes: estimateWait({
          ahead: n,
          recentServiceSeconds: storedServiceSeconds(stats[s.id]),
          configuredMinutes: s.avgServiceMinutes,
          openCounters: open,
        }),
        counters: serving.map((c) => c.id),
      };
    }),
    counters: counters.map((c) => ({ id: c.view.id, number: c.view.number, name: c.view.name, services: c.view.services, status: c.view.status })),
    notices: config.notices,
    noWritingToday: config.noWritingWeekday === clock.weekday,
    noWritingWeekday: config.noWritingWeekday,
    priorityCategories: config.priority.categories,
    rating: { levels: 4, neutralCountsAs: config.rating.neutralCountsAs, repeatIntervalSeconds: config.rating.repeatIntervalSeconds },
    callPhrase: config.callPhrase,
    theme: config.theme,
    cccdEnabled: config.cccdEnabled,
    bookings: {
      appointments: config.services.some((s) => s.enabled && !!s.booking.appointment),
      remote: config.services.some((s) => s.enabled && s.booking.remote),
    },
    requirePairedKiosks: config.requirePairedKiosks,
    ...(ctx.publicUrl ? { publicUrl: ctx.publicUrl } : {}),
  };
}
