/** consumeRateLimit-1.lua: takes one request from a client's budget. */
import { script } from './define.js';

/** `retryAfter`: seconds, when over the budget. */
export const consumeRateLimit = script<{ perMinute: number }, { retryAfter?: number }>()('consumeRateLimit', {
  keys: ['budget'],
});
