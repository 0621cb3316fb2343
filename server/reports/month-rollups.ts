/**
 * Month rollups are written by the ticket scripts beside the day rollups (scripts/includes/rollups.lua). Data written
 * before that has day rollups only: once per office, each month that has any is rebuilt from its
 * days (one atomic script per month), and a marker records it. Also used by the benchmark, which
 * copies day rollups directly.
 */
import { addDays } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import { monthEnd } from '../../shared/report-periods.js';

const LAYOUT = '1';
/** the earliest month looked at: before this system existed */
const FIRST_MONTH = '2020-01';

function dayKeys(office: string, month: string): string[] {
  const out: string[] = [];
  for (let d = `${month}-01`; d <= monthEnd(`${month}-01`); d = addDays(d, 1)) out.push(keys.aggregates(office, d));
  return out;
}

/** Rebuilds one month's rollup from its days; returns the number of fields. */
export async function rebuildMonthRollup(ctx: Context, office: string, month: string): Promise<number> {
  const reply = await scripts.rebuildMonth(ctx.redis, { monthAggregates: keys.monthAggregates(office, month), dayAggregates: dayKeys(office, month) }, {});
  // a day rollup holding something that is not a count
  if (isFailure(reply)) throw new Error(`month rollup ${month} of ${office} not rebuilt: ${reply.message}`);
  return reply.fields;
}

/** Rebuilds every month of the office that has day rollups, once (a marker says it is done). */
export async function ensureMonthRollups(ctx: Context, office: string, now = ctx.clock()): Promise<string[]> {
  if ((await ctx.redis.get(keys.monthRollupsBuilt(office))) === LAYOUT) return [];
  const rebuilt: string[] = [];
  const last = new Date(now).toISOString().slice(0, 7);
  for (let m = FIRST_MONTH; m <= last; m = addDays(`${m}-01`, 32).slice(0, 7)) {
    // one slot (the office's hash tag): a single EXISTS over the month's days
    if ((await ctx.redis.exists(...dayKeys(office, m))) === 0) continue;
    await rebuildMonthRollup(ctx, office, m);
    rebuilt.push(m);
  }
  await ctx.redis.set(keys.monthRollupsBuilt(office), LAYOUT);
  return rebuilt;
}
