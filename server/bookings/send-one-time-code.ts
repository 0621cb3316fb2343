/** A one-time code for a phone: stored (hashed) within its resend limits, then sent by SMS. */
import { randomBytes } from 'node:crypto';
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { notify } from '../notifications/notify.js';
import { newOneTimeCode, OTP_RULES } from './one-time-code.js';

export async function sendOneTimeCode(ctx: Context, office: string, phone: string): Promise<void> {
  const { config } = await ctx.offices.get(office); // an unknown office is refused before anything is stored
  // no SMS for an office that takes no bookings: a code there would be an SMS paid for nothing
  if (!config.services.some((s) => s.enabled && (s.booking.remote || s.booking.appointment))) {
    throw new DomainError('service_closed', 'this office takes no bookings');
  }
  const code = await newOneTimeCode(ctx, office, phone);
  // a fresh key per code: each one is its own message
  await notify(
    ctx,
    office,
    { channel: 'sms', to: phone, kind: 'otp', data: { code, validMinutes: OTP_RULES.ttlSeconds / 60 } },
    { key: randomBytes(8).toString('hex') },
  );
}
