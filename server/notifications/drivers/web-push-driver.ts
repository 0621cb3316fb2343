/**
 * Web Push to the phone page (standard VAPID, RFC 8030/8291/8292), so a citizen hears of a call
 * with the page closed. The `web-push` package builds the request (the VAPID JWT and the aes128gcm
 * encrypted payload); it is sent with fetch so the timeout is ours. A 404 or 410 from the push
 * service means the browser dropped the subscription: RecipientGone, which is never retried.
 */
import { RecipientGone, type NotificationChannel, type OutgoingMessage } from '../channel.js';
import type { NotificationKind } from '../message-kinds.js';
import { pushTitle } from '../message-text.js';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** `mailto:` or `https:` contact of the deployment, which push services use to reach its operator */
  subject: string;
}

export interface WebPushOptions {
  vapid: VapidKeys;
  timeoutMs?: number;
  /** tests only: a push service on plain http (a local receiver) */
  allowHttpEndpoints?: boolean;
}

/** How long a push service keeps a message for a phone that is offline: a call is news only for minutes. */
const TTL_SECONDS: Record<NotificationKind, number> = {
  otp: 300,
  called: 300,
  turn_near: 900,
  reminder_soon: 1800,
  reminder_day_before: 12 * 3600,
  booking_confirmed: 24 * 3600,
  booking_cancelled: 24 * 3600,
};
const URGENT: ReadonlySet<NotificationKind> = new Set(['called', 'turn_near', 'reminder_soon']);

/** What the phone page's service worker receives (decrypted) in its `push` event. */
export interface PushPayload {
  title: string;
  body: string;
  kind: NotificationKind;
  data: OutgoingMessage['data'];
}

export function webPushDriver(opts: WebPushOptions): NotificationChannel {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    async send(message, delivery) {
      if (message.channel !== 'push') throw new Error(`the Web Push driver sends push, not ${message.channel}`);
      const endpoint = new URL(message.to.endpoint);
      if (endpoint.protocol !== 'https:' && !(opts.allowHttpEndpoints && endpoint.protocol === 'http:')) throw new RecipientGone(0);
      const payload: PushPayload = { title: pushTitle(delivery.lang), body: message.text, kind: message.kind, data: message.data };
      // loaded on the first push sent, not at start-up
      const { default: webPush } = await import('web-push');
      const request = webPush.generateRequestDetails(message.to, JSON.stringify(payload), {
        vapidDetails: opts.vapid,
        TTL: TTL_SECONDS[message.kind],
        urgency: URGENT.has(message.kind) ? 'high' : 'normal',
        contentEncoding: 'aes128gcm',
      });
      // fetch sets the length itself, and wants every header as a string
      const headers = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.toLowerCase() !== 'content-length')
          .map(([name, value]) => [name, String(value)]),
      );
      const res = await fetch(request.endpoint, {
        method: 'POST',
        headers,
        body: request.body && new Uint8Array(request.body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      await res.body?.cancel();
      if (res.status === 404 || res.status === 410) throw new RecipientGone(res.status);
      if (!res.ok) throw new Error(`push service answered ${res.status}`);
    },
  };
}
