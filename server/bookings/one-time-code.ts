/**
 * A citizen is a verified mobile number: a 6-digit code sent to it, valid for minutes, a few wrong
 * tries and a few resends. Only hashes are stored: of the code with its phone (so a code read from
 * Redis is no use for another number), and of the phone with the deployment's salt (the caps count
 * by it).
 */
import { createHash, randomInt } from 'node:crypto';
import type { Context } from '../context.js';
import { RateLimited } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';

/** How long a code lives, how many codes a phone gets in that time and how far apart, how many wrong tries. */
export const OTP_RULES = { ttlSeconds: 10 * 60, maxSends: 3, gapSeconds: 30, maxTries: 5 } as const;

export const phoneHash = (ctx: Context, phone: string) => createHash('sha256').update(`${ctx.identitySalt}:phone:${phone}`).digest('hex');
export const deviceHash = (ctx: Context, device: string) => createHash('sha256').update(`${ctx.identitySalt}:device:${device}`).digest('hex');
export const codeHash = (phone: string, code: string) => createHash('sha256').update(`${phone}:${code}`).digest('hex');

/** Stores a new code for the phone and returns it, for the caller to send; refused over the resend limits. */
export async function newOneTimeCode(ctx: Context, office: string, phone: string): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const reply = await scripts.requestOtp(
    ctx.redis,
    { otp: keys.otp(office, phoneHash(ctx, phone)) },
    { codeHash: codeHash(phone, code), now: ctx.clock(), ttlSeconds: OTP_RULES.ttlSeconds, maxSends: OTP_RULES.maxSends, gapSeconds: OTP_RULES.gapSeconds },
  );
  if (isFailure(reply)) throw new RateLimited(reply.retryAfter ?? 60);
  return code;
}
