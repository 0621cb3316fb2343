/**
 * Web Push to the phone page: a real VAPID key pair and a browser-side P-256 key pair, and a local
 * push service that checks the VAPID signature and decrypts the aes128gcm body as a browser would.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { RecipientGone } from '../../server/notifications/channel.js';
import { readDeliveryLog } from '../../server/notifications/delivery-log.js';
import { generateVapidKeys } from '../../server/notifications/drivers/vapid-keys.js';
import { webPushDriver } from '../../server/notifications/drivers/web-push-driver.js';
import { notificationQueue, notify } from '../../server/notifications/notify.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { browserSubscription, decryptPush, startReceiver, verifyVapid, type LocalReceiver } from './local-receivers.js';

const SUBJECT = 'mailto:it@tay-mo.example.gov.vn';

describe('Web Push', () => {
  let t: TestApp;
  let pushService: LocalReceiver;
  let workers: Workers;
  const vapid = { ...generateVapidKeys(), subject: SUBJECT };
  const logged = async (id: string) => (await readDeliveryLog(t.app.ctx, t.office, 1000)).filter((e) => e.id === id);

  beforeAll(async () => {
    pushService = await startReceiver();
    t = await startTestApp();
    workers = await startWorkers(
      t.app.ctx,
      { url: inject('redisUrl') },
      { run: true, offices: [t.office], notifications: { webPush: { vapid, allowHttpEndpoints: true, timeoutMs: 2000 } } },
    );
  });
  beforeEach(() => {
    pushService.received.length = 0;
    pushService.answer(201);
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await pushService?.close();
  });

  it('"called to counter 3" reaches the push service encrypted for the phone, with TTL, urgency and a valid VAPID signature', async () => {
    const browser = browserSubscription(`${pushService.url}/wpush/v2/sub-1`);
    const data = { ticketId: 't-25', number: 'A025', counterNumber: 3, url: 'https://hangcho.example.gov.vn/kiosk/ticket.html?id=t-25' };
    const id = await notify(t.app.ctx, t.office, { channel: 'push', to: browser.subscription, kind: 'called', data }, { key: 't-25.1' });
    await poll(async () => (await logged(id)).map((e) => e.status)).toEqual(['sent']);

    expect(pushService.received).toHaveLength(1);
    const [req] = pushService.received;
    expect(req!.path).toBe('/wpush/v2/sub-1');
    expect(req!.headers).toMatchObject({ 'content-encoding': 'aes128gcm', 'content-type': 'application/octet-stream', ttl: '300', urgency: 'high' });
    expect(Number(req!.headers['content-length'])).toBe(req!.body.length);
    const { claims, publicKey } = verifyVapid(String(req!.headers.authorization));
    expect(publicKey).toBe(vapid.publicKey);
    expect(claims).toMatchObject({ aud: pushService.url, sub: SUBJECT });
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);

    // the body is unreadable on the way; the phone's keys open it
    expect(req!.body.toString('utf8')).not.toContain('A025');
    expect(JSON.parse(decryptPush(req!.body, browser))).toEqual({
      title: 'Hàng chờ một cửa',
      body: 'Xin mời công dân có số thứ tự A025 đến quầy số 3.',
      kind: 'called',
      data,
    });
    expect((await logged(id))[0]).toMatchObject({ channel: 'push', kind: 'called', to: `127.0.0.1:${new URL(pushService.url).port}/…`, attempts: 1 });
  });

  it('a reminder in English keeps a longer TTL and normal urgency', async () => {
    const browser = browserSubscription(`${pushService.url}/wpush/v2/sub-2`);
    const slot = { bookingId: 'bk-9', officeName: 'Tay Mo ward', serviceName: 'Civil status', date: '2026-11-24', time: '08:30' };
    const id = await notify(
      t.app.ctx,
      t.office,
      { channel: 'push', to: browser.subscription, kind: 'reminder_day_before', data: slot, lang: 'en' },
      { key: 'bk-9' },
    );
    await poll(async () => (await logged(id)).length).toBe(1);
    const [req] = pushService.received;
    expect(req!.headers).toMatchObject({ ttl: String(12 * 3600), urgency: 'normal' });
    expect(JSON.parse(decryptPush(req!.body, browser))).toMatchObject({
      title: 'One-stop office queue',
      body: 'Reminder: tomorrow 24/11/2026 at 08:30 you are booked for Civil status at Tay Mo ward.',
    });
  });

  it('a 410 from the push service marks the subscription gone and is not retried', async () => {
    pushService.answer(410);
    const browser = browserSubscription(`${pushService.url}/wpush/v2/dropped`);
    const id = await notify(
      t.app.ctx,
      t.office,
      { channel: 'push', to: browser.subscription, kind: 'turn_near', data: { ticketId: 't-7', number: 'B007', ahead: 2, officeName: 'UBND phường Tây Mỗ' } },
      { key: 't-7', attempts: 5, backoffMs: 20 },
    );
    await poll(async () => (await logged(id)).map((e) => e.status)).toEqual(['gone']);
    expect(await notificationQueue(t.redis, t.app.ctx.jobPrefix).getJobState(id)).toBe('completed');
    expect(pushService.received).toHaveLength(1);
    expect((await logged(id))[0]).toMatchObject({ status: 'gone', attempts: 1, error: 'recipient gone (410)' });
  });

  it('a push service that is down is retried like the webhook', async () => {
    pushService.answer([503, 201]);
    const browser = browserSubscription(`${pushService.url}/wpush/v2/sub-3`);
    const id = await notify(
      t.app.ctx,
      t.office,
      { channel: 'push', to: browser.subscription, kind: 'turn_near', data: { ticketId: 't-8', number: 'B008', ahead: 2, officeName: 'UBND phường Tây Mỗ' } },
      { key: 't-8', backoffMs: 20 },
    );
    await poll(async () => (await logged(id)).map((e) => e.status)).toEqual(['sent']);
    expect(pushService.received.map((r) => r.status)).toEqual([503, 201]);
    expect((await logged(id))[0]!.attempts).toBe(2);
  });

  it('never posts to a push endpoint that is not https (outside tests)', async () => {
    const browser = browserSubscription(`${pushService.url}/wpush/v2/plain`);
    const driver = webPushDriver({ vapid });
    await expect(
      driver.send(
        { channel: 'push', to: browser.subscription, kind: 'called', text: 'x', data: { ticketId: 't', number: 'A1', counterNumber: 1 } },
        { id: 'x', lang: 'vi' },
      ),
    ).rejects.toBeInstanceOf(RecipientGone);
    expect(pushService.received).toHaveLength(0);
  });
});
