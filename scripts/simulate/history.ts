/**
 * History mode for one office: plays each working day of a range before today, each day whole or not
 * at all (day-ledger.ts), beside a live server if one runs (stand-ins.ts), then the dossier results
 * and complaint answers that fall before today (follow-ups.ts) and the self-inspection reports of the
 * weeks and months played. Refuses, writing nothing, to touch today or a day it did not write.
 */
import { addDays, datesBetween, officeDate, officeInstant, weekdayOf } from '../../shared/office-time.js';
import type { Context } from '../../server/context.js';
import { DomainEventBus } from '../../server/domain-events.js';
import { isWorkingDay } from '../../server/feedback/working-days.js';
import { DomainError } from '../../server/domain-error.js';
import { createLogger } from '../../server/observability/logger.js';
import { createMetrics } from '../../server/observability/metrics.js';
import { OfficeStore } from '../../server/offices/office-store.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { inspectionPeriod } from '../../shared/report-periods.js';
import { generateSnapshot } from '../../server/reports/snapshots.js';
import { beginDay, closeJournal, commitDay, openJournal, Refusal, rollbackDay } from './day-ledger.js';
import { existingDays, removeSimulatedDays } from './existing-days.js';
import { followUp } from './follow-ups.js';
import { playDay, type SimClock } from './play-day.js';
import { Random } from './random.js';
import { dayStandInKeys, liveKeys, withStandIns } from './stand-ins.js';
import { STANDARD_WARD, WEEKDAY_FACTOR, type WardProfile } from './ward-profile.js';

export interface HistoryOptions {
  office: string;
  /** first and last day (YYYY-MM-DD); default: `months` back from yesterday */
  from?: string;
  until?: string;
  months: number;
  seed: string;
  /** remove the days earlier simulations wrote and play them again */
  replace: boolean;
  /** IDENTITY_SALT of the deployment (settings) */
  identitySalt: string;
  /** the office's character (the standard ward when absent) */
  profile?: WardProfile;
  log: (line: string) => void;
  /** told of each day played, with its tickets (instead of a line every ten days) */
  onDay?: (tickets: number) => void;
}

export interface HistoryResult {
  from: string;
  until: string;
  played: number;
  tickets: number;
}

/** A day that failed; it was rolled back (or will be by the next run). */
export class DayFailed extends Error {}

const reason = (err: unknown) => (err instanceof DomainError ? `${err.message} (${err.code})` : err instanceof Error ? err.message : String(err));

export async function simulateHistory(redis: RedisClient, opts: HistoryOptions): Promise<HistoryResult> {
  const { office, log } = opts;
  const profile = opts.profile ?? STANDARD_WARD;
  const clock: SimClock = { now: Date.now() };
  const offices = new OfficeStore(redis);
  const shared = {
    offices,
    events: new DomainEventBus(),
    log: createLogger('warn'),
    metrics: createMetrics(),
    clock: () => Math.round(clock.now),
    streamMaxLen: 200_000,
    identitySalt: opts.identitySalt,
  };
  const ctxWith = (standIns: string[]): Context => ({ ...shared, redis: withStandIns(redis, standIns) });

  if (!(await offices.exists(office))) throw new Refusal(`office ${office} does not exist`);
  let { config } = await offices.get(office, true);
  const today = officeDate(Date.now(), config.timeZone);
  const until = opts.until ?? addDays(today, -1);
  const from = opts.from ?? addDays(until, 1 - Math.round(opts.months * 30.4));
  if (until >= today)
    throw new Refusal(`history mode writes only days before today (${today}, ${config.timeZone}): --until must be ${addDays(today, -1)} or earlier`);
  if (from > until) throw new Refusal(`--from ${from} is after --until ${until}`);

  const rolledBack = await openJournal(redis, office, config);
  if (rolledBack) log(`rolled back ${rolledBack}, which an earlier run left half-written`);
  try {
    const dates = datesBetween(from, until).filter((d) => WEEKDAY_FACTOR[weekdayOf(d)]! > 0 && isWorkingDay(config, d));
    const existing = await existingDays(redis, office, dates);
    if (existing.real.length) {
      const list = existing.real.length > 5 ? `${existing.real.slice(0, 5).join(', ')} and ${existing.real.length - 5} more` : existing.real.join(', ');
      throw new Refusal(
        `refused: ${list} in office ${office} already hold data that no simulation wrote. History mode never writes over such days, even with --replace: choose a range without them (--from, --until).`,
      );
    }
    let toPlay = dates;
    if (opts.replace) {
      const removed = await removeSimulatedDays(redis, office, config);
      if (removed.length) log(`removed ${removed.length} simulated days (${removed[0]} to ${removed.at(-1)}) to write them again`);
    } else if (existing.simulated.length) {
      toPlay = dates.filter((d) => !existing.simulated.includes(d));
      log(`${existing.simulated.length} days already simulated, skipped (--replace writes them again)`);
    }

    let tickets = 0;
    for (const [i, date] of toPlay.entries()) {
      await beginDay(redis, office, config, date);
      const before = tickets;
      try {
        tickets += await playDay(ctxWith(dayStandInKeys(office, date)), clock, office, date, new Random(opts.seed, office, date), profile);
        await commitDay(redis, office, date);
      } catch (err) {
        const goOn = `${i ? `The ${i} days before it are complete; run` : 'Run'} the same command again to go on.`;
        try {
          ({ config } = await offices.get(office, true));
          await rollbackDay(redis, office, config, date);
        } catch (again) {
          throw new DayFailed(`${date} failed: ${reason(err)}. It could not be rolled back now (${reason(again)}); the next run rolls it back first. ${goOn}`);
        }
        throw new DayFailed(`${date} failed and was rolled back (nothing of that day was kept): ${reason(err)}. ${goOn}`);
      }
      if (opts.onDay) opts.onDay(tickets - before);
      else if ((i + 1) % 10 === 0) log(`  ${date}: ${i + 1} days, ${tickets} tickets so far`);
    }

    const follow = await followUp(ctxWith(liveKeys(office)), clock, office, today, profile);
    if (follow.resolved || follow.answered) log(`${follow.resolved} dossier results and ${follow.answered} complaint answers recorded`);
    if (toPlay.length) await selfInspections(ctxWith(liveKeys(office)), clock, office, config.timeZone, from, until);
    return { from, until, played: toPlay.length, tickets };
  } finally {
    await closeJournal(redis, office);
  }
}

/** The weekly and monthly self-inspection reports of the range, as the schedulers would have made them. */
async function selfInspections(ctx: Context, clock: SimClock, office: string, tz: string, from: string, until: string): Promise<void> {
  for (let d = from; d <= until; d = addDays(d, 7)) {
    const week = inspectionPeriod('week', d);
    if (week.to > until) continue;
    clock.now = officeInstant(addDays(week.to, 1), 6 * 60, tz);
    await generateSnapshot(ctx, office, 'week', d);
  }
  for (let d = `${from.slice(0, 7)}-01`; d <= until; d = addDays(inspectionPeriod('month', d).to, 1)) {
    const month = inspectionPeriod('month', d);
    if (month.to > until || month.from < from) continue;
    clock.now = officeInstant(addDays(month.to, 1), 6 * 60, tz);
    await generateSnapshot(ctx, office, 'month', d);
  }
}
