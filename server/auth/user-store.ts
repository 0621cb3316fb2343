/** Staff accounts (deployment-wide), with argon2id password hashes. */
import argon2 from 'argon2';
import { UserBody, type SessionUser, type UserBodyInput } from '../../shared/schemas/auth.js';
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';
import type { SessionStore } from './sessions.js';
import { DomainError, invalid, notFound } from '../domain-error.js';

export interface StoredUser extends SessionUser {
  passwordHash: string;
  disabled: boolean;
  createdAt: number;
}

export const publicUser = (u: StoredUser): SessionUser & { disabled: boolean } => ({
  username: u.username,
  name: u.name,
  role: u.role,
  offices: u.offices,
  counters: u.counters,
  groups: u.groups ?? [],
  disabled: u.disabled,
});

/** argon2id cost; the defaults follow the library (64 MiB, 3 passes). Tests use a cheap setting. */
export interface HashCost {
  memoryCost?: number;
  timeCost?: number;
  parallelism?: number;
}

export class UserStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly sessions: SessionStore,
    private readonly cost: HashCost = {},
  ) {}

  async get(username: string): Promise<StoredUser | null> {
    const raw = await this.redis.hget(keys.users(), username);
    return raw ? (JSON.parse(raw) as StoredUser) : null;
  }

  async list(): Promise<StoredUser[]> {
    const all = await this.redis.hvals(keys.users());
    return all.map((r) => JSON.parse(r) as StoredUser).sort((a, b) => a.username.localeCompare(b.username));
  }

  /** Creates or updates an account; a new account needs a password. */
  async upsert(input: UserBodyInput, opts: { create: boolean }): Promise<StoredUser> {
    const body = UserBody.parse(input);
    const existing = await this.get(body.username);
    if (opts.create && existing) throw new DomainError('conflict', `user ${body.username} already exists`);
    if (!opts.create && !existing) throw notFound(`user ${body.username}`);
    if (!existing && !body.password) throw invalid('password', 'required for a new account');
    const user: StoredUser = {
      username: body.username,
      name: body.name,
      role: body.role,
      offices: body.offices,
      counters: body.counters,
      groups: body.groups,
      disabled: body.disabled,
      passwordHash: body.password ? await argon2.hash(body.password, this.cost) : existing!.passwordHash,
      createdAt: existing?.createdAt ?? Date.now(),
    };
    await this.redis.hset(keys.users(), user.username, JSON.stringify(user));
    // a session holds the account as it was at sign-in: any change ends them
    if (existing && (body.password || JSON.stringify(publicUser(existing)) !== JSON.stringify(publicUser(user)))) await this.sessions.endAllFor(user.username);
    return user;
  }

  async remove(username: string): Promise<void> {
    if ((await this.redis.hdel(keys.users(), username)) === 0) throw notFound(`user ${username}`);
    await this.sessions.endAllFor(username);
  }

  async verify(username: string, password: string): Promise<StoredUser | null> {
    const user = await this.get(username);
    if (!user || user.disabled) {
      // spend the same time as a real check so a missing account is not revealed by timing
      await argon2.hash(password, this.cost);
      return null;
    }
    return (await argon2.verify(user.passwordHash, password)) ? user : null;
  }
}
