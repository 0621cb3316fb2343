/**
 * Failed sign-ins slow and then stop the client that makes them, never the account everywhere: the
 * demo usernames are in the README, and a lock on the account would let anyone in the hall lock the
 * chairman out each morning. Three counters, each over a window that restarts with every failure:
 * - one address at one account: after PAIR_MAX failures that pair waits out the window;
 * - one address at any account (one client spraying many accounts): after ADDRESS_MAX failures the
 *   address waits, except at accounts that signed in from it before;
 * - one account from anywhere (guessing from many addresses): after ACCOUNT_MAX failures addresses
 *   that never signed in to it wait, and those that did still sign in.
 * Addresses are kept only as salted hashes: the known ones for KNOWN_DAYS after their last sign-in.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';

export const WINDOW_SECONDS = 15 * 60;
export const PAIR_MAX = 5;
export const ADDRESS_MAX = 20;
export const ACCOUNT_MAX = 20;
export const KNOWN_DAYS = 30;
/** the most recent addresses an account keeps as known */
const KNOWN_KEEP = 50;
const DELAY_MS_PER_FAILURE = 200;

/** Which counter holds the client back, and for how long. */
export interface LoginRefusal {
  reason: 'pair' | 'address' | 'account';
  retryAfterSeconds: number;
}

export interface LoginAttempt {
  /** the salted hash of the client's address */
  address: string;
  known: boolean;
  /** attempts of this pair in the window, this one included */
  attempts: number;
  refusal?: LoginRefusal;
}

type Reply = [Error | null, unknown][] | null;
const value = (replies: Reply, i: number) => replies?.[i]?.[1];

export class LoginThrottle {
  private salt?: Promise<string>;

  constructor(
    private readonly redis: RedisClient,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The salt is made once per deployment and kept in Redis, so every process hashes alike. */
  private async hash(address: string): Promise<string> {
    this.salt ??= (async () => {
      await this.redis.set(keys.loginAddressSalt(), randomBytes(24).toString('base64url'), 'NX');
      const salt = await this.redis.get(keys.loginAddressSalt());
      if (!salt) throw new Error('login address salt missing');
      return salt;
    })().catch((err: unknown) => {
      this.salt = undefined;
      throw err;
    });
    return createHmac('sha256', await this.salt)
      .update(address)
      .digest('base64url')
      .slice(0, 22);
  }

  /**
   * Counts a sign-in attempt for `username` from `address` and says whether it must wait. The pair's
   * counter is taken before the password is checked, so a burst of parallel guesses cannot all slip
   * under the limit; success clears it. The coarser counters count failures only.
   */
  async check(username: string, address: string): Promise<LoginAttempt> {
    const addr = await this.hash(address);
    const pair = keys.loginPairFailures(username, addr);
    // an account's keys share one Cluster slot, an address's another: one transaction each
    const [account, byAddress] = await Promise.all([
      this.redis
        .multi()
        .incr(pair)
        .expire(pair, WINDOW_SECONDS)
        .get(keys.loginFailures(username))
        .pttl(keys.loginFailures(username))
        .zscore(keys.loginKnownAddresses(username), addr)
        .exec(),
      this.redis.multi().get(keys.loginAddressFailures(addr)).pttl(keys.loginAddressFailures(addr)).exec(),
    ]);
    const attempts = Number(value(account, 0) ?? 1);
    const lastSignIn = value(account, 4);
    const known = lastSignIn !== null && lastSignIn !== undefined && Number(lastSignIn) >= this.clock() - KNOWN_DAYS * 86_400_000;
    const over = (count: unknown, max: number) => Number(count ?? 0) >= max;
    const wait = (pttl: unknown) => Math.max(1, Math.ceil(Number(pttl) / 1000));
    let refusal: LoginRefusal | undefined;
    if (attempts > PAIR_MAX) refusal = { reason: 'pair', retryAfterSeconds: WINDOW_SECONDS };
    else if (!known && over(value(byAddress, 0), ADDRESS_MAX)) refusal = { reason: 'address', retryAfterSeconds: wait(value(byAddress, 1)) };
    else if (!known && over(value(account, 2), ACCOUNT_MAX)) refusal = { reason: 'account', retryAfterSeconds: wait(value(account, 3)) };
    return { address: addr, known, attempts, ...(refusal ? { refusal } : {}) };
  }

  /** Counts a failure at the account and from the address; returns how long to hold the answer. */
  async fail(username: string, attempt: LoginAttempt): Promise<number> {
    const account = keys.loginFailures(username);
    const address = keys.loginAddressFailures(attempt.address);
    await Promise.all([
      this.redis.multi().incr(account).expire(account, WINDOW_SECONDS).exec(),
      this.redis.multi().incr(address).expire(address, WINDOW_SECONDS).exec(),
    ]);
    return Math.min(attempt.attempts, PAIR_MAX) * DELAY_MS_PER_FAILURE;
  }

  /**
   * A successful sign-in clears its pair and makes the address known to the account. The address
   * and account counters stay: a client with one account of its own could otherwise wipe its
   * failures at every other account by signing in to its own.
   */
  async succeed(username: string, attempt: LoginAttempt): Promise<void> {
    const now = this.clock();
    const known = keys.loginKnownAddresses(username);
    await this.redis
      .multi()
      .del(keys.loginPairFailures(username, attempt.address))
      .zadd(known, now, attempt.address)
      .zremrangebyscore(known, '-inf', now - KNOWN_DAYS * 86_400_000)
      .zremrangebyrank(known, 0, -KNOWN_KEEP - 1)
      .expire(known, KNOWN_DAYS * 86_400)
      .exec();
  }
}
