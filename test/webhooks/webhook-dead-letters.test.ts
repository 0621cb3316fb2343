/**
 * What happens to deliveries that never succeed: after the last try each becomes a dead letter,
 * listed apart, and its ticket's next event goes on; a resend sends the same event (same id, same
 * body) again; a delivery recorded but never queued (the process died between the two writes) is
 * found and sent by the sweep; a turned-off endpoint records nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { keys } from '../../server/redis/keys.js';
import { sweepWebhooks } from '../../server/webhooks/delivery-jobs.js';
import { deliveryJobId, queueDelivery, webhookQueue } from '../../server/webhooks/delivery-queue.js';
import { recordDeliveries } from '../../server/webhooks/delivery-store.js';
import { newEventId } from '../../server/webhooks/webhook-reactions.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { signatureValid, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

describe('dead letters, resend and the sweep', () => {
  let t: TestApp;
  let workers: Workers;
  let receiver: WebhookReceiver;
  let admin: StaffClient;
  let officer: StaffClient;
  let hook: { id: string };
  let secret: string;
  const base = () => `/admin/offices/${t.office}/webhooks`;
  const deliveries = async () => (await admin.request('GET', `${base()}/${hook.id}/deliveries`)).body;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ slowMs: 5000 });
    t = await startTestApp({ webhooks: { networks: ['127.0.0.1/32'], attempts: 3, backoffMs: 20, timeoutMs: 1000, recheckMs: 50 } });
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
    admin = await t.login(`admin-${t.office}`);
    officer = await t.login(`officer1-${t.office}`);
    const created = await admin.request('POST', base(), { url: receiver.url, events: ['ticket.issued', 'ticket.called', 'ticket.completed'] });
    hook = created.body.webhook;
    secret = created.body.secret;
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await receiver?.close();
  });

  it("makes each delivery a dead letter after its last try, and lets its ticket's next event go on", async () => {
    await receiver.setMode(503);
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
    await officer.request('POST', `/offices/${t.office}/counters/1/complete`);
    await poll(async () => (await deliveries()).deadLetters.length).toBe(3);
    const { deliveries: recent, deadLetters } = await deliveries();
    expect(deadLetters.map((d: any) => d.type)).toEqual(['ticket.completed', 'ticket.called', 'ticket.issued']);
    for (const d of deadLetters) {
      expect(d).toMatchObject({ status: 'dead', attempts: 3, sends: 1, responseStatus: 503, failure: 'answered', error: 'the receiver answered 503' });
      expect(d.nextAttemptAt).toBeUndefined();
    }
    expect(recent.map((d: any) => d.id).sort()).toEqual(deadLetters.map((d: any) => d.id).sort());
    // three tries each, a ticket's events one after another
    expect(receiver.received.map((a) => a.json.type)).toEqual([
      ...Array(3).fill('ticket.issued'),
      ...Array(3).fill('ticket.called'),
      ...Array(3).fill('ticket.completed'),
    ]);
    expect(receiver.received.every((a) => a.json.data.ticket.id === ticket.id && signatureValid(secret, a))).toBe(true);
  });

  it('resends a dead letter with its id and body, once the receiver is back', async () => {
    await receiver.setMode('up');
    const { deadLetters } = await deliveries();
    const issued = deadLetters.find((d: any) => d.type === 'ticket.issued');
    const firstCopy = receiver.received.find((a) => a.id === issued.id)!;
    const res = await admin.request('POST', `${base()}/${hook.id}/deliveries/${issued.id}/resend`);
    expect(res.status).toBe(202);
    expect(res.body.delivery).toMatchObject({ id: issued.id, status: 'pending', sends: 2, attempts: 0 });
    await poll(() => receiver.accepted().length).toBe(1);
    const again = receiver.accepted()[0]!;
    expect(again.id).toBe(issued.id);
    expect(again.body).toBe(firstCopy.body);
    expect(signatureValid(secret, again)).toBe(true);
    const after = await deliveries();
    expect(after.deadLetters.map((d: any) => d.id)).not.toContain(issued.id);
    expect(after.deliveries.find((d: any) => d.id === issued.id)).toMatchObject({ status: 'delivered', sends: 2, attempts: 1, responseStatus: 200 });
    // a delivered one may be sent again too; an unknown one is not found
    expect((await admin.request('POST', `${base()}/${hook.id}/deliveries/${issued.id}/resend`)).status).toBe(202);
    await poll(() => receiver.accepted().length).toBe(2);
    expect((await admin.request('POST', `${base()}/${hook.id}/deliveries/evt_${'a'.repeat(24)}/resend`)).status).toBe(404);
    const audit = (await admin.request('GET', `/admin/offices/${t.office}/audit`)).body.entries;
    expect(audit.filter((e: any) => e.action === 'webhook.resent').length).toBe(2);
  });

  it('sends, at the sweep, a delivery recorded but never queued', async () => {
    const id = newEventId();
    const body = JSON.stringify({ id, type: 'ticket.issued', office: t.office, occurredAt: Date.now(), data: { ticket: { id: 'lost' } } });
    // what a process that died right after recording leaves behind: no job
    const first = await recordDeliveries(t.app.ctx, t.office, [hook.id], { id, type: 'ticket.issued', subject: 'ticket.lost', occurredAt: Date.now(), body });
    expect(first).toEqual([hook.id]);
    expect((await deliveries()).deliveries.find((d: any) => d.id === id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await sweepWebhooks(t.app.ctx, [t.office])).toBe(1);
    await poll(() => receiver.accepted().some((a) => a.id === id)).toBe(true);
    expect(receiver.accepted().find((a) => a.id === id)!.body).toBe(body);
    // once all is delivered the sweep finds nothing to do, and forgets the empty chains
    await poll(async () => (await deliveries()).deliveries.every((d: any) => d.status !== 'pending')).toBe(true);
    expect(await sweepWebhooks(t.app.ctx, [t.office])).toBe(0);
    expect(await t.redis.smembers(keys.webhookChains(t.office))).toEqual([]);
  });

  /** a delivery recorded for a subject as a process that died right after recording would leave it: no job */
  const recordOnly = async (subject: string) => {
    const id = newEventId();
    const body = JSON.stringify({ id, type: 'ticket.called', office: t.office, occurredAt: Date.now(), data: { ticket: { id: subject } } });
    await recordDeliveries(t.app.ctx, t.office, [hook.id], { id, type: 'ticket.called', subject, occurredAt: Date.now(), body });
    return { office: t.office, endpoint: hook.id, id, subject };
  };

  it('holds a stray job of a later delivery until the earlier one of its ticket is delivered', async () => {
    const earlier = await recordOnly('ticket.stray');
    const later = await recordOnly('ticket.stray');
    await queueDelivery(t.app.ctx, later, 1);
    // it ran, found an earlier delivery first in its chain, and went back to wait without using a try
    await poll(() => webhookQueue(t.app.ctx).getJobState(deliveryJobId(later, 1))).toBe('delayed');
    expect(receiver.received.some((a) => a.id === later.id)).toBe(false);
    expect(await sweepWebhooks(t.app.ctx, [t.office])).toBe(1);
    await poll(() =>
      receiver
        .accepted()
        .filter((a) => a.id === earlier.id || a.id === later.id)
        .map((a) => a.id),
    ).toEqual([earlier.id, later.id]);
    expect((await deliveries()).deliveries.find((d: any) => d.id === later.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('keeps the deliveries of a turned-off endpoint waiting, without using tries, until it is on again', async () => {
    expect((await admin.request('PUT', `${base()}/${hook.id}`, { enabled: false })).status).toBe(200);
    const waiting = await recordOnly('ticket.paused');
    expect(await sweepWebhooks(t.app.ctx, [t.office])).toBe(1);
    await poll(() => webhookQueue(t.app.ctx).getJobState(deliveryJobId(waiting, 1))).toBe('delayed');
    expect((await deliveries()).deliveries.find((d: any) => d.id === waiting.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(receiver.received.some((a) => a.id === waiting.id)).toBe(false);
    expect((await admin.request('PUT', `${base()}/${hook.id}`, { enabled: true })).status).toBe(200);
    await poll(() => receiver.accepted().some((a) => a.id === waiting.id)).toBe(true);
    expect((await deliveries()).deliveries.find((d: any) => d.id === waiting.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('records nothing for a turned-off endpoint', async () => {
    expect((await admin.request('PUT', `${base()}/${hook.id}`, { enabled: false })).status).toBe(200);
    const before = (await deliveries()).deliveries.length;
    const off = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    expect((await admin.request('PUT', `${base()}/${hook.id}`, { enabled: true })).status).toBe(200);
    const on = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    // an office's events are recorded in turn: once the second is delivered, the first was passed over
    await poll(() => receiver.accepted().some((a) => a.json.data.ticket?.id === on.id)).toBe(true);
    expect((await deliveries()).deliveries.length).toBe(before + 1);
    expect(receiver.received.some((a) => a.json.data.ticket?.id === off.id)).toBe(false);
  });
});
