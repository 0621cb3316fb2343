/**
 * Repeated failed logins are slowed, then locked: each failure adds a delay, and after
 * MAX_FAILURES within the window the account refuses logins until the window passes.
 */
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';

const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES = 5;
const DELAY_MS_PER_FAILURE = 200;

export class LoginThrottle {
  constructor(private readonly redis: RedisClient) {}

  async failures(username: string): Promise<number> {
    return Number((await this.redis.get(keys.loginFailures(username))) ?? 0);
  }

  async isLocked(username: string): Promise<boolean> {
    return (await this.failures(username)) >= MAX_FAILURES;
  }

  /** Records a failure and returns how long to hold the answer. */
  async fail(username: string): Promise<number> {
    const key = keys.loginFailures(username);
    const [[, n]] = (await this.redis.multi().incr(key).expire(key, WINDOW_SECONDS).exec()) as [[null, number]];
    return Math.min(n, MAX_FAILURES) * DELAY_MS_PER_FAILURE;
  }

  async succeed(username: string): Promise<void> {
    await this.redis.del(keys.loginFailures(username));
  }
}
