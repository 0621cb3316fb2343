/**
 * The safety net of the audit trail: a successful staff change that no domain function described
 * (a complaint answer, a route added later) is still recorded, as its method, path, status and
 * address. Account and configuration changes write their own entries, field by field
 * (server/audit/audit-trail.ts), and counter actions are in the office's event log: neither is
 * repeated here.
 */
import type { Request, RequestHandler } from 'express';
import { recordAudit } from '../audit/audit-trail.js';
import type { Context } from '../context.js';
import { actorOf } from './staff-auth.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function auditLog(ctx: Context): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next();
    res.on('finish', () => {
      if (!req.session || res.statusCode >= 400) return;
      const actor = actorOf(req);
      if (actor.recorded) return;
      const office = /\/offices\/([a-z0-9-]+)/.exec(req.path)?.[1];
      const path = req.originalUrl.split('?')[0]!;
      recordAudit(ctx, actor, { action: 'request', offices: office ? [office] : [], method: req.method, path, status: res.statusCode }).catch((err) =>
        ctx.log.warn({ err }, 'audit write failed'),
      );
    });
    next();
  };
}

/**
 * A request that turned out to change nothing (a dossier export imported again) leaves no entry:
 * the trail records changes, and so a repeated import leaves Redis exactly as it was.
 */
export function auditOnlyChanges(req: Request, changed: boolean): void {
  if (!changed) actorOf(req).recorded = true;
}

/**
 * A counter action: the office's event log records it with its officer (kept, then archived:
 * server/retention). In the trail, the 1,500 a busy office makes in a day would push the
 * configuration changes out of its 5,000 entries within days.
 */
export const recordedInEventLog: RequestHandler = (req, _res, next) => {
  if (req.session) actorOf(req).recorded = true;
  next();
};
