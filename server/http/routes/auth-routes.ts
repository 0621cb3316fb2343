/** Sign in, sign out, and who am I. */
import { LoginBody, type MeResponse, type SessionResponse } from '../../../shared/schemas/auth.js';
import { LoginThrottle, type LoginRefusal } from '../../auth/login-throttle.js';
import { SESSION_COOKIE, type SessionStore } from '../../auth/sessions.js';
import { publicUser, type UserStore } from '../../auth/user-store.js';
import type { Context } from '../../context.js';
import { DomainError } from '../../domain-error.js';
import { rateLimit, type RateLimitSettings } from '../rate-limits.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';

const WAIT_BECAUSE: Record<LoginRefusal['reason'], string> = {
  pair: 'too many failed sign-ins to this account from this address',
  address: 'too many failed sign-ins from this address',
  account: 'too many failed sign-ins to this account: for now it signs in only from addresses it has signed in from before',
};

export function authRoutes(g: GuardedRouter, ctx: Context, users: UserStore, sessions: SessionStore, limits: RateLimitSettings, secureCookies: boolean): void {
  const throttle = new LoginThrottle(ctx.redis, ctx.clock);

  g.route('POST /auth/login', rateLimit(ctx.redis, 'login', limits.login), async (req, res) => {
    const { username, password } = parse(LoginBody, req.body, 'body');
    const name = username.toLowerCase();
    const attempt = await throttle.check(name, req.ip ?? 'unknown');
    if (attempt.refusal) {
      // the password is not even checked while the client waits: no guess counts
      const { reason, retryAfterSeconds } = attempt.refusal;
      res.set('Retry-After', String(retryAfterSeconds));
      throw new DomainError('too_many_failures', `${WAIT_BECAUSE[reason]}: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`);
    }
    const user = await users.verify(name, password);
    if (!user) {
      const delay = await throttle.fail(name, attempt);
      await new Promise((r) => setTimeout(r, delay));
      throw new DomainError('unauthenticated', 'wrong username or password');
    }
    await throttle.succeed(name, attempt);
    const { disabled: _d, ...sessionUser } = publicUser(user);
    const session = await sessions.create(sessionUser);
    res.cookie(SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/' });
    res.json({ user: sessionUser, csrfToken: session.csrfToken, expiresAt: session.expiresAt } satisfies MeResponse);
  });

  g.route('POST /auth/logout', async (req, res) => {
    if (req.session) {
      if (req.get('x-csrf-token') !== req.session.csrfToken) throw new DomainError('csrf_failed', 'missing or wrong X-CSRF-Token header');
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

  // the pages' first question: signed out is an answer here, so the browser logs no failed request
  g.route('GET /auth/session', (req, res) => {
    const s = req.session;
    res.json({ session: s ? { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt } : null } satisfies SessionResponse);
  });
}
