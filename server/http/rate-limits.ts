/**
 * Redis-backed rate limits, so every server process shares one budget per client. The issue budget
 * is taken inside the issue script (one round trip per ticket); the others by rate-limiter-flexible.
 */
import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import type { RedisClient } from '../redis/scripts.js';
import type { IssueBudget } from '../tickets/issue-ticket.js';
import { DomainError, RateLimited } from '../domain-error.js';

export interface RateLimitSettings {
  /** requests per minute per client address */
  issue: number;
  feedback: number;
  login: number;
  publicRead: number;
  /** pairing codes a screen may ask for */
  pairing: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { issue: 60, feedback: 30, login: 20, publicRead: 600, pairing: 10 };

export function issueBudget(req: Request, perMinute: number): IssueBudget {
  const office = typeof req.params.office === 'string' ? req.params.office : '';
  return { key: keys.issueRateLimit(office, req.ip ?? 'unknown'), perMinute };
}

/** Counts one request against an issue budget outside the issue script; throws RateLimited when over. */
export async function takeIssueBudget(redis: RedisClient, budget: IssueBudget): Promise<void> {
  const reply = await scripts.consumeRateLimit(redis, { budget: budget.key }, { perMinute: budget.perMinute });
  if (isFailure(reply)) throw new Error(`issue budget not taken: ${reply.message}`);
  budget.taken = true;
  if (reply.retryAfter !== undefined) throw new RateLimited(reply.retryAfter);
}

/**
 * The error an issue request ends with. One refused before the issue script ran (a bad body, an
 * unknown service, outside the hours) still counts against the budget, as every request did when
 * the limit ran before the route; over the budget the answer is 429 with Retry-After.
 */
export async function issueRefusal(redis: RedisClient, budget: IssueBudget, err: unknown, res: Response): Promise<unknown> {
  let out = err;
  if (!budget.taken && !(err instanceof RateLimited)) {
    try {
      await takeIssueBudget(redis, budget);
    } catch (limited) {
      out = limited instanceof RateLimited ? limited : err;
    }
  }
  if (out instanceof RateLimited) res.set('Retry-After', String(out.retryAfterSeconds));
  return out;
}

/**
 * Budgets are per client address, and per office on office routes: one office's kiosks never
 * use up another's when a city runs many offices on one deployment. Other routes on the issue
 * budget (printing a ticket) share it with the issue route.
 */
export function rateLimit(redis: RedisClient, name: keyof RateLimitSettings, perMinute: number): RequestHandler {
  if (name === 'issue') {
    return async (req, res, next) => {
      try {
        await takeIssueBudget(redis, issueBudget(req, perMinute));
      } catch (err) {
        if (err instanceof RateLimited) res.set('Retry-After', String(err.retryAfterSeconds));
        throw err;
      }
      next();
    };
  }
  const limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keys.rateLimitPrefix()}:${name}`, points: perMinute, duration: 60, useRedisPackage: false });
  return async (req, res, next) => {
    try {
      const office = typeof req.params.office === 'string' ? `${req.params.office}|` : '';
      await limiter.consume(`${office}${req.ip ?? 'unknown'}`);
      next();
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        res.set('Retry-After', String(Math.ceil(err.msBeforeNext / 1000)));
        throw new DomainError('rate_limited', 'too many requests; slow down');
      }
      throw err;
    }
  };
}

/** "issue=120,login=20" → { issue: 120, login: 20 }; unknown names are refused. */
export function parseRateLimits(spec: string | undefined): Partial<RateLimitSettings> {
  const out: Partial<RateLimitSettings> = {};
  for (const part of spec ? spec.split(',') : []) {
    const [name, value] = part.split('=');
    if (!name || !(name in DEFAULT_RATE_LIMITS)) throw new Error(`RATE_LIMITS: unknown limit "${name}" (known: ${Object.keys(DEFAULT_RATE_LIMITS).join(', ')})`);
    out[name as keyof RateLimitSettings] = Number(value);
  }
  return out;
}
