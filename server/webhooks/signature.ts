/**
 * The HMAC-SHA256 both outgoing webhooks sign with (the office webhooks' `Webhook-Signature` and the
 * SMS gateway's `X-Signature`): over "<unix seconds>.<body>", so a receiver can refuse a body that
 * was changed or replayed long after. docs/webhooks.md shows how to check it.
 */
import { createHmac } from 'node:crypto';

/** Hex HMAC-SHA256 of `${unixSeconds}.${body}` keyed with the secret's UTF-8 bytes. */
export function signatureHex(secret: string, unixSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
}

/** The headers of one office webhook delivery; `id` is the event's, the same on every retry. */
export function webhookHeaders(secret: string, id: string, body: string, unixSeconds: number): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'webhook-id': id,
    'webhook-timestamp': String(unixSeconds),
    'webhook-signature': `v1=${signatureHex(secret, unixSeconds, body)}`,
  };
}
