/**
 * Every successful staff or admin change is appended to the office's audit list. A route that knows
 * what it changed (an office's configuration) adds the changed fields with `recordChanges`.
 */
import type { RequestHandler, Response } from 'express';
import type { FieldChange } from '../audit/field-diff.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const KEEP = 5000;
/** an entry stays small: a whole new office's worth of fields is summarised by its count */
const MAX_CHANGES = 100;

/** Attaches the fields a request changed to its audit entry. */
export function recordChanges(res: Response, changes: FieldChange[]): void {
  res.locals.auditChanges = changes;
}

export function auditLog(ctx: Context): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next();
    res.on('finish', () => {
      const user = req.session?.user;
      if (!user || res.statusCode >= 400) return;
      const office = /\/offices\/([a-z0-9-]+)/.exec(req.path)?.[1] ?? '_deployment';
      const changes = res.locals.auditChanges as FieldChange[] | undefined;
      const entry = JSON.stringify({
        at: Date.now(), user: user.username, role: user.role, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode,
        ...(changes ? { changes: changes.slice(0, MAX_CHANGES), ...(changes.length > MAX_CHANGES ? { moreChanges: changes.length - MAX_CHANGES } : {}) } : {}),
      });
      ctx.redis.multi().lpush(keys.audit(office), entry).ltrim(keys.audit(office), 0, KEEP - 1).exec().catch((err) => ctx.log.warn({ err }, 'audit write failed'));
    });
    next();
  };
}
