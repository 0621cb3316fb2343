/** An office's webhook endpoints and their deliveries in the API's answers (webhooks.ts holds the interfaces; docs/webhooks.md the contract). */
import { z } from 'zod';
import { Instant } from './ticket-responses.js';
import { WebhookEvent } from './webhooks.js';

export const WebhookEndpoint = z
  .object({
    id: z.string().describe('wh_ and 12 hex digits'),
    url: z.string(),
    events: z.array(WebhookEvent),
    enabled: z.boolean(),
    description: z.string().optional(),
    createdAt: Instant,
    createdBy: z.string(),
    updatedAt: Instant,
  })
  .meta({ id: 'WebhookEndpoint', description: 'An endpoint, never with its secret' });

export const WebhookWithSecret = z
  .object({
    webhook: WebhookEndpoint,
    secret: z.string().optional().describe('the signing secret: only in the answer that made it (creation, `rotateSecret`), never again'),
  })
  .meta({ id: 'WebhookWithSecret' });

export const WebhookDelivery = z
  .object({
    id: z.string().describe("the event's id: the same on every retry and resend"),
    type: WebhookEvent,
    status: z
      .enum(['pending', 'delivered', 'dead'])
      .describe('`pending`: queued or waiting to retry; `dead`: failed its last try (a dead letter, until resent)'),
    occurredAt: Instant,
    attempts: z.number().describe('tries of the current round (a resend starts a new one)'),
    sends: z.number().describe('times queued: 1, plus one per resend'),
    lastAttemptAt: Instant.optional(),
    responseStatus: z.number().optional().describe("the receiver's HTTP status at the last try, when it answered"),
    failure: z.enum(['answered', 'timeout', 'refused', 'address', 'unresolved', 'tls', 'network']).optional().describe('why the last try failed'),
    error: z.string().optional().describe("a short technical line, never the receiver's answer"),
    nextAttemptAt: Instant.optional(),
    deliveredAt: Instant.optional(),
    deadAt: Instant.optional(),
  })
  .meta({ id: 'WebhookDelivery', description: 'One event sent (or owed) to one endpoint' });

export const WebhookDeliveries = z
  .object({
    deliveries: z.array(WebhookDelivery).describe('the newest first, at most 100'),
    deadLetters: z.array(WebhookDelivery).describe('the dead letters, newest first, at most 100'),
  })
  .meta({ id: 'WebhookDeliveries' });
