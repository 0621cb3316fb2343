/**
 * Staff authentication for HTTP routes: the session cookie, role checks, and CSRF for changes.
 * Citizen routes never read the cookie; they authenticate with a ticket's token.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role, SessionUser } from '../../shared/schemas/auth.js';
import { SESSION_COOKIE, type Session, type SessionStore } from '../auth/sessions.js';
import { worksIn } from '../auth/user-store.js';
import { AppError, forbidden } from './app-error.js';

declare module 'express-serve-static-core' {
  interface Request {
    session?: Session;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function loadSession(sessions: SessionStore): RequestHandler {
  return async (req, _res, next) => {
    const sid = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const session = await sessions.touch(sid);
    if (session) req.session = session;
    next();
  };
}

/** Requires a signed-in account with one of the roles (and, with an :office param, working there). */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const s = req.session;
    if (!s) throw new AppError(401, 'unauthenticated', 'sign in first');
    if (!SAFE.has(req.method) && req.get('x-csrf-token') !== s.csrfToken) throw new AppError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header');
    if (!roles.includes(s.user.role)) throw forbidden();
    const office = req.params.office;
    if (typeof office === 'string' && !worksIn(s.user, office)) throw forbidden('you do not work in this office');
    next();
  };
}

export function currentUser(req: Request): SessionUser {
  if (!req.session) throw new AppError(401, 'unauthenticated', 'sign in first');
  return req.session.user;
}
