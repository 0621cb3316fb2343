/** Sign in, sign out, and who am I. */
import type { Router } from 'express';
import { LoginBody, type MeResponse } from '../../../shared/schemas/auth.js';
import { LoginThrottle } from '../../auth/login-throttle.js';
import { SESSION_COOKIE, type SessionStore } from '../../auth/sessions.js';
import { publicUser, type UserStore } from '../../auth/user-store.js';
import type { Context } from '../../context.js';
import { AppError } from '../app-error.js';
import { rateLimit, type RateLimitSettings } from '../rate-limits.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../validate.js';
import { guardedRouter } from '../guarded-router.js';

export function authRoutes(ctx: Context, users: UserStore, sessions: SessionStore, limits: RateLimitSettings, secureCookies: boolean): Router {
  const g = guardedRouter();
  const throttle = new LoginThrottle(ctx.redis);

  g.route('POST /auth/login', rateLimit(ctx.redis, 'login', limits.login), async (req, res) => {
    const { username, password } = parse(LoginBody, req.body, 'body');
    const name = username.toLowerCase();
    if (await throttle.isLocked(name)) throw new AppError(423, 'account_locked', 'too many failed sign-ins: try again in 15 minutes');
    const user = await users.verify(name, password);
    if (!user) {
      const delay = await throttle.fail(name);
      await new Promise((r) => setTimeout(r, delay));
      throw new AppError(401, 'unauthenticated', 'wrong username or password');
    }
    await throttle.succeed(name);
    const { disabled: _d, ...sessionUser } = publicUser(user);
    const session = await sessions.create(sessionUser);
    res.cookie(SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/' });
    res.json({ user: sessionUser, csrfToken: session.csrfToken, expiresAt: session.expiresAt } satisfies MeResponse);
  });

  g.route('POST /auth/logout', async (req, res) => {
    if (req.session) {
      if (req.get('x-csrf-token') !== req.session.csrfToken) throw new AppError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header');
      await sessions.destroy(req.session.id);
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  g.route('GET /auth/me', (req, res) => {
    const s = req.session;
    currentUser(req);
    res.json({ user: s!.user, csrfToken: s!.csrfToken, expiresAt: s!.expiresAt } satisfies MeResponse);
  });

  return g.router;
}
