/**
 * The office the description's test drives every route of: bookings on (test/bookings), a kiosk
 * with a network printer on a local port, Web Push and PUBLIC_URL set, the job workers sending SMS
 * to a local gateway (one-time codes are read there), running report exports and delivering webhooks
 * (to a local receiver, in the allowed network, with one try each); a fixed clock on Monday
 * 2026-11-23, 09:00 in the office. The callers sign in through the recorder.
 */
import { createServer, type Server } from 'node:net';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { generateVapidKeys } from '../../server/notifications/drivers/vapid-keys.js';
import { bookingConfig, START } from '../bookings/booking-office.js';
import { startReceiver, type LocalReceiver } from '../notifications/local-receivers.js';
import { poll } from '../support/page-helpers.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks/webhook-receiver.js';
import { ApiRecorder, type Caller } from './openapi-recorder.js';

export interface DescribedOffice {
  t: TestApp;
  api: ApiRecorder;
  office: string;
  people: Record<'admin' | 'chair' | 'officer' | 'deploymentAdmin', Caller & { username: string }>;
  /** a webhook receiver on 127.0.0.1 */
  receiver: WebhookReceiver;
  /** asks for a one-time code through the API and reads it at the SMS gateway */
  otp(phone: string): Promise<string>;
  close(): Promise<void>;
}

export async function startDescribedOffice(): Promise<DescribedOffice> {
  const printer: Server = createServer((sock) => sock.resume());
  await new Promise<void>((r) => printer.listen(0, '127.0.0.1', () => r()));
  const printerPort = (printer.address() as { port: number }).port;
  const gateway: LocalReceiver = await startReceiver();
  const receiver = await startWebhookReceiver({ slowMs: 5000 });
  const t = await startTestApp({
    now: START,
    publicUrl: 'https://motcua.example.vn',
    pushPublicKey: generateVapidKeys().publicKey,
    webhooks: { networks: ['127.0.0.1/32'], attempts: 1, backoffMs: 20, timeoutMs: 1000, recheckMs: 50 },
    office: (c) => ({ ...bookingConfig(c), kiosks: [{ id: 'k1', name: 'Kiosk sảnh', printer: { host: '127.0.0.1', port: printerPort } }] }),
  });
  const workers: Workers = await startWorkers(
    t.app.ctx,
    { url: inject('redisUrl') },
    { run: true, offices: [t.office], notifications: { webhook: { url: `${gateway.url}/sms`, timeoutMs: 2000 } } },
  );
  const api = await ApiRecorder.start(t);
  const office = t.office;
  await t.app.users.upsert(
    { username: `root-${office}`, name: 'Root', role: 'admin', offices: [], counters: [], password: PASSWORD, disabled: false },
    { create: true },
  );
  const people = {
    admin: await api.login(`admin-${office}`, PASSWORD),
    chair: await api.login(`chair-${office}`, PASSWORD),
    officer: await api.login(`officer1-${office}`, PASSWORD),
    deploymentAdmin: await api.login(`root-${office}`, PASSWORD),
  };
  const codes = (phone: string) =>
    gateway.received
      .filter((r) => r.status === 200)
      .map((r) => JSON.parse(r.body.toString()) as { to: string; kind: string; data: { code?: string } })
      .filter((m) => m.kind === 'otp' && m.to === phone);
  return {
    t,
    api,
    office,
    people,
    receiver,
    async otp(phone) {
      const before = codes(phone).length;
      const res = await api.call('POST /offices/:office/bookings/otp', { params: { office }, body: { phone } });
      if (res.status !== 202) throw new Error(`otp: ${res.status} ${JSON.stringify(res.body)}`);
      await poll(() => codes(phone).length).toBeGreaterThan(before);
      return codes(phone).at(-1)!.data.code!;
    },
    async close() {
      await workers.close();
      await t.close();
      await gateway.close();
      await receiver.close();
      await new Promise<void>((r) => printer.close(() => r()));
    },
  };
}
