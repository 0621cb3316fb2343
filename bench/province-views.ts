/**
 * Scenario 8 (issue 13): the province views over the offices the province scenario made.
 *   - the live wall: a supervisor's snapshot of every office, and the relay's refresh when every
 *     office changed within its second (the parts a call changes read again, the rows made), against
 *     one pipelined HGETALL of each office's day rollup;
 *   - the ranking of every office over a year (and the year before it) from month rollups, against
 *     one pipelined HGETALL of each office's twelve month hashes.
 * Twelve months of each office are filled with the day rollup the province scenario left (a day's
 * fields are about a month's), so the reads are of realistic hashes.
 */
import { addDays, officeDate } from '../shared/office-time.js';
import type { SessionUser } from '../shared/schemas/auth.js';
import { officeDirectory } from '../server/offices/office-directory.js';
import { keys } from '../server/redis/keys.js';
import { liveRow } from '../server/supervision/live-row.js';
import { liveWall } from '../server/supervision/live-wall.js';
import { readVitals } from '../server/supervision/office-vitals.js';
import { rankOffices } from '../server/supervision/ranking.js';
import { TZ, type BenchContext } from './context.js';
import { median, round } from './figures.js';

const SUPERVISOR: SessionUser = { username: 'bench-giamsat', name: 'Giám sát', role: 'supervisor', offices: [], counters: [], groups: [] };

async function timed(times: number, fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export async function measureProvinceViews(bench: BenchContext) {
  const { ctx } = bench.app;
  const offices = (await officeDirectory(ctx)).filter((o) => o.id.startsWith('tinh-xa-'));
  if (!offices.length) throw new Error('the province views need the province scenario first');
  const today = officeDate(Date.now(), TZ);
  const months = Array.from({ length: 24 }, (_, i) => {
    const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - 1 - i);
    return d.toISOString().slice(0, 7);
  });
  for (const o of offices) {
    const day = await ctx.redis.hgetall(keys.aggregates(o.id, today));
    if (!Object.keys(day).length) continue;
    const pipe = ctx.redis.pipeline();
    for (const m of months) pipe.hset(keys.monthAggregates(o.id, m), day);
    await pipe.exec();
  }
  const yearTo = addDays(`${today.slice(0, 7)}-01`, -1);
  const yearFrom = `${months[11]}-01`;

  const bareDay = () => {
    const pipe = ctx.redis.pipeline();
    for (const o of offices) pipe.hgetall(keys.aggregates(o.id, today));
    return pipe.exec();
  };
  const bareYear = () => {
    const pipe = ctx.redis.pipeline();
    for (const o of offices) for (const m of months.slice(0, 12)) pipe.hgetall(keys.monthAggregates(o.id, m));
    return pipe.exec();
  };
  await liveWall(ctx, SUPERVISOR); // warm: the configurations cached
  const held = await readVitals(
    ctx,
    offices.map((office) => ({ office, parts: ['today', 'counters', 'complaints', 'devices'] as const })),
  );
  const wallSnapshotMs = await timed(5, () => liveWall(ctx, SUPERVISOR));
  // what the relay does when every office changed: the parts a call changes read again, the rows made
  const wallRefreshMs = await timed(5, async () => {
    const now = Date.now();
    const read = await readVitals(
      ctx,
      held.map((v) => ({ office: v.office, parts: ['today', 'counters'] as const, held: v })),
    );
    return read.map((v) => liveRow(v, now));
  });
  const bareDayMs = await timed(5, bareDay);
  const rankingFirstMs = await timed(1, () => rankOffices(ctx, offices, yearFrom, yearTo));
  const rankingMs = await timed(3, () => rankOffices(ctx, offices, yearFrom, yearTo));
  const bareYearMs = await timed(3, bareYear);
  return {
    offices: offices.length,
    wallSnapshotMs: round(wallSnapshotMs),
    wallRefreshAllChangedMs: round(wallRefreshMs),
    bareDayRollupsMs: round(bareDayMs),
    wallRefreshRatio: round(wallRefreshMs / bareDayMs),
    rankingYearFirstMs: round(rankingFirstMs),
    rankingYearMs: round(rankingMs),
    bareYearMonthHashesMs: round(bareYearMs),
    rankingRatio: round(rankingMs / bareYearMs),
  };
}
