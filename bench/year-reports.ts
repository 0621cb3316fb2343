/** Scenario 3: a one-year summary report for offices holding 10k, 100k and 1M tickets, against the 10k office. */
import type { SessionUser } from '../shared/schemas/auth.js';
import { keys } from '../server/redis/keys.js';
import { ensureMonthRollups } from '../server/reports/month-rollups.js';
import { addDays, officeInstant } from '../shared/office-time.js';
import { log, PASSWORD, quick, TZ, type BenchContext } from './context.js';
import { median, pct, round } from './figures.js';
import { logIn } from './http-load.js';
import { benchOffice, runDay } from './office-day.js';

export async function measureYearReports(bench: BenchContext, officers: SessionUser[]) {
  const { app, redis, clock } = bench;
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  await app.users.upsert(
    {
      username: 'bench-chair',
      name: 'Chủ tịch',
      role: 'chairman',
      offices: sizes.map((n) => `bench-report-${n}`),
      counters: [],
      password: PASSWORD,
      disabled: false,
    },
    { create: true },
  );
  const appChild = await bench.appServer();
  const { cookie: chairCookie } = await logIn(appChild.port, 'bench-chair', PASSWORD);
  const reportRuns: Record<string, unknown> = {};
  const lastDay = '2025-12-31';
  const firstDay = addDays(lastDay, -364);
  for (const size of sizes) {
    const o = `bench-report-${size}`;
    for (const u of officers) u.offices = [o];
    await app.ctx.offices.save({ ...benchOffice(o), workingDays: [0, 1, 2, 3, 4, 5, 6] }, { create: true }).catch(() => {});
    const perDay = Math.round(size / 365);
    const t0 = Date.now();
    // one real day of this volume through the real scripts, its rollup copied to the other 364 days
    await runDay(app, clock, o, lastDay, perDay, officers);
    const agg = keys.aggregates(o, lastDay);
    const dump = (await redis.dumpBuffer(agg))!; // (callBuffer misroutes under auto-pipelining)
    const pipe = redis.pipeline();
    for (let d = firstDay; d < lastDay; d = addDays(d, 1)) {
      pipe.call('RESTORE', keys.aggregates(o, d), '0', dump, 'REPLACE');
      pipe.zadd(keys.days(o), Number(d.replaceAll('-', '')), d);
      pipe.sadd(keys.closedDays(o), d);
    }
    await pipe.exec();
    // the scripts keep month rollups as they write; for the copied days, build them the way an
    // upgrade does (server/reports/month-rollups.ts)
    await app.ctx.redis.del(keys.monthRollupsBuilt(o));
    await ensureMonthRollups(app.ctx, o, officeInstant(lastDay, 12 * 60, TZ));
    const fields = await redis.hlen(agg);
    const url = `http://127.0.0.1:${appChild.port}/api/v1/offices/${o}/reports/summary?from=${firstDay}&to=${lastDay}`;
    const times: number[] = [];
    let summary: any;
    for (let i = 0; i < (quick ? 5 : 15); i++) {
      const s = performance.now();
      const r = await fetch(url, { headers: { cookie: chairCookie } });
      summary = await r.json();
      if (r.status !== 200) throw new Error(`report ${r.status} ${JSON.stringify(summary)}`);
      if (i >= 2) times.push(performance.now() - s);
    }
    reportRuns[String(size)] = {
      ticketsPerDay: perDay,
      tickets: perDay * 365,
      rollupFieldsPerDay: fields,
      medianMs: round(median(times)),
      p90Ms: round(pct(times, 90)),
      issuedInReport: summary?.issued ?? summary?.totals?.issued,
      setupSeconds: round((Date.now() - t0) / 1000, 1),
    };
    log(size, reportRuns[String(size)]);
  }
  const r10k = (reportRuns['10000'] as { medianMs: number }).medianMs;
  const rBig = (reportRuns[quick ? '100000' : '1000000'] as { medianMs: number }).medianMs;
  return {
    runs: reportRuns,
    ratioLargestTo10k: round(rBig / r10k),
    largestUnder100ms: rBig < 100,
    goal: '1M / 10k <= 2 and 1M under 100 ms',
    method:
      'one day per office run through the real scripts (issue, call, start, complete, 20% rated, day close); its rollup copied to the other 364 days of the year; GET /reports/summary over the 365 days, median of the runs after two warm-ups',
  };
}
