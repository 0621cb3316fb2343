/**
 * What the measured scenarios of `npm run bench` share: the application in this process (to write data
 * through the real scripts), its Redis, a clock the scenarios can set, and the servers measured in
 * child processes.
 */
import type { Application } from '../server/app.js';
import type { RedisClient } from '../server/redis/scripts.js';
import type { Child } from './child-servers.js';

export const TZ = 'Asia/Ho_Chi_Minh';
export const PASSWORD = 'bench-password-1';
export const quick = process.env.BENCH_QUICK === '1';
/** BENCH_ONLY=province (or issue, call, phones, reports, pages): that scenario alone, while working on it. */
export const only = process.env.BENCH_ONLY;
export const log = (...a: unknown[]) => console.error('  ·', ...a);

export interface BenchContext {
  app: Application;
  redis: RedisClient;
  /** The real clock until `real` is cleared; then `now`, which the generated office days move. */
  clock: { now: number; real: boolean };
  /** The private Redis every server of the run uses. */
  redisUrl: string;
  /** The run's temporary directory (Redis data, archives), removed at the end. */
  dir: string;
  /** The real application in its own process, started on first use and shared by the scenarios. */
  appServer(): Promise<Child>;
  /** Another measured server (`hello`, `bare-io`), stopped with the rest at the end. */
  startServer(mode: string): Promise<Child>;
}
