/**
 * What an office administrator does with deliveries: read an endpoint's recent deliveries and dead
 * letters, and resend one (the same event, same id and body, as a new round at the end of its
 * subject's chain), written to the audit trail.
 */
import type { WebhookDeliveriesResponse } from '../../shared/schemas/webhooks.js';
import { recordAudit, type Actor } from '../audit/audit-trail.js';
import type { Context } from '../context.js';
import { DomainError, notFound } from '../domain-error.js';
import { deliveryView, listDeliveries, readDelivery, requeueDelivery } from './delivery-store.js';
import { queueDelivery } from './delivery-queue.js';
import { readEndpoint } from './endpoint-store.js';

async function mustHaveEndpoint(ctx: Context, office: string, id: string): Promise<void> {
  if (!(await readEndpoint(ctx, office, id))) throw notFound(`webhook ${id}`);
}

export async function webhookDeliveries(ctx: Context, office: string, endpoint: string): Promise<WebhookDeliveriesResponse> {
  await mustHaveEndpoint(ctx, office, endpoint);
  return listDeliveries(ctx, office, endpoint);
}

export async function resendDelivery(ctx: Context, actor: Actor, office: string, endpoint: string, id: string) {
  await mustHaveEndpoint(ctx, office, endpoint);
  const before = await readDelivery(ctx, office, endpoint, id);
  if (!before) throw notFound(`delivery ${id}`);
  if (before.status === 'pending') throw new DomainError('conflict', `delivery ${id} is still being delivered`);
  const { record, first } = await requeueDelivery(ctx, office, endpoint, before);
  if (first) await queueDelivery(ctx, { office, endpoint, id, subject: record.subject }, record.sends);
  await recordAudit(ctx, actor, {
    action: 'webhook.resent',
    target: endpoint,
    offices: [office],
    changes: [{ field: 'delivery', after: `${id} (${record.type})` }],
  });
  return deliveryView(record);
}
