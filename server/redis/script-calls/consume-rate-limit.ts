/** consumeRateLimit-1.lua: counts one request against a client's budget. */
import { script } from './define.js';

/**
 * A client's budget under one rate limit: the key that counts its requests (keys.rateLimit) and how
 * many a minute it may send. Counted by consumeRateLimit, or by the issue script for issuing.
 */
export interface RateBudget {
  readonly key: string;
  readonly perMinute: number;
}

/** Within the budget `{}`; over it the script refuses with `rate_limited` and `retryAfter` (seconds). */
export const consumeRateLimit = script<{ perMinute: number }, Record<string, never>>()('consumeRateLimit', {
  keys: ['budget'],
});
