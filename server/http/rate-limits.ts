/**
 * Rate limits, one mechanism for all of them. A limit is a client's budget of requests per minute,
 * kept in Redis so every server process shares it: one counter per client address (and per office
 * on an office's routes, so one office's kiosks never use up another's), counted by one Lua function
 * (scripts/includes/rate-limit.lua: a fixed minute from the first request; refused requests count
 * too). Over the budget the answer is 429 `rate_limited` with Retry-After, the seconds left in the
 * minute (set by the error handler for every RateLimited). The budgets come from `RATE_LIMITS`.
 *
 * Every route counts through the `rateLimit` middleware (consumeRateLimit-1.lua), except issuing a
 * ticket, whose script counts the request itself so a ticket stays one Redis round trip, atomic with
 * the issue: the script counts what it answers with a ticket and what it refuses over the budget;
 * `issueRateLimit` counts any other refusal (a bad body, an unknown service, outside the hours, the
 * daily limit) as the route ends with it. So every issue request counts once, whichever way it ends.
 * Printing a ticket counts against the same issue budget, through the middleware.
 */
import type { Request, RequestHandler, Response } from 'express';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import type { RateBudget } from '../redis/script-calls/consume-rate-limit.js';
import { isFailure } from '../redis/script-failure.js';
import type { RedisClient } from '../redis/scripts.js';
import { RateLimited } from '../domain-error.js';

export interface RateLimitSettings {
  /** requests per minute per client address */
  issue: number;
  feedback: number;
  login: number;
  publicRead: number;
  /** pairing codes a screen may ask for */
  pairing: number;
  /** one-time codes asked for (each number also has its own resend limit) */
  otp: number;
  /** bookings made or cancelled */
  booking: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { issue: 60, feedback: 30, login: 20, publicRead: 600, pairing: 10, otp: 5, booking: 20 };

/** The requesting client's budget under one limit: per address, and per office on an office's routes. */
function budgetOf(req: Request, name: keyof RateLimitSettings, perMinute: number): RateBudget {
  const office = typeof req.params.office === 'string' ? req.params.office : undefined;
  return { key: keys.rateLimit(name, req.ip ?? 'unknown', office), perMinute };
}

/** Counts one request against a budget; throws RateLimited when it is over. */
async function countRequest(redis: RedisClient, budget: RateBudget): Promise<void> {
  const reply = await scripts.consumeRateLimit(redis, { budget: budget.key }, { perMinute: budget.perMinute });
  if (!isFailure(reply)) return;
  if (reply.error === 'rate_limited') throw new RateLimited(reply.retryAfter ?? 60);
  throw new Error(`rate limit not counted: ${reply.message}`);
}

export function rateLimit(redis: RedisClient, name: keyof RateLimitSettings, perMinute: number): RequestHandler {
  return async (req, _res, next) => {
    await countRequest(redis, budgetOf(req, name, perMinute));
    next();
  };
}

/**
 * The issue route's handler, given the budget its issue script counts. A request that ends in any
 * error but the script's 429 was not counted by the script, so it is counted here (over the budget
 * its answer becomes the 429).
 */
export function issueRateLimit(
  redis: RedisClient,
  perMinute: number,
  handler: (req: Request, res: Response, budget: RateBudget) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    const budget = budgetOf(req, 'issue', perMinute);
    try {
      await handler(req, res, budget);
    } catch (err) {
      throw err instanceof RateLimited ? err : await countRefusal(redis, budget, err);
    }
  };
}

/** The error to answer a refusal with once it is counted: the 429 when over the budget. */
async function countRefusal(redis: RedisClient, budget: RateBudget, refusal: unknown): Promise<unknown> {
  try {
    await countRequest(redis, budget);
    return refusal;
  } catch (err) {
    return err instanceof RateLimited ? err : refusal;
  }
}

/** "issue=120,login=20" → { issue: 120, login: 20 }; unknown names and budgets under 1 are refused. */
export function parseRateLimits(spec: string | undefined): Partial<RateLimitSettings> {
  const out: Partial<RateLimitSettings> = {};
  for (const part of spec ? spec.split(',') : []) {
    const [name, value] = part.split('=');
    if (!name || !(name in DEFAULT_RATE_LIMITS))
      throw new Error(`RATE_LIMITS: unknown limit "${name}" (known: ${Object.keys(DEFAULT_RATE_LIMITS).join(', ')})`);
    const perMinute = Number(value);
    if (!Number.isInteger(perMinute) || perMinute < 1) throw new Error(`RATE_LIMITS: ${name} must be a whole number of requests a minute, at least 1`);
    out[name as keyof RateLimitSettings] = perMinute;
  }
  return out;
}
