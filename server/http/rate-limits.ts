/** Redis-backed rate limits, so every server process shares one budget per client. */
import type { RequestHandler } from 'express';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';
import { AppError } from './app-error.js';

export interface RateLimitSettings {
  /** requests per minute per client address */
  issue: number;
  feedback: number;
  login: number;
  publicRead: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { issue: 60, feedback: 30, login: 20, publicRead: 600 };

/**
 * Budgets are per client address, and per office on office routes: one office's kiosks never
 * use up another's when a city runs many offices on one deployment.
 */
export function rateLimit(redis: RedisClient, name: keyof RateLimitSettings, perMinute: number): RequestHandler {
  const limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keys.rateLimitPrefix()}:${name}`, points: perMinute, duration: 60, useRedisPackage: false });
  return async (req, res, next) => {
    try {
      const office = typeof req.params.office === 'string' ? `${req.params.office}|` : '';
      await limiter.consume(`${office}${req.ip ?? 'unknown'}`);
      next();
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        res.set('Retry-After', String(Math.ceil(err.msBeforeNext / 1000)));
        throw new AppError(429, 'rate_limited', 'too many requests; slow down');
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
