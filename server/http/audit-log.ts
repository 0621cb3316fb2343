/** Every successful staff or admin change is appended to the office's audit list. */
import type { RequestHandler } from 'express';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const KEEP = 5000;

export function auditLog(ctx: Context): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next();
    res.on('finish', () => {
      const user = req.session?.user;
      if (!user || res.statusCode >= 400) return;
      const office = /\/offices\/([a-z0-9-]+)/.exec(req.path)?.[1] ?? '_deployment';
      const entry = JSON.stringify({ at: Date.now(), user: user.username, role: user.role, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode });
      ctx.redis.multi().lpush(keys.audit(office), entry).ltrim(keys.audit(office), 0, KEEP - 1).exec().catch((err) => ctx.log.warn({ err }, 'audit write failed'));
    });
    next();
  };
}
