/**
 * Who is calling: the staff session from its cookie, and the paired device from its key (the
 * `X-Device-Key` header). The access table decides what they may do (server/http/guarded-router.ts).
 * Citizen routes never need either; they authenticate with a ticket's token.
 */
import type { Request, RequestHandler } from 'express';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { DeviceIdentity } from '../access/audiences.js';
import type { Actor } from '../audit/audit-trail.js';
import { sessionIdOf, type Session, type SessionStore } from '../auth/sessions.js';
import type { Context } from '../context.js';
import { deviceForKey } from '../devices/device-store.js';
import { DomainError } from '../domain-error.js';
import { supervisedOffices } from '../supervision/scope.js';

declare module 'express-serve-static-core' {
  interface Request {
    session?: Session;
    device?: DeviceIdentity;
    /** a supervisor's offices (its scope), for the access guard */
    supervised?: ReadonlySet<string>;
    /** the signed-in caller as the domain's audit trail sees it (see actorOf) */
    actor?: Actor;
  }
}

export function loadSession(ctx: Context, sessions: SessionStore): RequestHandler {
  return async (req, _res, next) => {
    const session = await sessions.touch(sessionIdOf(req.headers.cookie));
    if (session) req.session = session;
    if (session?.user.role === 'supervisor') req.supervised = new Set((await supervisedOffices(ctx, session.user)).map((o) => o.id));
    next();
  };
}

export const DEVICE_KEY_HEADER = 'x-device-key';

/**
 * A key that is not (or no longer) paired is refused outright rather than ignored: the screen
 * learns at once that it must forget it and pair again, instead of working on as an anonymous
 * caller where the office allows that and failing later where it does not.
 */
export function loadDevice(ctx: Context): RequestHandler {
  return async (req, _res, next) => {
    const key = req.get(DEVICE_KEY_HEADER);
    if (key === undefined) return next();
    const device = await deviceForKey(ctx, key);
    if (!device) throw new DomainError('device_not_paired', 'this device key is not paired (or was revoked): pair the device again');
    req.device = device;
    next();
  };
}

export function currentUser(req: Request): SessionUser {
  if (!req.session) throw new DomainError('unauthenticated', 'sign in first');
  return req.session.user;
}

/** The signed-in caller and its address, for domain functions that write the audit trail. */
export function actorOf(req: Request): Actor {
  req.actor ??= { user: currentUser(req), address: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
  return req.actor;
}
