/**
 * `npm run bench`: every number is a ratio against a baseline measured in the same run on the same
 * machine, never an absolute time compared with a fixed budget. Prints a table and writes
 * bench/results.json. Everything runs on 127.0.0.1 against a private redis-server it starts.
 *
 *   1. ticket issue over HTTP vs an Express hello-world, and Redis commands per ticket (issue-throughput.ts)
 *   2. call to screen: call-next until 1,000 board sockets have the event vs a bare socket.io broadcast (call-to-screen.ts)
 *   3. a one-year report for offices holding 10k, 100k and 1M tickets (year-reports.ts)
 *   4. Redis memory per ticket after its day is rolled up, and a city of 500 offices for a year (memory-per-ticket.ts)
 *   5. gzipped JavaScript of each page (page-weight.ts)
 *   6. phones following their tickets (phones-following.ts)
 *   7. a province: 500 offices on one process, start-up, CPU per ticket, two processes (province.ts),
 *      then its live wall's refresh and a one-year ranking of every office (province-views.ts)
 *
 * BENCH_QUICK=1: smaller and shorter. BENCH_ONLY=<issue|call|phones|province|reports|pages>: one
 * scenario (results.json is then left alone).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApplication } from '../server/app.js';
import { createLogger } from '../server/observability/logger.js';
import { createRedis } from '../server/redis/connect.js';
import { startPrivateRedis } from '../server/redis/private-server.js';
import { measureCallToScreen } from './call-to-screen.js';
import { startChild, type Child } from './child-servers.js';
import { log, only, quick, type BenchContext } from './context.js';
import { measureIssue } from './issue-throughput.js';
import { measureMemory } from './memory-per-ticket.js';
import { measurePhones } from './phones-following.js';
import { benchOfficers } from './office-day.js';
import { pageWeights } from './page-weight.js';
import { measureProvince } from './province.js';
import { measureProvinceViews } from './province-views.js';
import { printSummary } from './summary.js';
import { measureYearReports } from './year-reports.js';

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'qms-bench-'));
  const redisServer = await startPrivateRedis({ dataDir: dir, persistent: false });
  const redis = createRedis({ url: redisServer.url });
  const clock = { now: Date.now(), real: true };
  const app = createApplication({
    redis,
    log: createLogger('silent'),
    clock: () => (clock.real ? Date.now() : clock.now),
    passwordHashCost: { memoryCost: 1024, timeCost: 1 },
  });
  const children: Child[] = [];
  const startServer = async (mode: string) => {
    const child = await startChild(mode, redisServer.url);
    children.push(child);
    return child;
  };
  let appChild: Promise<Child> | undefined;
  const bench: BenchContext = { app, redis, redisUrl: redisServer.url, clock, dir, appServer: () => (appChild ??= startServer('app')), startServer };
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, quick };
  try {
    const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1];
    results.redis = redisVersion;
    const steps: [string, string, () => Promise<void>][] = [
      ['issue', 'ticket issue over HTTP vs Express hello-world', async () => void (results.issue = await measureIssue(bench))],
      ['call', 'call to screen: 1,000 board sockets', async () => void (results.callToScreen = await measureCallToScreen(bench))],
      ['phones', 'phones following their tickets in many offices while every counter calls', async () => void (results.phones = await measurePhones(bench))],
      [
        'province',
        'a province on one process: offices, screens, start-up, CPU per ticket, two processes',
        async () => {
          results.province = await measureProvince(bench);
          results.provinceViews = await measureProvinceViews(bench);
          log(results.provinceViews);
        },
      ],
      [
        'reports',
        'one-year report for 10k, 100k and 1M tickets; Redis memory per ticket after the day is rolled up',
        async () => {
          // from here on the generated office days set the clock
          clock.real = false;
          const officers = benchOfficers();
          results.reports = await measureYearReports(bench, officers);
          results.memory = await measureMemory(bench, officers);
        },
      ],
      ['pages', 'gzipped JavaScript of each page', async () => void (results.pages = pageWeights())],
    ];
    const chosen = steps.filter(([name]) => !only || only === name);
    if (!chosen.length) throw new Error(`BENCH_ONLY=${only}: no such scenario (${steps.map(([n]) => n).join(', ')})`);
    for (const [i, [name, what, run]] of chosen.entries()) {
      console.error(`${i + 1}/${chosen.length} ${what}`);
      await run();
      if (name !== 'reports') log(results[name === 'call' ? 'callToScreen' : name]);
      else log(results.memory);
    }
  } finally {
    for (const c of children) c.stop();
    await app.close().catch(() => {});
    redis.disconnect();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  if (only) console.log(JSON.stringify(results, null, 2));
  else writeFileSync(resolve('bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  printSummary(results);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
