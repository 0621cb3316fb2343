/**
 * Fills an office with a realistic history, or drives live traffic against a running server.
 *
 *   npm run simulate                                 3 months of history up to yesterday (the demo office)
 *   npm run simulate -- --months 6 --seed 7          more history, another random draw
 *   npm run simulate -- --from 2026-09-01 --until 2026-09-30 [--office tay-mo] [--replace]
 *   npm run simulate -- --offices 20 [--months 2] [--parallel 8]   the demo province: 20 communes and wards
 *   npm run simulate -- --live --speed 60 --url http://localhost:3000 [--minutes 240]
 *
 * History mode (scripts/simulate/history.ts) writes only days before today, each day whole or not at
 * all, never a day it did not write itself, and never the live day: a server may run meanwhile. It
 * uses REDIS_URL, or the private redis-server `npm start` keeps in data/redis (started here if it is
 * not running). Exit status 0 when done, 1 when it refused or a day failed (the message says why).
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SessionStore } from '../server/auth/sessions.js';
import { UserStore } from '../server/auth/user-store.js';
import { DomainEventBus } from '../server/domain-events.js';
import { createLogger } from '../server/observability/logger.js';
import { createMetrics } from '../server/observability/metrics.js';
import { DEMO_OFFICE_ID } from '../server/offices/demo-office.js';
import { seedDemoOffice } from '../server/offices/demo-seed.js';
import { OfficeStore } from '../server/offices/office-store.js';
import { createRedis } from '../server/redis/connect.js';
import { startPrivateRedis } from '../server/redis/private-server.js';
import type { RedisClient } from '../server/redis/scripts.js';
import { readSettings } from '../server/settings.js';
import { simulateHistory } from './simulate/history.js';
import { simulateLive } from './simulate/live.js';
import { simulateProvince } from './simulate/province-history.js';

const { values: args } = parseArgs({
  options: {
    // the province's default is shorter: 20 offices × 3 months take several minutes on 2 cores
    months: { type: 'string' },
    from: { type: 'string' },
    until: { type: 'string' },
    office: { type: 'string' },
    offices: { type: 'string' },
    parallel: { type: 'string', default: '8' },
    seed: { type: 'string', default: '2026' },
    replace: { type: 'boolean', default: false },
    live: { type: 'boolean', default: false },
    speed: { type: 'string', default: '60' },
    url: { type: 'string', default: 'http://localhost:3000' },
    minutes: { type: 'string', default: '600' },
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const office = args.office ?? DEMO_OFFICE_ID;
const settings = readSettings();
const dataDir = settings.DATA_DIR;

/** REDIS_URL, or the private redis-server of `npm start` (reused when it runs; `owned` when started here). */
async function connect(): Promise<{ redis: RedisClient; owned: boolean; stop: () => Promise<void> }> {
  if (settings.REDIS_URL) return { redis: createRedis({ url: settings.REDIS_URL }), owned: false, stop: async () => {} };
  const priv = await startPrivateRedis({ dataDir: join(dataDir, 'redis'), persistent: true, log: (m) => console.log(m) });
  return { redis: createRedis({ url: priv.url }), owned: !priv.reused, stop: priv.stop };
}

async function seedDemo(redis: RedisClient): Promise<void> {
  const ctx = {
    redis,
    offices: new OfficeStore(redis),
    events: new DomainEventBus(),
    log: createLogger('warn'),
    metrics: createMetrics(),
    clock: Date.now,
    streamMaxLen: 200_000,
    identitySalt: settings.IDENTITY_SALT,
  };
  const seeded = await seedDemoOffice(
    ctx,
    new UserStore(redis, new SessionStore(redis, { absoluteSeconds: 3600, idleSeconds: 3600 }, ctx.events)),
    settings.DEMO_PASSWORD,
  );
  if (!seeded.generatedPassword) return;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'demo-password.txt'), `${seeded.generatedPassword}\n`);
  chmodSync(join(dataDir, 'demo-password.txt'), 0o600);
  console.log(`Demo office created. Password of admin, chutich, canbo1…6, giamsat: ${seeded.generatedPassword} (also in ${dataDir}/demo-password.txt)`);
}

async function history(): Promise<void> {
  for (const [name, value] of [
    ['from', args.from],
    ['until', args.until],
  ] as const) {
    if (value !== undefined && !DATE.test(value)) throw new Error(`--${name} must be a date YYYY-MM-DD, not ${value}`);
  }
  if (args.offices !== undefined && args.office !== undefined) throw new Error('--offices plays the demo province; --office one office: not both');
  const months = Number(args.months ?? (args.offices !== undefined ? 2 : 3));
  if (!(months >= 1 && months <= 24)) throw new Error('--months must be between 1 and 24');
  const { redis, owned, stop } = await connect();
  // fsync on every write makes a long history slow; relaxed only on a Redis this run started and
  // nobody else uses, and restored before the run ends (a server on it must not lose a second)
  const relaxFsync = owned && ((await redis.config('GET', 'appendfsync')) as string[])[1] === 'always';
  if (relaxFsync) await redis.config('SET', 'appendfsync', 'everysec');
  const range = {
    ...(args.from ? { from: args.from } : {}),
    ...(args.until ? { until: args.until } : {}),
    months,
    seed: args.seed!,
    replace: args.replace!,
    identitySalt: settings.IDENTITY_SALT,
    log: (line: string) => console.log(line),
  };
  try {
    if (args.offices !== undefined) {
      // the province's supervisor (giamsat) and the demo office it includes come with the demo accounts
      await seedDemo(redis);
      const started = Date.now();
      const result = await simulateProvince(redis, { ...range, offices: Number(args.offices), parallel: Number(args.parallel) || 1 });
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`Simulated ${result.played} office working days, ${result.tickets} tickets in ${args.offices} offices in ${seconds} s.`);
      console.log('Open the province wall: /console/province.html (sign in as giamsat)');
      if (result.failed.length) {
        throw new Error(`${result.failed.map((f) => f.office).join(', ')} stopped (the other offices are complete): run the same command again to go on`);
      }
      return;
    }
    if (office === DEMO_OFFICE_ID) await seedDemo(redis);
    const result = await simulateHistory(redis, { ...range, office });
    console.log(`Simulated ${result.played} working days, ${result.tickets} tickets, from ${result.from} to ${result.until} for office ${office}.`);
    console.log(`Open the reports: /console/reports.html?office=${office} (sign in as chutich)`);
  } finally {
    if (relaxFsync) await redis.config('SET', 'appendfsync', 'always');
    // a server started meanwhile reuses the private Redis: it stays up for that server
    const othersUseIt =
      owned &&
      String(await redis.client('LIST'))
        .trim()
        .split('\n').length > 1;
    redis.disconnect();
    if (othersUseIt) console.log('Left the private redis-server running: a server started meanwhile uses it.');
    else await stop();
  }
}

(args.live && args.offices !== undefined
  ? Promise.reject(new Error('--live drives one office (--office); --offices fills the province with history'))
  : args.live
    ? simulateLive({
        url: args.url!,
        office,
        speed: Math.max(1, Number(args.speed)),
        minutes: Number(args.minutes),
        seed: args.seed!,
        dataDir,
        ...(settings.DEMO_PASSWORD ? { demoPassword: settings.DEMO_PASSWORD } : {}),
      })
    : history()
)
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(`simulate: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
