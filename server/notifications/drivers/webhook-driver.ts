/**
 * SMS (or Zalo OA, or anything a gateway does with a phone number) through an HTTP webhook: one
 * POST of JSON `{ channel, to, kind, text, data }` to NOTIFY_WEBHOOK_URL (contract in docs/api.md,
 * "Notifications"). `text` is without diacritics for plain SMS; `data.textUnicode` keeps them.
 * Anything but a 2xx within the timeout throws, so BullMQ retries with backoff; the
 * `X-Notification-Id` header is the same on every retry, so the gateway can drop a repeat.
 */
import type { NotificationChannel } from '../channel.js';
import { asciiFallback } from '../message-text.js';
import { signatureHex } from '../../webhooks/signature.js';

export interface WebhookOptions {
  url: string;
  /** NOTIFY_WEBHOOK_SECRET: signs each body, so the gateway sends only what this server asked for */
  secret?: string;
  timeoutMs?: number;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, checked by the receiver with the shared secret. */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${signatureHex(secret, unixSeconds, body)}`;
}

export function webhookDriver(opts: WebhookOptions): NotificationChannel {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    async send(message, delivery) {
      if (message.channel !== 'sms') throw new Error(`the webhook driver sends SMS, not ${message.channel}`);
      const body = JSON.stringify({
        channel: message.channel,
        to: message.to,
        kind: message.kind,
        text: asciiFallback(message.text),
        data: { ...message.data, textUnicode: message.text, lang: delivery.lang },
      });
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-notification-id': delivery.id };
      if (opts.secret) headers['x-signature'] = webhookSignature(opts.secret, body, Math.floor(Date.now() / 1000));
      const res = await fetch(opts.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      await res.body?.cancel();
      // the status alone: a gateway's answer may repeat the number or the code
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
  };
}
