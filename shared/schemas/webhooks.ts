/**
 * Signed webhooks of an office (docs/webhooks.md): the endpoints an office administrator registers,
 * the events they choose, and the deliveries the admin page lists. The secret is shown once, when
 * the server makes it (or the administrator sets it), and never listed again.
 */
import { z } from 'zod';
import { OfficeId, Text } from './common.js';

/** Every event a receiver may choose, in the order the admin page lists them. */
export const WEBHOOK_EVENTS = [
  'ticket.issued',
  'ticket.called',
  'ticket.completed',
  'ticket.no_show',
  'rating.received',
  'complaint.filed',
  'complaint.answered',
  'complaint.overdue',
  'booking.made',
  'booking.cancelled',
  'booking.checked_in',
  'day.closed',
] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** An office has at most this many endpoints: each event is one delivery per endpoint. */
export const MAX_WEBHOOK_ENDPOINTS = 10;

export const WebhookId = z.string().regex(/^wh_[0-9a-f]{12}$/, 'webhook id like wh_0123456789ab');
/** A delivery's id is its event's: the same on every retry and resend, so a receiver can drop a repeat. */
export const WebhookEventId = z.string().regex(/^evt_[0-9a-f]{24}$/, 'delivery id like evt_ followed by 24 hex digits');

/** Printable ASCII without spaces: the receiver keys its HMAC with these bytes. */
export const WebhookSecret = z
  .string()
  .min(24, 'secret: at least 24 characters')
  .max(200, 'secret: at most 200 characters')
  .regex(/^[\x21-\x7e]+$/, 'secret: printable ASCII letters, digits and signs, no spaces');

/** Parsed as a URL here; which schemes and addresses are allowed is the server's policy (server/webhooks/url-policy.ts). */
export const WebhookUrl = z
  .string()
  .max(2000, 'url: at most 2000 characters')
  .refine((s) => URL.canParse(s), 'url: not a URL');

const Events = z
  .array(WebhookEvent)
  .min(1, 'events: choose at least one')
  .max(WEBHOOK_EVENTS.length)
  .refine((list) => new Set(list).size === list.length, 'events: each once');

export const NewWebhookBody = z.strictObject({
  url: WebhookUrl,
  events: Events,
  enabled: z.boolean().default(true),
  description: Text(120).optional(),
  /** none: the server makes one (returned once, in the answer) */
  secret: WebhookSecret.optional(),
});
export type NewWebhookBody = z.infer<typeof NewWebhookBody>;

/** A change: fields left out stay as they are; `rotateSecret` makes a new secret (returned once). */
export const WebhookChangeBody = z
  .strictObject({
    url: WebhookUrl.optional(),
    events: Events.optional(),
    enabled: z.boolean().optional(),
    description: Text(120).nullable().optional(),
    secret: WebhookSecret.optional(),
    rotateSecret: z.literal(true).optional(),
  })
  .refine((b) => !(b.secret && b.rotateSecret), 'secret: set one, or rotate, not both');
export type WebhookChangeBody = z.infer<typeof WebhookChangeBody>;

export const WebhookParams = z.strictObject({ office: OfficeId, id: WebhookId });
export const WebhookDeliveryParams = z.strictObject({ office: OfficeId, id: WebhookId, delivery: WebhookEventId });

/** An endpoint as the admin page lists it: never its secret. */
export interface WebhookEndpointView {
  id: string;
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  description?: string;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
}

/** The answer to a creation, or to a change that set or rotated the secret: the only time it leaves the server. */
export interface WebhookWithSecret {
  webhook: WebhookEndpointView;
  secret?: string;
}

/** `pending`: queued or waiting to retry; `dead`: failed its last attempt (a dead letter, until resent). */
export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'dead';

/** Why a try failed: the receiver answered other than 2xx, or no answer (too slow, refused, an address the rule refuses, no such name, TLS, the network). */
export type WebhookFailure = 'answered' | 'timeout' | 'refused' | 'address' | 'unresolved' | 'tls' | 'network';

export interface WebhookDeliveryView {
  id: string;
  type: WebhookEvent;
  status: WebhookDeliveryStatus;
  /** when the event happened (ms) */
  occurredAt: number;
  /** tries of the current round (a resend starts a new round) */
  attempts: number;
  /** times it was queued: 1, then one more for each resend */
  sends: number;
  lastAttemptAt?: number;
  /** the receiver's HTTP status at the last attempt, when it answered */
  responseStatus?: number;
  /** why the last attempt failed, without the receiver's answer: its kind, and a short technical line */
  failure?: WebhookFailure;
  error?: string;
  /** the next try (ms), while pending after a failure */
  nextAttemptAt?: number;
  deliveredAt?: number;
  deadAt?: number;
}

export interface WebhookDeliveriesResponse {
  /** the newest first */
  deliveries: WebhookDeliveryView[];
  /** the dead letters, newest first */
  deadLetters: WebhookDeliveryView[];
}
