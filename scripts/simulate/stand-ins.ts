/**
 * The keys a simulated day may not write in place, and a view of the Redis connection that swaps them
 * for stand-ins (keys.simulationStandIn), so the real domain functions and their atomic scripts can
 * play a past day beside a live one:
 * - the office's live state: its counters (a simulated officer would otherwise take over, or finish,
 *   a live counter's ticket), its recent service-time averages, the rating tablets' last tickets and
 *   its event log (the audit trail of what really happened);
 * - what reports and lists read: the day's rollup and its month's,
 *   the day indexes, complaints and dossiers. These are copied in when the day is complete.
 * The day's own raw keys (its tickets, numbers, queues, ratings) are written in place: nothing lists
 * them until the day is in the days index, and a failed day's are deleted.
 */
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { keys } from '../../server/redis/keys.js';
import type { RedisClient } from '../../server/redis/scripts.js';

/** Keys of the live office a simulation never writes, whatever phase it is in. */
export function liveKeys(office: string): string[] {
  return [keys.counters(office), keys.serviceStats(office), keys.tabletLast(office), keys.events(office)];
}

/** Every key a simulated day writes through a stand-in. */
export function dayStandInKeys(office: string, date: string): string[] {
  return [
    ...liveKeys(office),
    keys.aggregates(office, date),
    keys.monthAggregatesOfDay(office, date),
    keys.days(office),
    keys.closedDays(office),
    keys.complaints(office),
    keys.complaintIndex(office),
    keys.complaintSeq(office),
    keys.dossiers(office),
  ];
}

/** The stand-ins of a day, as they are named in Redis. */
export function dayStandIns(office: string, date: string): string[] {
  return dayStandInKeys(office, date).map(keys.simulationStandIn);
}

/** The day's own keys, written in place. */
export function rawDayKeys(office: string, date: string, config: OfficeConfig): string[] {
  return [
    keys.tickets(office, date),
    keys.sequences(office, date),
    keys.idempotency(office, date),
    keys.recentCalls(office, date),
    keys.ratings(office, date),
    ...config.services.flatMap((s) => [keys.queue(office, date, s.id, true), keys.queue(office, date, s.id, false)]),
  ];
}

/** The connection as the domain functions see it: `swapped` keys name their stand-ins instead. */
export function withStandIns(redis: RedisClient, swapped: string[]): RedisClient {
  const to = new Map(swapped.map((k) => [k, keys.simulationStandIn(k)]));
  const swap = (a: unknown): unknown => (typeof a === 'string' ? (to.get(a) ?? a) : Array.isArray(a) ? a.map(swap) : a);
  const view = <T extends object>(target: T): T => {
    const proxy: T = new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const out = (value as (...a: unknown[]) => unknown).apply(t, args.map(swap));
          // pipelines and transactions chain: their commands get the same view
          if (out === t) return proxy;
          return out && typeof out === 'object' && 'exec' in out && !('then' in out) ? view(out) : out;
        };
      },
    });
    return proxy;
  };
  return view(redis);
}
