/**
 * An office administrator's webhook endpoints: add, change, delete, each checked against the
 * address rule (url-policy.ts) and written to the audit trail field by field. The secret is made
 * here (or given), answered once, and never enters the trail: only "secret changed".
 */
import { randomBytes } from 'node:crypto';
import {
  MAX_WEBHOOK_ENDPOINTS,
  type NewWebhookBody,
  type WebhookChangeBody,
  type WebhookEndpointView,
  type WebhookWithSecret,
} from '../../shared/schemas/webhooks.js';
import { recordAudit, type Actor } from '../audit/audit-trail.js';
import { fieldChanges } from '../audit/field-diff.js';
import type { Context } from '../context.js';
import { DomainError, notFound } from '../domain-error.js';
import {
  countEndpoints,
  endpointView,
  insertEndpoint,
  readEndpoint,
  readEndpoints,
  removeEndpoint,
  replaceEndpoint,
  type StoredEndpoint,
} from './endpoint-store.js';
import { checkWebhookUrl, type Resolver } from './url-policy.js';
import { webhookSettings } from './webhook-settings.js';

/** A new signing secret: 32 random bytes, base64url, with a prefix that says what it is. */
export const newSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** What the trail records of an endpoint: all but the secret and the timestamps. */
const audited = (e: WebhookEndpointView) => ({ url: e.url, events: e.events, enabled: e.enabled, ...(e.description ? { description: e.description } : {}) });

export async function listWebhooks(ctx: Context, office: string): Promise<WebhookEndpointView[]> {
  return (await readEndpoints(ctx, office)).map(endpointView);
}

async function mustRead(ctx: Context, office: string, id: string): Promise<StoredEndpoint> {
  const e = await readEndpoint(ctx, office, id);
  if (!e) throw notFound(`webhook ${id}`);
  return e;
}

export async function createWebhook(ctx: Context, actor: Actor, office: string, body: NewWebhookBody, resolve?: Resolver): Promise<WebhookWithSecret> {
  await ctx.offices.get(office, true);
  const url = await checkWebhookUrl(body.url, webhookSettings(ctx).networks, resolve);
  if ((await countEndpoints(ctx, office)) >= MAX_WEBHOOK_ENDPOINTS)
    throw new DomainError('conflict', `an office has at most ${MAX_WEBHOOK_ENDPOINTS} webhooks; delete one first`);
  const now = ctx.clock();
  const endpoint: StoredEndpoint = {
    id: `wh_${randomBytes(6).toString('hex')}`,
    url: url.href,
    events: body.events,
    enabled: body.enabled,
    ...(body.description ? { description: body.description } : {}),
    createdAt: now,
    createdBy: actor.user.username,
    updatedAt: now,
    secret: body.secret ?? newSecret(),
  };
  if (!(await insertEndpoint(ctx, office, endpoint))) throw new DomainError('conflict', 'webhook id taken; try again');
  const view = endpointView(endpoint);
  await recordAudit(ctx, actor, {
    action: 'webhook.created',
    target: endpoint.id,
    offices: [office],
    changes: fieldChanges({}, audited(view)),
    secretChanged: true,
  });
  return { webhook: view, secret: endpoint.secret };
}

export async function changeWebhook(
  ctx: Context,
  actor: Actor,
  office: string,
  id: string,
  body: WebhookChangeBody,
  resolve?: Resolver,
): Promise<WebhookWithSecret> {
  const before = await mustRead(ctx, office, id);
  const url = body.url === undefined ? before.url : (await checkWebhookUrl(body.url, webhookSettings(ctx).networks, resolve)).href;
  const secret = body.rotateSecret ? newSecret() : (body.secret ?? before.secret);
  const { description: _old, ...kept } = before;
  const description = body.description === undefined ? before.description : (body.description ?? undefined);
  const after: StoredEndpoint = {
    ...kept,
    url,
    events: body.events ?? before.events,
    enabled: body.enabled ?? before.enabled,
    ...(description ? { description } : {}),
    secret,
    updatedAt: ctx.clock(),
  };
  await replaceEndpoint(ctx, office, after);
  const secretChanged = secret !== before.secret;
  await recordAudit(ctx, actor, {
    action: 'webhook.changed',
    target: id,
    offices: [office],
    changes: fieldChanges(audited(before), audited(after)),
    ...(secretChanged ? { secretChanged } : {}),
  });
  // a secret the server made is answered once; one the administrator typed it already has
  return { webhook: endpointView(after), ...(body.rotateSecret ? { secret } : {}) };
}

export async function deleteWebhook(ctx: Context, actor: Actor, office: string, id: string): Promise<void> {
  const before = await mustRead(ctx, office, id);
  await removeEndpoint(ctx, office, id);
  await recordAudit(ctx, actor, { action: 'webhook.deleted', target: id, offices: [office], changes: fieldChanges(audited(endpointView(before)), {}) });
}
