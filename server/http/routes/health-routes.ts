/** Liveness, readiness (Redis reachable) and Prometheus metrics. */
import { timingSafeEqual } from 'node:crypto';
import type { Router, Request } from 'express';
import type { Context } from '../../context.js';
import { DomainError } from '../../domain-error.js';
import { guardedRouter } from '../guarded-router.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Metrics name every office and its volumes: with a token, the bearer only; without one, only a
 * scraper on the same machine talking to the process directly (a request that came through
 * nginx carries X-Forwarded-For, and nginx itself connects from loopback).
 */
function assertMayScrape(req: Request, token: string | undefined): void {
  if (token) {
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '');
    const want = Buffer.from(token);
    if (given.length !== want.length || !timingSafeEqual(given, want)) throw new DomainError('unauthenticated', 'metrics need the METRICS_TOKEN bearer token');
    return;
  }
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || req.get('x-forwarded-for') || req.get('forwarded')) {
    throw new DomainError('forbidden', 'metrics are served to local scrapers only; set METRICS_TOKEN to scrape from elsewhere');
  }
}

export function healthRoutes(ctx: Context, metricsToken?: string): Router {
  const g = guardedRouter();
  g.route('GET /healthz', (_req, res) => {
    res.json({ ok: true });
  });
  g.route('GET /readyz', async (_req, res) => {
    try {
      await Promise.race([ctx.redis.ping(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 1000))]);
      res.json({ ok: true, redis: 'up' });
    } catch {
      res.status(503).json({ error: { code: 'unavailable', message: 'Redis is unreachable' } });
    }
  });
  g.route('GET /metrics', async (req, res) => {
    assertMayScrape(req, metricsToken);
    res.set('Content-Type', ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
  return g.router;
}
