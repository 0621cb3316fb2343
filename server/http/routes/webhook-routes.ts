/**
 * An office's signed webhooks (docs/webhooks.md): its endpoints, their recent deliveries and dead
 * letters, and resending one. Office administrators of that office (and the deployment
 * administrator); the domain (server/webhooks/*) checks the URL and writes the audit trail.
 */
import type { Response } from 'express';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { NewWebhookBody, WebhookChangeBody, WebhookDeliveryParams, WebhookParams, type WebhookWithSecret } from '../../../shared/schemas/webhooks.js';
import type { Context } from '../../context.js';
import { changeWebhook, createWebhook, deleteWebhook, listWebhooks } from '../../webhooks/endpoint-admin.js';
import { resendDelivery, webhookDeliveries } from '../../webhooks/delivery-admin.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';
import { actorOf } from '../staff-auth.js';

/** An answer that may carry a secret is kept by no cache. */
const sendWithSecret = (res: Response, status: number, answer: WebhookWithSecret) => res.status(status).set('Cache-Control', 'no-store').json(answer);

export function webhookRoutes(g: GuardedRouter, ctx: Context): void {
  g.route('GET /admin/offices/:office/webhooks', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json({ webhooks: await listWebhooks(ctx, office) });
  });

  g.route('POST /admin/offices/:office/webhooks', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const body = parse(NewWebhookBody, req.body, 'body');
    sendWithSecret(res, 201, await createWebhook(ctx, actorOf(req), office, body));
  });

  g.route('PUT /admin/offices/:office/webhooks/:id', async (req, res) => {
    const { office, id } = parse(WebhookParams, req.params, 'path');
    const body = parse(WebhookChangeBody, req.body, 'body');
    sendWithSecret(res, 200, await changeWebhook(ctx, actorOf(req), office, id, body));
  });

  g.route('DELETE /admin/offices/:office/webhooks/:id', async (req, res) => {
    const { office, id } = parse(WebhookParams, req.params, 'path');
    await deleteWebhook(ctx, actorOf(req), office, id);
    res.status(204).end();
  });

  g.route('GET /admin/offices/:office/webhooks/:id/deliveries', async (req, res) => {
    const { office, id } = parse(WebhookParams, req.params, 'path');
    res.json(await webhookDeliveries(ctx, office, id));
  });

  g.route('POST /admin/offices/:office/webhooks/:id/deliveries/:delivery/resend', async (req, res) => {
    const { office, id, delivery } = parse(WebhookDeliveryParams, req.params, 'path');
    res.status(202).json({ delivery: await resendDelivery(ctx, actorOf(req), office, id, delivery) });
  });
}
