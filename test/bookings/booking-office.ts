/**
 * An office that takes bookings, on a test clock (Monday 2026-11-23, 09:00 in the office), with its
 * job workers sending SMS to a local webhook receiver: the one-time codes and messages are read there.
 */
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import type { OfficeConfigInput } from '../../shared/schemas/office.js';
import { startReceiver, type LocalReceiver } from '../notifications/local-receivers.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export const MONDAY = '2026-11-23';
export const TUESDAY = '2026-11-24';
export const WEDNESDAY = '2026-11-25';
/** 09:00 on Monday in the office (UTC+7) */
export const START = Date.parse(`${MONDAY}T02:00:00Z`);

export interface BookingOffice {
  t: TestApp;
  gateway: LocalReceiver;
  workers: Workers;
  /** the SMS bodies the gateway received, of a kind */
  sms(kind?: string): { to: string; kind: string; text: string; data: Record<string, any> }[];
  /** asks for a one-time code and returns it, read from the SMS */
  otp(phone: string): Promise<string>;
  close(): Promise<void>;
}

/** tu-phap (A): remote numbers and 30-minute slots of 10 seats, 08:00–11:00; chung-thuc (B): remote numbers only. */
export function bookingConfig(c: OfficeConfigInput): OfficeConfigInput {
  return {
    ...c,
    workingDays: [1, 2, 3, 4, 5],
    closingTime: '17:00',
    services: c.services.map((s) =>
      s.id === 'tu-phap'
        ? { ...s, hours: [{ from: '08:00', to: '11:00' }], booking: { remote: true, appointment: { slotMinutes: 30, capacity: 10 } } }
        : { ...s, hours: [{ from: '07:00', to: '17:00' }], booking: { remote: true } },
    ),
    booking: { remoteFrom: '07:30', remoteTo: '16:00', cutoffMinutes: 30, callAheadMinutes: 5, lateAfterMinutes: 15, turnNearAhead: 2 },
  };
}

export async function startBookingOffice(office: (c: OfficeConfigInput) => OfficeConfigInput = bookingConfig): Promise<BookingOffice> {
  const gateway = await startReceiver();
  const t = await startTestApp({ now: START, office });
  const workers = await startWorkers(
    t.app.ctx,
    { url: inject('redisUrl') },
    { run: true, offices: [t.office], notifications: { webhook: { url: `${gateway.url}/sms`, timeoutMs: 2000 } } },
  );
  const sms = (kind?: string) =>
    gateway.received
      .filter((r) => r.status === 200)
      .map((r) => JSON.parse(r.body.toString()))
      .filter((b) => !kind || b.kind === kind);
  return {
    t,
    gateway,
    workers,
    sms,
    async otp(phone: string) {
      const before = sms('otp').filter((m) => m.to === phone).length;
      const res = await t.request('POST', `/offices/${t.office}/bookings/otp`, { phone });
      if (res.status !== 202) throw new Error(`otp: ${res.status} ${JSON.stringify(res.body)}`);
      await poll(() => sms('otp').filter((m) => m.to === phone).length).toBeGreaterThan(before);
      return sms('otp')
        .filter((m) => m.to === phone)
        .at(-1)!.data.code as string;
    },
    async close() {
      await workers.close();
      await t.close();
      await gateway.close();
    },
  };
}

/** A distinct valid mobile number per n. */
export const phoneNo = (n: number) => `09${String(10_000_000 + n).slice(-8)}`;
