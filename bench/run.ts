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
import { log, quick, type BenchContext } from './context.js';
import { measureIssue } from './issue-throughput.js';
import { measureMemory } from './memory-per-ticket.js';
import { measurePhones } from './phones-following.js';
import { benchOfficers } from './office-day.js';
import { pageWeights } from './page-weight.js';
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
  const bench: BenchContext = { app, redis, clock, dir, appServer: () => (appChild ??= startServer('app')), startServer };
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, quick };
  try {
    const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1];
    results.redis = redisVersion;
    console.error('1/6 ticket issue over HTTP vs Express hello-world');
    results.issue = await measureIssue(bench);
    log(results.issue);

    console.error('2/6 call to screen: 1,000 board sockets');
    results.callToScreen = await measureCallToScreen(bench);
    log(results.callToScreen);

    console.error('3/6 phones following their tickets in many offices while every counter calls');
    results.phones = await measurePhones(bench);
    log(results.phones);

    console.error('4/6 one-year report for 10k, 100k and 1M tickets');
    // from here on the generated office days set the clock
    clock.real = false;
    const officers = benchOfficers();
    results.reports = await measureYearReports(bench, officers);

    console.error('5/6 Redis memory per ticket after the day is rolled up');
    results.memory = await measureMemory(bench, officers);
    log(results.memory);

    console.error('6/6 gzipped JavaScript of each page');
    results.pages = pageWeights();
    log(results.pages);
  } finally {
    for (const c of children) c.stop();
    await app.close().catch(() => {});
    redis.disconnect();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(resolve('bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  printSummary(results);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
