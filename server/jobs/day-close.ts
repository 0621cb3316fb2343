/**
 * Closing an office day: tickets still waiting at closing time become expired, no ticket is issued
 * for the day any more, and the counters still open close, the tickets they held ending as
 * `closed_at_day_end` at the closing time. Runs from a BullMQ job scheduler at each office's closing
 * time (office-local), and at start for any earlier day that was never closed (the server was down
 * at closing time): a late run closes as the run at closing time would have. Each day closes in one
 * atomic script and the counters in another, so a job that dies halfway leaves whole steps, and
 * running it again is harmless.
 */
import { addDays, officeClock, officeInstant, parseHHMM } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure, type ScriptFailure } from '../redis/script-failure.js';
import { totalFigures } from '../reports/report-builder.js';
import { loadReportData } from '../reports/report-service.js';
import { counterView, type StoredCounter } from '../tickets/counter-state.js';
import { officerTicket, type StoredTicket } from '../tickets/ticket-view.js';

export interface DayCloseResult {
  /** days closed by this run */
  closed: string[];
  /** waiting tickets expired */
  expired: number;
  /** tickets held at counters that ended as closed_at_day_end */
  closedAtDayEnd: number;
  countersClosed: number;
}

/** The latest office day whose closing time has passed, and that instant. */
export function lastClosing(config: OfficeConfig, now: number): { date: string; at: number } {
  const clock = officeClock(now, config.timeZone);
  const closing = parseHHMM(config.closingTime);
  const date = clock.minuteOfDay >= closing ? clock.date : addDays(clock.date, -1);
  return { date, at: officeInstant(date, closing, config.timeZone) };
}

export async function closeOfficeDays(ctx: Context, officeId: string): Promise<DayCloseResult> {
  const { config } = await ctx.offices.get(officeId, true);
  const now = ctx.clock();
  const last = lastClosing(config, now);
  const [days, closed] = await Promise.all([ctx.redis.zrange(keys.days(officeId), '0', '-1'), ctx.redis.smembers(keys.closedDays(officeId))]);
  const closedSet = new Set(closed);
  const due = days.filter((d) => !closedSet.has(d) && d <= last.date);
  let expired = 0;
  for (const date of due) {
    // appointments nobody checked in for: their seats are past
    succeeded(
      await scripts.expireBookings(
        ctx.redis,
        {
          bookings: keys.bookings(officeId),
          dayBookings: keys.dayBookings(officeId, date),
          aggregates: keys.aggregates(officeId, date),
          monthAggregates: keys.monthAggregatesOfDay(officeId, date),
          events: keys.events(officeId),
          bookingCodes: keys.bookingCodes(officeId),
        },
        { date, now, streamMaxLen: ctx.streamMaxLen },
      ),
    );
    // identity from scanned ID cards is kept only until the day closes (stripped before the day is marked closed)
    succeeded(await scripts.stripIdentity(ctx.redis, { tickets: keys.tickets(officeId, date) }, { office: officeId, date }));
    const reply = succeeded(
      await scripts.expireDay(ctx.redis, expireDayKeys(officeId, config, date), { office: officeId, date, now, streamMaxLen: ctx.streamMaxLen }),
    );
    expired += reply.count;
    // Lua's cjson encodes an empty list as {}: only a non-empty reply is a list
    for (const id of reply.count ? reply.expired : []) ctx.events.emit('ticket.updated', { office: officeId, ticket: { id, status: 'expired' } as never });
    if (date === officeClock(now, config.timeZone).date)
      ctx.events.emit('queue.changed', { office: officeId, services: config.services.map((s) => ({ id: s.id, waiting: 0 })) });
  }
  const counters = await closeCounters(ctx, officeId, config, last, now);
  for (const ticket of counters.tickets) ctx.events.emit('ticket.updated', { office: officeId, ticket: officerTicket(ticket) });
  // (a counter removed from the configuration is closed too, but no screen shows it)
  for (const counterId of counters.counters.filter((id) => config.counters.some((c) => c.id === id))) {
    ctx.events.emit('counter.changed', { office: officeId, counter: counterView(config, counterId, { status: 'closed' }, null) });
  }
  // every screen takes a fresh snapshot: the kiosk shows the day closed, the board no more calls
  if (due.length || counters.counters.length) ctx.events.emit('office.changed', { office: officeId });
  for (const date of due) await announceDayClosed(ctx, officeId, date);
  const result = { closed: due, expired, closedAtDayEnd: counters.tickets.length, countersClosed: counters.counters.length };
  if (due.length || counters.counters.length)
    ctx.log.info({ office: officeId, days: due, expired, closedAtDayEnd: result.closedAtDayEnd, countersClosed: result.countersClosed }, 'office days closed');
  return result;
}

/**
 * `day.closed` with the day's figures, read from its rollups once its counters are closed too. The
 * day is closed whether or not they can be read: a failure is logged, never a reason to run again.
 */
async function announceDayClosed(ctx: Context, officeId: string, date: string): Promise<void> {
  try {
    const figures = totalFigures(await loadReportData(ctx, officeId, date, date, { daily: true }));
    ctx.events.emit('day.closed', { office: officeId, date, figures });
  } catch (err) {
    ctx.log.warn({ err, office: officeId, date }, 'day closed, its figures not announced');
  }
}

/**
 * The start-up close: every office's days that no run closed (the server was down at closing time).
 * One office's failure does not stop the others; the job fails afterwards, so BullMQ runs it again
 * (closing is idempotent: what was closed stays closed).
 */
export async function closeMissedDays(ctx: Context, offices: string[]): Promise<{ offices: number; closed: number }> {
  const failed: string[] = [];
  let closed = 0;
  for (const office of offices) {
    try {
      closed += (await closeOfficeDays(ctx, office)).closed.length;
    } catch (err) {
      // an office deleted since the job was queued has nothing to close
      if (err instanceof DomainError && err.code === 'not_found') continue;
      ctx.log.warn({ err, office }, 'day close failed');
      failed.push(office);
    }
  }
  if (failed.length) throw new Error(`day close failed for ${failed.length} offices: ${failed.slice(0, 10).join(', ')}`);
  return { offices: offices.length, closed };
}

/** The keys expireDay.lua takes for one day of an office. */
export function expireDayKeys(officeId: string, config: OfficeConfig, date: string) {
  return {
    tickets: keys.tickets(officeId, date),
    aggregates: keys.aggregates(officeId, date),
    monthAggregates: keys.monthAggregatesOfDay(officeId, date),
    events: keys.events(officeId),
    closedDays: keys.closedDays(officeId),
    recentCalls: keys.recentCalls(officeId, date),
    queues: config.services.map((s) => ({ priority: keys.queue(officeId, date, s.id, true), normal: keys.queue(officeId, date, s.id, false) })),
  };
}

/** A day-close script's reply; its only refusal is of arguments this module built, a bug to raise. */
function succeeded<R>(reply: R | ScriptFailure): R {
  if (isFailure(reply)) throw new Error(`day close: a script refused: ${reply.error} (${reply.message})`);
  return reply;
}

interface ClosedCounters {
  counters: string[];
  tickets: StoredTicket[];
}

/** Closes the counters left open at the last closing time (closeCounters.lua), with the days of the tickets they hold. */
async function closeCounters(ctx: Context, officeId: string, config: OfficeConfig, last: { date: string; at: number }, now: number): Promise<ClosedCounters> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const states = Object.values(await ctx.redis.hgetall(keys.counters(officeId))).map((raw) => JSON.parse(raw) as StoredCounter);
    const heldDays = [
      ...new Set(states.flatMap((c) => (c.status !== 'closed' && c.ticket && c.ticketDate && c.ticketDate <= last.date ? [c.ticketDate] : []))),
    ].sort();
    const reply = await scripts.closeCounters(
      ctx.redis,
      {
        counters: keys.counters(officeId),
        events: keys.events(officeId),
        days: heldDays.map((d) => ({
          tickets: keys.tickets(officeId, d),
          aggregates: keys.aggregates(officeId, d),
          monthAggregates: keys.monthAggregatesOfDay(officeId, d),
        })),
      },
      {
        office: officeId,
        closesAt: last.at,
        lastDay: last.date,
        now,
        streamMaxLen: ctx.streamMaxLen,
        days: heldDays.map((d) => ({ date: d, closesAt: officeInstant(d, parseHHMM(config.closingTime), config.timeZone) })),
      },
    );
    // a counter took a ticket of another day meanwhile: read again
    if (isFailure(reply) && reply.error === 'retry') continue;
    const closed = succeeded(reply);
    return { counters: closed.closed ? closed.counters : [], tickets: closed.ended ? closed.tickets : [] };
  }
  throw new Error(`the counters of ${officeId} kept changing while closing the day`);
}
