/** An office's signed webhooks: endpoints, their deliveries and dead letters, resending one (the contract for receivers: docs/webhooks.md). */
import { z } from 'zod';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { WebhookDeliveries, WebhookDelivery, WebhookEndpoint, WebhookWithSecret } from '../../../shared/schemas/webhook-responses.js';
import { NewWebhookBody, WebhookChangeBody, WebhookDeliveryParams, WebhookParams } from '../../../shared/schemas/webhooks.js';
import type { RouteKey } from '../../access/route-table.js';
import type { RouteDoc } from './route-doc.js';

const endpoint = {
  id: 'wh_3f9a0c41d2e8',
  url: 'https://motcua.hanoi.gov.vn/hooks/qms',
  events: ['ticket.issued', 'ticket.completed', 'day.closed'],
  enabled: true,
  description: 'Phần mềm một cửa của tỉnh',
  createdAt: 1795581000000,
  createdBy: 'admin-tay-mo',
  updatedAt: 1795581000000,
};
const SECRET = 'whsec_0dQe3Z1v8mXyK2b7nLr5tWc9aHf4uJs6pGi1oEk3RzM';
const deadLetter = {
  id: 'evt_6f1c2a9e0d4b7a3c5e8f9012',
  type: 'ticket.completed',
  status: 'dead',
  occurredAt: 1795583400000,
  attempts: 10,
  sends: 1,
  lastAttemptAt: 1795670000000,
  responseStatus: 503,
  failure: 'answered',
  error: 'the receiver answered 503',
  deadAt: 1795670000000,
};
const ADDRESS =
  'The URL must be `https` with a host that resolves to public addresses, or inside a network the deployment allows (WEBHOOK_NETWORKS, where `http` is allowed too); otherwise 400 `validation_failed` naming `url`.';

export const WEBHOOK_DOCS = {
  'GET /admin/offices/:office/webhooks': {
    tag: 'Webhooks',
    summary: "The office's webhook endpoints",
    description: 'Never with their secrets.',
    params: OfficeParams,
    responses: { 200: { description: 'the endpoints', body: z.object({ webhooks: z.array(WebhookEndpoint) }), example: { webhooks: [endpoint] } } },
  },
  'POST /admin/offices/:office/webhooks': {
    tag: 'Webhooks',
    summary: 'Add a webhook endpoint',
    description: `It receives the events it chooses, signed with its secret: the one given, or one the server makes; either is answered this once. ${ADDRESS} An office has at most 10 endpoints (409 \`conflict\`). Written to the office's audit trail, without the secret.`,
    params: OfficeParams,
    body: NewWebhookBody,
    bodyExample: { url: endpoint.url, events: endpoint.events, description: endpoint.description },
    errors: ['conflict'],
    responses: {
      201: {
        description: 'the endpoint and its secret (kept by no cache)',
        body: WebhookWithSecret,
        example: { webhook: endpoint, secret: SECRET },
        headers: { 'Cache-Control': 'no-store' },
      },
    },
  },
  'PUT /admin/offices/:office/webhooks/:id': {
    tag: 'Webhooks',
    summary: 'Change a webhook endpoint',
    description: `Fields left out stay as they are; \`description: null\` removes it; \`secret\` sets one, \`rotateSecret: true\` has the server make one (answered this once). ${ADDRESS}`,
    params: WebhookParams,
    body: WebhookChangeBody,
    bodyExample: { enabled: false },
    responses: {
      200: {
        description: 'the endpoint as stored, with `secret` only after `rotateSecret` (kept by no cache)',
        body: WebhookWithSecret,
        example: { webhook: { ...endpoint, enabled: false, updatedAt: 1795584000000 } },
        headers: { 'Cache-Control': 'no-store' },
      },
    },
  },
  'DELETE /admin/offices/:office/webhooks/:id': {
    tag: 'Webhooks',
    summary: 'Delete a webhook endpoint',
    description: 'Its deliveries, pending or dead, go with it.',
    params: WebhookParams,
    responses: { 204: { description: 'deleted' } },
  },
  'GET /admin/offices/:office/webhooks/:id/deliveries': {
    tag: 'Webhooks',
    summary: "An endpoint's deliveries and dead letters",
    description:
      "The recent deliveries, and apart the dead letters (failed their last try; 10 tries over about a day), newest first. `failure` says why the last try failed; `responseStatus` is the receiver's status when it answered.",
    params: WebhookParams,
    responses: { 200: { description: 'the deliveries', body: WebhookDeliveries, example: { deliveries: [deadLetter], deadLetters: [deadLetter] } } },
  },
  'POST /admin/offices/:office/webhooks/:id/deliveries/:delivery/resend': {
    tag: 'Webhooks',
    summary: 'Send a delivery again',
    description:
      "The same event (same id, same body) as a new round, behind whatever its subject still has pending; 409 `conflict` while it is still pending. Written to the office's audit trail.",
    params: WebhookDeliveryParams,
    errors: ['conflict'],
    responses: {
      202: {
        description: 'queued again',
        body: z.object({ delivery: WebhookDelivery }),
        example: { delivery: { id: deadLetter.id, type: deadLetter.type, status: 'pending', occurredAt: deadLetter.occurredAt, attempts: 0, sends: 2 } },
      },
    },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
