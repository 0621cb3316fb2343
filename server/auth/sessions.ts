/**
 * Staff sessions live in Redis. The cookie holds only a random id (httpOnly, SameSite=Strict); each
 * session carries a CSRF token that cookie-authenticated changes must echo in X-CSRF-Token.
 * A session ends at the first of: sign-out, its absolute lifetime, an idle time without requests,
 * or any change to its account (`endAllFor`), and its sockets are disconnected then
 * (`sessions.ended`, the realtime reaction).
 */
import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { DomainEventBus } from '../domain-events.js';
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';

export const SESSION_COOKIE = 'qms_sid';

/** The session id in a Cookie header (requests and socket handshakes read it the same way). */
export function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

export interface Session {
  id: string;
  user: SessionUser;
  csrfToken: string;
  createdAt: number;
  /** absolute end, whatever the use */
  expiresAt: number;
  lastUsedAt: number;
}

export interface SessionLimits {
  absoluteSeconds: number;
  idleSeconds: number;
}

/** A session in use is rewritten at most this often (its last use), not on every request. */
const TOUCH_EVERY_MS = 60_000;
const ID = /^[A-Za-z0-9_-]{32}$/;

export class SessionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly limits: SessionLimits,
    private readonly events: DomainEventBus,
    private readonly clock: () => number = Date.now,
  ) {}

  async create(user: SessionUser): Promise<Session> {
    const now = this.clock();
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      user,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      expiresAt: now + this.limits.absoluteSeconds * 1000,
      lastUsedAt: now,
    };
    // the index first: a session is never alive without the entry that lets a change to its account end it
    // (separate commands: the keys sit in different slots of a Cluster)
    await this.redis.sadd(keys.userSessions(user.username), session.id);
    await this.redis.expire(keys.userSessions(user.username), this.limits.absoluteSeconds);
    await this.redis.set(keys.session(session.id), JSON.stringify(session), 'EX', this.ttl(session, now));
    return session;
  }

  /** Reads a live session and notes its use; an expired or idle one is ended. */
  async touch(id: string | undefined): Promise<Session | null> {
    if (!id || !ID.test(id)) return null;
    const raw = await this.redis.get(keys.session(id));
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    const now = this.clock();
    if (now >= session.expiresAt || now - session.lastUsedAt >= this.limits.idleSeconds * 1000) {
      await this.end([session]);
      return null;
    }
    if (now - session.lastUsedAt >= TOUCH_EVERY_MS) {
      session.lastUsedAt = now;
      await this.redis.set(keys.session(id), JSON.stringify(session), 'EX', this.ttl(session, now), 'XX');
    }
    return session;
  }

  /** Sign-out. */
  async destroy(id: string): Promise<void> {
    const raw = await this.redis.get(keys.session(id));
    if (raw) await this.end([JSON.parse(raw) as Session]);
  }

  /** Ends every session of an account: called on any change to it. */
  async endAllFor(username: string): Promise<void> {
    const ids = await this.redis.smembers(keys.userSessions(username));
    for (const id of ids) await this.redis.del(keys.session(id));
    await this.redis.del(keys.userSessions(username));
    if (ids.length) this.events.emit('sessions.ended', { sessionIds: ids });
  }

  private async end(sessions: Session[]): Promise<void> {
    for (const s of sessions) {
      await this.redis.del(keys.session(s.id));
      await this.redis.srem(keys.userSessions(s.user.username), s.id);
    }
    this.events.emit('sessions.ended', { sessionIds: sessions.map((s) => s.id) });
  }

  /** Redis forgets a session by itself at the first of its idle and absolute ends. */
  private ttl(s: Session, now: number): number {
    return Math.max(1, Math.ceil(Math.min(this.limits.idleSeconds * 1000, s.expiresAt - now) / 1000));
  }
}
