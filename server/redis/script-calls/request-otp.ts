/** requestOtp-1.lua: stores a phone's new one-time code within its resend limits. */
import { script } from './define.js';

export interface RequestOtpArgs {
  /** sha256 of phone and code (server/bookings/one-time-code.ts) */
  codeHash: string;
  now: number;
  ttlSeconds: number;
  maxSends: number;
  gapSeconds: number;
}

export const requestOtp = script<RequestOtpArgs, Record<string, never>>()('requestOtp', { keys: ['otp'] });
