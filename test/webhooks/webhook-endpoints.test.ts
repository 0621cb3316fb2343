/**
 * Webhook endpoints as an office administrator manages them: the secret is answered once and never
 * again (not in lists, not in the log, not in the audit trail); an administrator of another office
 * is refused and changes nothing; a private, loopback or plain-http URL is refused unless the
 * deployment administrator allowed its network (WEBHOOK_NETWORKS), and refused again at delivery
 * if the allowance is withdrawn.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { createLogger } from '../../server/observability/logger.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { poll } from '../support/page-helpers.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { PASSWORD, startTestApp, uniqueOffice, type StaffClient, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const ALL_EVENTS = ['ticket.issued', 'ticket.called', 'ticket.completed', 'ticket.no_show', 'rating.received', 'day.closed'];

describe('webhook endpoints of an office', () => {
  let t: TestApp;
  let admin: StaffClient;
  let outsider: StaffClient;
  let root: StaffClient;
  let receiver: WebhookReceiver;
  let workers: Workers;
  const logged: string[] = [];
  const base = () => `/admin/offices/${t.office}/webhooks`;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ slowMs: 5000 });
    const sink = new Writable({ write: (chunk, _enc, done) => (logged.push(String(chunk)), done()) });
    t = await startTestApp({
      log: createLogger('debug', 'json', sink),
      webhooks: { networks: ['127.0.0.1/32'], attempts: 3, backoffMs: 30, timeoutMs: 1000, recheckMs: 50 },
    });
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
    admin = await t.login(`admin-${t.office}`);
    const other = uniqueOffice('other');
    await t.app.ctx.offices.save({ ...demoOffice(), id: other }, { create: true });
    for (const [username, offices] of [
      [`admin-${other}`, [other]],
      [`root-${t.office}`, []],
    ] as [string, string[]][])
      await t.app.users.upsert({ username, name: username, role: 'admin', offices, counters: [], password: PASSWORD, disabled: false }, { create: true });
    outsider = await t.login(`admin-${other}`);
    root = await t.login(`root-${t.office}`);
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await receiver?.close();
  });

  it('answers a made secret once, and never again: not in lists, the log or the audit trail', async () => {
    const created = await admin.request('POST', base(), { url: receiver.url, events: ALL_EVENTS, description: 'Phần mềm một cửa tỉnh' });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { webhook, secret } = created.body;
    expect(webhook).toMatchObject({ url: receiver.url, events: ALL_EVENTS, enabled: true, createdBy: `admin-${t.office}` });
    expect(webhook.secret).toBeUndefined();
    const typed = 'a-secret-the-integrator-chose-1234';
    const second = await admin.request('POST', base(), { url: receiver.url, events: ['day.closed'], secret: typed, enabled: false });
    expect(second.body.secret).toBe(typed);
    const rotated = await admin.request('PUT', `${base()}/${webhook.id}`, { rotateSecret: true });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    const changed = await admin.request('PUT', `${base()}/${second.body.webhook.id}`, { events: ['day.closed', 'ticket.issued'], description: null });
    expect(changed.body.secret).toBeUndefined();

    const reads = [
      await admin.request('GET', base()),
      await root.request('GET', base()),
      await admin.request('GET', `${base()}/${webhook.id}/deliveries`),
      await admin.request('GET', `/admin/offices/${t.office}/audit`),
    ];
    for (const res of reads) {
      expect(res.status).toBe(200);
      for (const s of [secret, typed, rotated.body.secret]) expect(JSON.stringify(res.body)).not.toContain(s);
    }
    expect(reads[0]!.body.webhooks.map((w: any) => w.id)).toEqual([webhook.id, second.body.webhook.id]);
    const audit = reads[3]!.body.entries.filter((e: any) => e.action.startsWith('webhook.'));
    expect(audit.map((e: any) => e.action)).toEqual(['webhook.changed', 'webhook.changed', 'webhook.created', 'webhook.created']);
    expect(audit[1]).toMatchObject({ target: webhook.id, secretChanged: true, changes: [] });
    expect(audit[3].changes).toContainEqual({ field: 'url', after: receiver.url });

    // a delivery with the secret, and its log lines
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    await poll(() => receiver.accepted().length).toBe(1);
    const log = logged.join('');
    expect(log).toContain('/webhooks');
    for (const s of [secret, typed, rotated.body.secret]) expect(log).not.toContain(s);
    expect(log).not.toContain(receiver.url);
  });

  it("refuses an administrator of another office, changing nothing in this office's Redis", async () => {
    const [mine] = (await admin.request('GET', base())).body.webhooks;
    const before = await officeFingerprint(t.redis, t.office);
    const tries = [
      await outsider.request('GET', base()),
      await outsider.request('POST', base(), { url: receiver.url, events: ['ticket.issued'] }),
      await outsider.request('PUT', `${base()}/${mine.id}`, { enabled: false, rotateSecret: true }),
      await outsider.request('DELETE', `${base()}/${mine.id}`),
      await outsider.request('GET', `${base()}/${mine.id}/deliveries`),
      await outsider.request('POST', `${base()}/${mine.id}/deliveries/evt_${'0'.repeat(24)}/resend`),
    ];
    for (const res of tries) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
  });

  it('refuses private and loopback addresses and plain http without the allowance, changing nothing', async () => {
    const before = (await admin.request('GET', base())).body.webhooks;
    t.app.ctx.webhooks = { ...t.app.ctx.webhooks, networks: ['10.30.0.0/16'] };
    try {
      for (const url of [
        receiver.url, // loopback, now outside the allowed networks
        'https://127.0.0.1/hook',
        'https://[::1]/hook',
        'https://[::ffff:127.0.0.1]/hook',
        'https://169.254.169.254/latest/meta-data',
        'https://192.168.1.10/hook',
        'https://172.20.0.5/hook',
        'https://100.64.0.1/hook',
        'https://0.0.0.0/hook',
        'https://localhost/hook',
        'http://203.0.114.10/hook', // public, but not https
        'ftp://203.0.114.10/hook',
        'https://user:pw@203.0.114.10/hook',
      ]) {
        const res = await admin.request('POST', base(), { url, events: ['ticket.issued'] });
        expect(res.status, url).toBe(400);
        expect(res.body.error.code, url).toBe('validation_failed');
        expect(res.body.error.values.fields, url).toBe('url');
      }
      // the allowed network, even on plain http; and a public address on https
      expect((await admin.request('POST', base(), { url: 'http://10.30.4.5:8080/hook', events: ['ticket.issued'] })).status).toBe(201);
      expect((await root.request('POST', base(), { url: 'https://203.0.114.10/hook', events: ['ticket.issued'], enabled: false })).status).toBe(201);
      const moved = await admin.request('PUT', `${base()}/${before[0].id}`, { url: 'https://10.0.0.1/hook' });
      expect(moved.status).toBe(400);
      expect((await admin.request('GET', base())).body.webhooks.slice(0, 2)).toEqual(before);
    } finally {
      t.app.ctx.webhooks = { ...t.app.ctx.webhooks, networks: ['127.0.0.1/32'] };
    }
  });

  it('checks the address again at delivery: an allowance withdrawn stops the deliveries', async () => {
    const [mine] = (await admin.request('GET', base())).body.webhooks;
    const seen = receiver.received.length;
    t.app.ctx.webhooks = { ...t.app.ctx.webhooks, networks: [] };
    try {
      await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
      const dead = async () => (await admin.request('GET', `${base()}/${mine.id}/deliveries`)).body.deadLetters;
      await poll(async () => (await dead()).length).toBe(1);
      expect((await dead())[0]).toMatchObject({ type: 'ticket.issued', attempts: 3, status: 'dead', failure: 'address' });
      expect((await dead())[0].error).toMatch(/address 127\.0\.0\.1 is not allowed/);
      expect(receiver.received.length).toBe(seen);
    } finally {
      t.app.ctx.webhooks = { ...t.app.ctx.webhooks, networks: ['127.0.0.1/32'] };
    }
  });

  it('deletes an endpoint with its deliveries; its id is then unknown', async () => {
    const [mine] = (await admin.request('GET', base())).body.webhooks;
    expect((await admin.request('DELETE', `${base()}/${mine.id}`)).status).toBe(204);
    expect((await admin.request('GET', `${base()}/${mine.id}/deliveries`)).status).toBe(404);
    expect((await admin.request('PUT', `${base()}/${mine.id}`, { enabled: true })).status).toBe(404);
    const left = await t.redis.keys(`qms:{${t.office}}:webhook:${mine.id}:*`);
    expect(left).toEqual([]);
  });
});
