/**
 * Signed webhooks through an outage (issue 14, item 2): the receiver is down, then slow (answering
 * after the sender's timeout), then up. Every event arrives, none is lost, a repeat carries the
 * same id and the same bytes, a ticket's events are accepted in the order they happened (issued,
 * called, completed or absent), none is sent before the one before it was accepted, and every
 * signature verifies.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { signatureValid, startWebhookReceiver, type Arrival, type WebhookReceiver } from './webhook-receiver.js';

const TIMEOUT_MS = 400;

describe('webhooks through a receiver that is down, slow, then up', () => {
  let t: TestApp;
  let workers: Workers;
  let receiver: WebhookReceiver;
  let admin: StaffClient;
  let officer: StaffClient;
  let endpoint: { id: string };
  let secret: string;
  const counter = (action: string) => officer.request('POST', `/offices/${t.office}/counters/1/${action}`);
  const deliveries = async () => (await admin.request('GET', `/admin/offices/${t.office}/webhooks/${endpoint.id}/deliveries`)).body;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ slowMs: TIMEOUT_MS * 3 });
    t = await startTestApp({ webhooks: { networks: ['127.0.0.1/32'], attempts: 10, backoffMs: 40, timeoutMs: TIMEOUT_MS, recheckMs: 50 } });
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
    admin = await t.login(`admin-${t.office}`);
    officer = await t.login(`officer1-${t.office}`);
    const created = await admin.request('POST', `/admin/offices/${t.office}/webhooks`, {
      url: receiver.url,
      events: ['ticket.issued', 'ticket.called', 'ticket.completed', 'ticket.no_show'],
    });
    expect(created.status).toBe(201);
    endpoint = created.body.webhook;
    secret = created.body.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await receiver?.close();
  });

  it('delivers every event once accepted, in order per ticket, with the same id on every repeat', { timeout: 120_000 }, async () => {
    await receiver.setMode('down');
    const issue = async () => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const tickets = [await issue(), await issue(), await issue()];
    expect((await counter('open')).status).toBe(200);
    expect((await counter('call-next')).body.ticket.id).toBe(tickets[0].id);
    await counter('complete');
    expect((await counter('call-next')).body.ticket.id).toBe(tickets[1].id);
    await counter('no-show');
    expect((await counter('call-next')).body.ticket.id).toBe(tickets[2].id);
    await counter('complete');
    const expected = new Map([
      [tickets[0].id, ['ticket.issued', 'ticket.called', 'ticket.completed']],
      [tickets[1].id, ['ticket.issued', 'ticket.called', 'ticket.no_show']],
      [tickets[2].id, ['ticket.issued', 'ticket.called', 'ticket.completed']],
    ]);

    // down: the tries fail and say why; nothing reached the receiver
    await poll(async () => (await deliveries()).deliveries.filter((d: any) => d.attempts >= 2).length).toBe(3);
    const failing = (await deliveries()).deliveries.find((d: any) => d.attempts >= 2);
    expect(failing).toMatchObject({ status: 'pending', type: 'ticket.issued', failure: 'refused', error: 'connection refused' });
    expect(failing.nextAttemptAt).toBeGreaterThan(failing.lastAttemptAt);
    expect(receiver.received).toEqual([]);

    // slow: requests arrive, the sender gives up on each (no answer within the timeout) and tries again
    await receiver.setMode('slow');
    await poll(() => new Set(receiver.received.map((a) => a.id)).size).toBe(3);
    await poll(() => receiver.received.length, 30_000).toBeGreaterThan(3);
    await poll(async () =>
      (await deliveries()).deliveries.some((d: any) => d.failure === 'timeout' && d.error === `no answer within ${TIMEOUT_MS / 1000} s`),
    ).toBe(true);

    // up: everything is delivered
    await receiver.setMode('up');
    await poll(async () => (await deliveries()).deliveries.filter((d: any) => d.status === 'delivered').length, 60_000).toBe(9);
    const { deliveries: all, deadLetters } = await deliveries();
    expect(deadLetters).toEqual([]);
    expect(all.every((d: any) => d.status === 'delivered' && d.responseStatus === 200)).toBe(true);

    // none lost: each event accepted exactly as recorded, every repeat identical to the letter
    const byId = new Map<string, Arrival[]>();
    for (const a of receiver.received) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
    expect(new Set(all.map((d: any) => d.id))).toEqual(new Set(byId.keys()));
    for (const [id, copies] of byId) {
      expect(copies.every((c) => c.body === copies[0]!.body && c.json.id === id)).toBe(true);
      expect(copies.filter((c) => c.accepted).length).toBe(1);
    }
    expect([...byId.values()].some((copies) => copies.length > 1)).toBe(true);
    expect(receiver.received.every((a) => signatureValid(secret, a))).toBe(true);
    expect(receiver.received.every((a) => !signatureValid(`${secret}x`, a))).toBe(true);

    // in order per ticket: each event first arrives after the one before it was accepted
    for (const [ticketId, types] of expected) {
      const mine = receiver.received.map((a, at) => ({ a, at })).filter(({ a }) => a.json.data.ticket.id === ticketId);
      const acceptedTypes = mine.filter(({ a }) => a.accepted).map(({ a }) => a.json.type);
      expect(acceptedTypes, ticketId).toEqual(types);
      for (let i = 1; i < types.length; i++) {
        const acceptedBefore = mine.find(({ a }) => a.accepted && a.json.type === types[i - 1])!.at;
        const firstSent = mine.find(({ a }) => a.json.type === types[i])!.at;
        expect(firstSent, `${ticketId} ${types[i]}`).toBeGreaterThan(acceptedBefore);
      }
    }
  });

  it('sends the documented body: id, type, office, occurredAt and data, without the ticket token', async () => {
    const a = receiver.accepted().find((x) => x.json.type === 'ticket.called')!;
    expect(Object.keys(a.json).sort()).toEqual(['data', 'id', 'occurredAt', 'office', 'type']);
    expect(a.json).toMatchObject({ office: t.office, type: 'ticket.called', data: { counter: { id: '1', number: 1 } } });
    expect(a.id).toMatch(/^evt_[0-9a-f]{24}$/);
    expect(a.json.data.ticket).toMatchObject({ serviceId: 'tu-phap', status: 'called', counterId: '1' });
    expect(Number(a.timestamp)).toBeGreaterThan(Date.now() / 1000 - 600);
    for (const arrival of receiver.received) expect(arrival.body).not.toMatch(/"token"|"identity"/);
  });

  it('verifies with the example of docs/webhooks.md, and refuses a changed body or an old timestamp', async () => {
    const doc = readFileSync('docs/webhooks.md', 'utf8');
    const code = /In Node:\n\n```js\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(code.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(10);
    const file = join(mkdtempSync(join(tmpdir(), 'qms-webhook-doc-')), 'verify.mjs');
    writeFileSync(file, code);
    const { verifyWebhook } = await import(pathToFileURL(file).href);
    const a = receiver.accepted().at(-1)!;
    // as an Express or node:http receiver gets them: header names in lower case
    const headers = { 'webhook-timestamp': a.timestamp, 'webhook-signature': a.signature };
    expect(verifyWebhook(secret, headers, a.body)).toBe(true);
    expect(verifyWebhook(secret, headers, a.body.replace('"ticket.', '"ticket-'))).toBe(false);
    expect(verifyWebhook(`${secret}!`, headers, a.body)).toBe(false);
    expect(verifyWebhook(secret, headers, a.body, -1)).toBe(false);
  });
});
