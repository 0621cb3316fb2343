import { z } from 'zod';
import { Token } from './common.js';

/** base64url without padding, as PushManager gives the keys */
const Base64Url = (min: number, max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'base64url')
    .min(min)
    .max(max);

/**
 * The push services of the browsers phones use: the server posts to the endpoint it is given, so
 * only these hosts, on the https port, are taken (never a name that leads inside the office network).
 */
const PUSH_SERVICES = ['fcm.googleapis.com', 'android.googleapis.com', 'updates.push.services.mozilla.com', '.push.apple.com', '.notify.windows.com'];

function isPushService(endpoint: string): boolean {
  const url = new URL(endpoint);
  if (url.port !== '') return false;
  return PUSH_SERVICES.some((h) => (h.startsWith('.') ? url.hostname.endsWith(h) : url.hostname === h));
}

/**
 * A Web Push subscription as the phone page sends it (`subscription.toJSON()`). The endpoint is
 * where the server will POST, so it must be an https URL of a push service, with no credentials.
 */
export const PushSubscriptionBody = z.object({
  endpoint: z
    .url({ protocol: /^https$/, hostname: z.regexes.domain })
    .max(1000)
    .refine((u) => !/^https:\/\/[^/]*@/.test(u), 'endpoint without credentials')
    .refine(isPushService, 'endpoint: a browser push service (Chrome, Firefox, Safari, Edge) on port 443'),
  /** P-256 public key (65 bytes, uncompressed) and the 16-byte auth secret */
  keys: z.object({ p256dh: Base64Url(86, 88), auth: Base64Url(22, 24) }),
});
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>;

/** The phone following a ticket asks for its messages by Web Push (POST /tickets/:id/push). */
export const PushFollowBody = z.strictObject({ token: Token, subscription: PushSubscriptionBody });
