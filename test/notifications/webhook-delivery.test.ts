/**
 * SMS through the webhook driver, end to end: notify() queues in BullMQ, the workers deliver to a
 * local receiver standing in for the gateway, and the delivery log keeps the outcome.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { readDeliveryLog } from '../../server/notifications/delivery-log.js';
import type { Notification, SlotData } from '../../server/notifications/message-kinds.js';
import { notificationQueue, notify, withdrawNotification } from '../../server/notifications/notify.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startReceiver, type LocalReceiver } from './local-receivers.js';

const PHONE = '0912345678';
const SECRET = 'a-shared-secret-of-the-gateway';
const slot: SlotData = { bookingId: 'bk-1', officeName: 'UBND phường Tây Mỗ', serviceName: 'Tư pháp – Hộ tịch', date: '2026-11-24', time: '08:30' };
const fast = { attempts: 5, backoffMs: 20 };

describe('notifications through the webhook', () => {
  let t: TestApp;
  let gateway: LocalReceiver;
  let workers: Workers;
  const sent = (kind: string) => gateway.received.filter((r) => r.status === 200 && JSON.parse(r.body.toString()).kind === kind);
  const bodies = () => gateway.received.map((r) => JSON.parse(r.body.toString()));
  const logged = async (id: string) => (await readDeliveryLog(t.app.ctx, t.office, 1000)).filter((e) => e.id === id);
  const settled = async () => {
    const counts = await notificationQueue(t.redis, t.app.ctx.jobPrefix).getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };

  beforeAll(async () => {
    gateway = await startReceiver();
    t = await startTestApp();
    workers = await startWorkers(
      t.app.ctx,
      { url: inject('redisUrl') },
      { run: true, offices: [t.office], notifications: { webhook: { url: `${gateway.url}/sms`, secret: SECRET, timeoutMs: 2000 } } },
    );
  });
  beforeEach(() => {
    gateway.received.length = 0;
    gateway.answer(200);
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await gateway?.close();
  });

  it('a reminder and a "turn near" reach the gateway once each, however often they are asked for', async () => {
    const reminder: Notification = { channel: 'sms', to: PHONE, kind: 'reminder_day_before', data: slot };
    const near: Notification = {
      channel: 'sms',
      to: PHONE,
      kind: 'turn_near',
      data: { ticketId: 't-1', number: 'A025', ahead: 3, officeName: slot.officeName },
    };
    const reminderId = await notify(t.app.ctx, t.office, reminder, { key: 'bk-1', ...fast });
    const nearId = await notify(t.app.ctx, t.office, near, { key: 't-1', ...fast });
    // the same event again, before and after delivery
    expect(await notify(t.app.ctx, t.office, reminder, { key: 'bk-1', ...fast })).toBe(reminderId);
    await poll(async () => (await logged(reminderId)).length + (await logged(nearId)).length).toBe(2);
    await notify(t.app.ctx, t.office, reminder, { key: 'bk-1', ...fast });
    await notify(t.app.ctx, t.office, near, { key: 't-1', ...fast });
    await poll(settled).toBe(0);
    expect(sent('reminder_day_before')).toHaveLength(1);
    expect(sent('turn_near')).toHaveLength(1);
    expect(gateway.received).toHaveLength(2);

    const [r] = sent('reminder_day_before');
    const body = JSON.parse(r!.body.toString());
    expect(Object.keys(body).sort()).toEqual(['channel', 'data', 'kind', 'text', 'to']);
    expect(body).toMatchObject({ channel: 'sms', to: PHONE, kind: 'reminder_day_before', data: { ...slot, lang: 'vi' } });
    // plain SMS without diacritics; the full Vietnamese text beside it
    expect(body.text).toBe('Nhac lich: ngay mai 24/11/2026 luc 08:30, ban co lich Tu phap - Ho tich tai UBND phuong Tay Mo.');
    expect(body.data.textUnicode).toBe('Nhắc lịch: ngày mai 24/11/2026 lúc 08:30, bạn có lịch Tư pháp – Hộ tịch tại UBND phường Tây Mỗ.');
    expect(r!.headers['x-notification-id']).toBe(reminderId);
    expect(r!.headers['content-type']).toMatch(/^application\/json/);
    const [, ts] = /^t=(\d+),v1=[0-9a-f]{64}$/.exec(String(r!.headers['x-signature']))!;
    expect(r!.headers['x-signature']).toBe(`t=${ts},v1=${createHmac('sha256', SECRET).update(`${ts}.${r!.body.toString()}`).digest('hex')}`);
    expect(JSON.parse(sent('turn_near')[0]!.body.toString()).text).toBe('Sap den luot so A025: con 3 nguoi truoc ban. Vui long co mat tai UBND phuong Tay Mo.');

    expect(await logged(reminderId)).toEqual([
      { id: reminderId, kind: 'reminder_day_before', channel: 'sms', to: '*******678', status: 'sent', attempts: 1, at: expect.any(Number) },
    ]);
  });

  it('while the gateway answers 503 the message is retried, and it is sent once the gateway is back', async () => {
    gateway.answer([503, 503, 200]);
    const id = await notify(
      t.app.ctx,
      t.office,
      { channel: 'sms', to: PHONE, kind: 'reminder_soon', data: { ...slot, minutes: 30 } },
      { key: 'bk-2', ...fast },
    );
    await poll(async () => (await logged(id)).map((e) => e.status)).toEqual(['sent']);
    expect(gateway.received.map((r) => r.status)).toEqual([503, 503, 200]);
    // every try carries the same id, so a gateway that took a message it could not acknowledge drops the repeat
    expect(new Set(gateway.received.map((r) => r.headers['x-notification-id']))).toEqual(new Set([id]));
    expect((await logged(id))[0]).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('a gateway that never accepts: the message fails after its last try, and the log says so', async () => {
    gateway.answer(500);
    const id = await notify(
      t.app.ctx,
      t.office,
      { channel: 'sms', to: PHONE, kind: 'booking_cancelled', data: slot },
      { key: 'bk-3', attempts: 3, backoffMs: 20 },
    );
    await poll(async () => (await logged(id)).map((e) => e.status)).toEqual(['failed']);
    expect(gateway.received).toHaveLength(3);
    expect((await logged(id))[0]).toMatchObject({ status: 'failed', attempts: 3, error: 'webhook answered 500', to: '*******678' });
  });

  it('a one-time code travels in data.code; the delivery log and the queue keep neither the code nor the number', async () => {
    const id = await notify(
      t.app.ctx,
      t.office,
      { channel: 'sms', to: '+84 912 345 678', kind: 'otp', data: { code: '482913', validMinutes: 5 } },
      { key: 'otp-abc123', ...fast },
    );
    await poll(async () => (await logged(id)).length).toBe(1);
    const [body] = bodies();
    expect(body).toMatchObject({ channel: 'sms', to: '+84 912 345 678', kind: 'otp', data: { code: '482913', validMinutes: 5 } });
    expect(body.text).toBe('Ma xac thuc dat lich cua ban la 482913, co hieu luc trong 5 phut. Khong cung cap ma nay cho nguoi khac.');
    const log = JSON.stringify(await readDeliveryLog(t.app.ctx, t.office, 1000));
    expect(log).not.toContain('482913');
    expect(log).not.toMatch(/912\s?345/);
    expect((await logged(id))[0]).toMatchObject({ kind: 'otp', to: '********678', status: 'sent' });
    // the finished job (which held the code) is gone from Redis at once
    await poll(async () => await notificationQueue(t.redis, t.app.ctx.jobPrefix).getJob(id)).toBeUndefined();
  });

  it("a reminder queued for later goes at its time, and a cancelled booking's reminder is withdrawn unsent", async () => {
    const later = await notify(
      t.app.ctx,
      t.office,
      { channel: 'sms', to: PHONE, kind: 'reminder_soon', data: { ...slot, minutes: 30 } },
      { key: 'bk-4', at: t.app.ctx.clock() + 300, ...fast },
    );
    const withdrawn = await notify(
      t.app.ctx,
      t.office,
      { channel: 'sms', to: PHONE, kind: 'reminder_day_before', data: slot },
      { key: 'bk-5', at: t.app.ctx.clock() + 3_600_000, ...fast },
    );
    expect(await notificationQueue(t.redis, t.app.ctx.jobPrefix).getJobState(later)).toBe('delayed');
    expect(await withdrawNotification(t.app.ctx, t.office, 'reminder_day_before', 'bk-5')).toBe(true);
    expect(await withdrawNotification(t.app.ctx, t.office, 'reminder_day_before', 'bk-5')).toBe(false);
    await poll(async () => (await logged(later)).map((e) => e.status)).toEqual(['sent']);
    expect(await logged(withdrawn)).toEqual([]);
    expect(bodies().map((b) => b.kind)).toEqual(['reminder_soon']);
  });

  it('refuses a key BullMQ could not take as a job id', async () => {
    await expect(
      notify(t.app.ctx, t.office, { channel: 'sms', to: PHONE, kind: 'called', data: { ticketId: 't', number: 'A1', counterNumber: 1 } }, { key: 'a:b' }),
    ).rejects.toThrow(/notification key/);
  });
});
