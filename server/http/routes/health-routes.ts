/** Liveness, readiness (Redis reachable) and Prometheus metrics. */
import { Router } from 'express';
import type { Context } from '../../context.js';

export function healthRoutes(ctx: Context): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  r.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([ctx.redis.ping(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 1000))]);
      res.json({ ok: true, redis: 'up' });
    } catch {
      res.status(503).json({ error: { code: 'unavailable', message: 'Redis is unreachable' } });
    }
  });
  r.get('/metrics', async (_req, res) => {
    res.set('Content-Type', ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
  return r;
}
