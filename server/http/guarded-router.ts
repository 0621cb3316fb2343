/**
 * Routers whose routes are registered by their key in the access table (server/access/route-table.ts):
 * each route gets the table's check before its handlers. A key missing from the table (only
 * possible around the type checker) refuses everyone.
 */
import { Router, type Request, type RequestHandler } from 'express';
import { admits, DEVICE_KINDS, type AccessRule, type Audience } from '../access/audiences.js';
import { ROUTES, type RouteKey } from '../access/route-table.js';
import { DomainError, forbidden } from '../domain-error.js';
import { HttpError } from './http-error.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const METHODS = { GET: 'get', POST: 'post', PUT: 'put', DELETE: 'delete' } as const;

/** The guard carries its key, so a test can prove every route of the running app has one. */
export type AccessGuard = RequestHandler & { accessKey: string };

export interface GuardedRouter {
  readonly router: Router;
  route(key: RouteKey, ...handlers: RequestHandler[]): void;
}

export function guardedRouter(): GuardedRouter {
  const router = Router();
  return {
    router,
    route(key, ...handlers) {
      const [verb, path] = key.split(' ') as [keyof typeof METHODS, string];
      router[METHODS[verb]](path, accessGuard(key), ...handlers);
    },
  };
}

const isDeviceKind = (who: Audience): boolean => (DEVICE_KINDS as readonly Audience[]).includes(who);

function param(req: Request, name: string): string | undefined {
  const v = req.params[name];
  return typeof v === 'string' ? v : undefined;
}

export function accessGuard(key: string): AccessGuard {
  const rule: AccessRule | undefined = (ROUTES as Record<string, AccessRule>)[key];
  const guard = ((req, _res, next) => {
    if (!rule) throw forbidden('this route has no access rule');
    if (rule.who.includes('anyone')) return next();
    const caller = { user: req.session?.user, device: req.device, ...(req.supervised ? { supervised: req.supervised } : {}) };
    const devicesOnly = rule.who.every((who) => isDeviceKind(who));
    if (!caller.user && !caller.device) {
      throw devicesOnly ? new HttpError(401, 'pairing_required', 'only a paired device may do this') : new DomainError('unauthenticated', 'sign in first');
    }
    const place = { office: param(req, 'office'), counter: param(req, 'counter') };
    if (!rule.who.some((who) => admits(who, caller, place))) {
      if (devicesOnly) throw new DomainError('pairing_required', 'this device is not paired for this office or counter');
      const elsewhere = caller.user && place.office && rule.who.some((who) => admits(who, caller, {}));
      throw forbidden(elsewhere ? 'you do not work in this office' : 'not allowed for your role');
    }
    // a session cookie rides along on any request: changes made with it must echo its CSRF token
    if (caller.user && !SAFE.has(req.method) && req.get('x-csrf-token') !== req.session!.csrfToken) {
      throw new DomainError('csrf_failed', 'missing or wrong X-CSRF-Token header');
    }
    next();
  }) as AccessGuard;
  guard.accessKey = key;
  return guard;
}
