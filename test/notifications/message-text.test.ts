/** The texts, their SMS form, masked recipients, the log driver and the notification settings, without Redis. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/observability/logger.js';
import { logDriver } from '../../server/notifications/drivers/log-driver.js';
import { NOTIFICATION_KINDS, type Notification, type NotificationData } from '../../server/notifications/message-kinds.js';
import { asciiFallback, composeText } from '../../server/notifications/message-text.js';
import { notificationOptions } from '../../server/notifications/notification-jobs.js';
import { maskPhone, maskSubscription } from '../../server/notifications/recipient-mask.js';
import { readSettings } from '../../server/settings.js';
import { PushSubscriptionBody } from '../../shared/schemas/push-subscription.js';

const slot = { bookingId: 'bk-1', officeName: 'UBND phường Tây Mỗ', serviceName: 'Đất đai – Xây dựng', date: '2026-11-24', time: '14:00' };
const SAMPLE: NotificationData = {
  otp: { code: '123456', validMinutes: 5 },
  booking_confirmed: slot,
  reminder_day_before: slot,
  reminder_soon: { ...slot, minutes: 30 },
  turn_near: { ticketId: 't-1', number: 'D012', ahead: 5, officeName: slot.officeName },
  called: { ticketId: 't-1', number: 'D012', counterNumber: 4 },
  booking_cancelled: slot,
};
const sms = (kind: keyof NotificationData, lang?: 'vi' | 'en') =>
  ({ channel: 'sms', to: '0912345678', kind, data: SAMPLE[kind], ...(lang ? { lang } : {}) }) as Notification;

describe('notification texts', () => {
  it('every kind has a Vietnamese text with its values and diacritics, and an English one', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const vi = composeText(sms(kind));
      const en = composeText(sms(kind, 'en'));
      expect(vi, kind).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
      expect(vi, kind).not.toMatch(/undefined|NaN|\[object/);
      expect(en, kind).not.toMatch(/undefined|NaN|\[object/);
      expect(en, kind).not.toBe(vi);
    }
    expect(composeText(sms('called'))).toBe('Xin mời công dân có số thứ tự D012 đến quầy số 4.');
    expect(composeText(sms('booking_confirmed'))).toContain('lúc 14:00 ngày 24/11/2026');
  });

  it('the SMS form is printable ASCII: diacritics dropped, đ/Đ to d/D, dashes and quotes plain', () => {
    expect(asciiFallback('Đất đai – Xây dựng')).toBe('Dat dai - Xay dung');
    expect(asciiFallback('ĐĂNG KÝ HỘ KINH DOANH ở Phường Tây Mỗ')).toBe('DANG KY HO KINH DOANH o Phuong Tay Mo');
    expect(asciiFallback('“Mã” ‘số’…\nxong')).toBe(`"Ma" 'so'... xong`);
    // text typed with combining marks (NFD) folds the same as precomposed text (NFC)
    expect(asciiFallback('Hộ tịch'.normalize('NFD'))).toBe('Ho tich');
    for (const kind of NOTIFICATION_KINDS) expect(asciiFallback(composeText(sms(kind))), kind).toMatch(/^[\x20-\x7E]+$/);
  });

  it('recipients are masked: the last three digits of a number, only the host of a push endpoint', () => {
    expect(maskPhone('0912345678')).toBe('*******678');
    expect(maskPhone('+84 912 345 678')).toBe('********678');
    expect(maskSubscription({ endpoint: 'https://fcm.googleapis.com/fcm/send/secret-token', keys: { p256dh: 'x', auth: 'y' } })).toBe('fcm.googleapis.com/…');
  });

  it('the log driver writes the kind, the channel and a masked number, never the text or the code', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const driver = logDriver(createLogger('info', 'json', sink));
    const message = sms('otp');
    await driver.send({ channel: 'sms', to: '0912345678', kind: 'otp', text: composeText(message), data: SAMPLE.otp }, { id: 'office.otp.k1', lang: 'vi' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'otp', channel: 'sms', to: '*******678', notification: 'office.otp.k1' });
    expect(lines[0]).not.toContain('123456');
    expect(lines[0]).not.toContain('912345');
    // NOTIFY_LOG_TEXT (the demo): the text too, so a booking can be tried without a gateway; never the number
    await logDriver(createLogger('info', 'json', sink), true).send(
      { channel: 'sms', to: '0912345678', kind: 'otp', text: composeText(message), data: SAMPLE.otp },
      { id: 'office.otp.k2', lang: 'vi' },
    );
    expect(lines[1]).toContain('123456');
    expect(lines[1]).not.toContain('912345');
    expect(notificationOptions(readSettings({ NOTIFY_LOG_TEXT: '1' } as never)).logText).toBe(true);
    expect(notificationOptions(readSettings({} as never)).logText).toBeUndefined();
  });
});

describe('notification settings', () => {
  const vapid = { VAPID_PUBLIC_KEY: 'B'.repeat(87), VAPID_PRIVATE_KEY: 'k'.repeat(43), VAPID_SUBJECT: 'mailto:it@tay-mo.gov.vn' };

  it('SMS go to the log unless a webhook is set; pushes only with all three VAPID settings', () => {
    expect(notificationOptions(readSettings({}))).toEqual({});
    expect(notificationOptions(readSettings({ NOTIFY_WEBHOOK_URL: 'https://sms.example.vn/hook' }))).toEqual({
      webhook: { url: 'https://sms.example.vn/hook' },
    });
    expect(notificationOptions(readSettings({ NOTIFY_WEBHOOK_URL: 'https://sms.example.vn/hook', NOTIFY_DRIVER: 'log' }))).toEqual({});
    expect(notificationOptions(readSettings({ NOTIFY_WEBHOOK_URL: 'https://sms.example.vn/hook', NOTIFY_WEBHOOK_SECRET: 's'.repeat(20) })).webhook).toEqual({
      url: 'https://sms.example.vn/hook',
      secret: 's'.repeat(20),
    });
    expect(notificationOptions(readSettings(vapid)).webPush).toEqual({
      vapid: { publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY, subject: vapid.VAPID_SUBJECT },
    });
  });

  it('refuses settings that cannot work', () => {
    expect(() => readSettings({ NOTIFY_DRIVER: 'webhook' })).toThrow(/NOTIFY_WEBHOOK_URL/);
    expect(() => readSettings({ NOTIFY_WEBHOOK_URL: 'ftp://sms.example.vn' })).toThrow(/NOTIFY_WEBHOOK_URL/);
    expect(() => readSettings({ NOTIFY_WEBHOOK_URL: 'https://sms.example.vn', NOTIFY_WEBHOOK_SECRET: 'short' })).toThrow(/NOTIFY_WEBHOOK_SECRET/);
    expect(() => readSettings({ VAPID_PUBLIC_KEY: vapid.VAPID_PUBLIC_KEY })).toThrow(/all three or none/);
    expect(() => readSettings({ ...vapid, VAPID_SUBJECT: 'it@tay-mo.gov.vn' })).toThrow(/VAPID_SUBJECT/);
  });

  it('a push subscription from the phone page must point at an https push service', () => {
    const keys = { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) };
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc',
      'https://updates.push.services.mozilla.com/wpush/v2/abc',
      'https://web.push.apple.com/QGuQ',
      'https://wns2-par02p.notify.windows.com/w/?token=x',
    ]) {
      expect(PushSubscriptionBody.safeParse({ endpoint, keys }).success, endpoint).toBe(true);
    }
    for (const endpoint of [
      // names the server could be led to inside the network, or another port
      'https://redis.office.internal/x',
      'https://fcm.googleapis.com.evil.example/x',
      'https://fcm.googleapis.com:6379/x',
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://127.0.0.1:6379/',
      'https://localhost/x',
      'https://user:pw@fcm.googleapis.com/x',
    ]) {
      expect(PushSubscriptionBody.safeParse({ endpoint, keys }).success, endpoint).toBe(false);
    }
    expect(PushSubscriptionBody.safeParse({ endpoint: 'https://fcm.googleapis.com/fcm/send/abc', keys: { ...keys, auth: 'short' } }).success).toBe(false);
  });
});
