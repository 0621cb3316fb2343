/**
 * Staff sessions live in Redis with an expiry that slides while the officer works.
 * The cookie holds only a random id (httpOnly, SameSite=Strict); each session carries a CSRF
 * token that cookie-authenticated changes must echo in the X-CSRF-Token header.
 */
import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';

export const SESSION_COOKIE = 'qms_sid';

export interface Session {
  id: string;
  user: SessionUser;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
}

export class SessionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly ttlSeconds: number,
  ) {}

  async create(user: SessionUser): Promise<Session> {
    const now = Date.now();
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      user,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      expiresAt: now + this.ttlSeconds * 1000,
    };
    await this.redis.set(keys.session(session.id), JSON.stringify(session), 'EX', this.ttlSeconds);
    return session;
  }

  /** Reads a session and slides its expiry. */
  async touch(id: string | undefined): Promise<Session | null> {
    if (!id || !/^[A-Za-z0-9_-]{32}$/.test(id)) return null;
    const raw = await this.redis.getex(keys.session(id), 'EX', this.ttlSeconds);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    session.expiresAt = Date.now() + this.ttlSeconds * 1000;
    return session;
  }

  async destroy(id: string): Promise<void> {
    await this.redis.del(keys.session(id));
  }
}
