/**
 * The printer setting reaches no other service (issue 10, finding 6). An office administrator could
 * point a kiosk's ESC/POS printer at 127.0.0.1:6379 and put "\r\n" in the office's short name, so
 * that printing a ticket wrote commands into Redis. Printers are set by the deployment
 * administrator, or by an office administrator only at an address in PRINTER_NETWORKS on port
 * 9100; text sent to a printer carries no control characters; the slip's QR code is built from
 * PUBLIC_URL, never from the request's Host header.
 */
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildSlip } from '../../server/printing/escpos-ticket.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { OfficeConfig, type KioskDevice } from '../../shared/schemas/office.js';
import { poll } from '../support/page-helpers.js';
import { PASSWORD, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const PUBLIC_URL = 'https://motcua.phuong-b.example.vn';

/** A stand-in network printer: every byte it is sent. */
async function fakePrinter(): Promise<{ server: Server; port: number; bytes: () => Buffer }> {
  const received: Buffer[] = [];
  const server = createServer((sock) => sock.on('data', (d) => received.push(d)));
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  return { server, port: (server.address() as { port: number }).port, bytes: () => Buffer.concat(received) };
}

describe('who sets a kiosk printer', () => {
  let t: TestApp;
  let admin: StaffClient;
  let root: StaffClient;
  const existing: KioskDevice = { id: 'k1', name: 'Kiosk sảnh', printer: { host: '10.9.8.7', port: 9100 } };

  beforeAll(async () => {
    t = await startTestApp({ printerNetworks: ['10.20.0.0/16', '192.168.50.0/24'], office: (c) => ({ ...c, kiosks: [existing] }) });
    admin = await t.login(`admin-${t.office}`);
    await t.app.users.upsert(
      { username: `root-${t.office}`, name: 'Quản trị hệ thống', role: 'admin', offices: [], counters: [], password: PASSWORD, disabled: false },
      { create: true },
    );
    root = await t.login(`root-${t.office}`);
  });
  afterAll(async () => t.close());

  const config = async () => (await admin.request('GET', `/admin/offices/${t.office}/config`)).body.config as OfficeConfig;
  const withKiosks = async (kiosks: KioskDevice[]) => ({ ...(await config()), kiosks });

  it("refuses an office administrator's printer outside the printer networks or off port 9100, changing nothing", async () => {
    const before = await config();
    for (const printer of [
      { host: '127.0.0.1', port: 6379 }, // the server's own Redis
      { host: '127.0.0.1', port: 9100 },
      { host: '10.20.3.4', port: 6379 }, // a printer network, another service
      { host: '10.30.3.4', port: 9100 }, // outside the printer networks
      { host: 'printer.lan', port: 9100 }, // a name may resolve anywhere
    ]) {
      const added = await admin.request('PUT', `/admin/offices/${t.office}/config`, await withKiosks([existing, { id: 'k9', name: 'Kiosk 9', printer }]));
      expect(added.status, JSON.stringify(printer)).toBe(403);
      expect(added.body.error.code).toBe('forbidden');
      const changed = await admin.request('PUT', `/admin/offices/${t.office}/config`, await withKiosks([{ ...existing, printer }]));
      expect(changed.status, JSON.stringify(printer)).toBe(403);
    }
    expect(await config()).toEqual(before);
  });

  it('lets an office administrator use a printer network on port 9100, and keeps existing printers through other changes', async () => {
    const inNetwork = { id: 'k2', name: 'Kiosk 2', printer: { host: '192.168.50.21', port: 9100 } };
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, await withKiosks([existing, inNetwork]))).status).toBe(200);
    // another change, the printers as they are (k1's is outside the networks: the deployment administrator set it)
    const next = { ...(await config()), notices: ['Thứ Tư không viết'] };
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, next)).status).toBe(200);
    expect((await config()).kiosks).toEqual([existing, inNetwork]);
  });

  it('lets the deployment administrator set any printer', async () => {
    const anywhere = { id: 'k3', name: 'Kiosk 3', printer: { host: 'printer-3.phuong-b.lan', port: 9101 } };
    const res = await root.request('PUT', `/admin/offices/${t.office}/config`, { ...(await config()), kiosks: [existing, anywhere] });
    expect(res.status).toBe(200);
    expect((await config()).kiosks).toContainEqual(anywhere);
  });
});

describe('what reaches a printer', () => {
  let t: TestApp;
  let printer: Awaited<ReturnType<typeof fakePrinter>>;

  beforeAll(async () => {
    printer = await fakePrinter();
    t = await startTestApp({
      publicUrl: PUBLIC_URL,
      office: (c) => ({ ...c, kiosks: [{ id: 'k1', name: 'Kiosk sảnh', printer: { host: '127.0.0.1', port: printer.port } }] }),
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((res) => printer.server.close(() => res()));
  });

  it('strips control characters, line breaks included, from the text of a slip', async () => {
    // the schema lets line breaks through (and may change); the printer refuses every control character itself
    const config = { ...OfficeConfig.parse({ ...demoOffice(), id: 'phuong-b' }), shortName: 'Phường B\r\nSET pwned 1\r\n\u001b@\u2028' };
    const ticket = {
      id: 'phuong-b_2026-11-30_A001',
      number: 'A001',
      serviceId: 'tu-phap',
      status: 'waiting',
      issuedAt: Date.UTC(2026, 10, 30, 2),
      priority: false,
      token: 'x'.repeat(24),
    } as never;
    const bytes = (
      await buildSlip({ config, ticket, ahead: 0, estimatedWaitMinutes: 5, phoneUrl: `${PUBLIC_URL}/kiosk/phone.html?t=x&k=y` }, 'tcp://127.0.0.1:9')
    ).getBuffer();
    const at = bytes.indexOf('SET pwned 1');
    expect(at).toBeGreaterThan(0);
    // the name and what follows stay on one printed line, with no command of their own
    const line = bytes.subarray(bytes.lastIndexOf('Phuong B', at), bytes.indexOf(0x0a, at));
    expect([...line].filter((b) => b < 0x20 || b === 0x7f)).toEqual([]);
  });

  it("never lets a slip write into the server's Redis", async () => {
    const redisUrl = new URL(inject('redisUrl'));
    const marker = `qms:printer-injection:${t.office}`;
    const { config } = await t.app.ctx.offices.get(t.office, true);
    // the short name as an office administrator may still type it
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, { ...config, shortName: `Phường B\r\nSET ${marker} 1\r\n` })).status).toBe(200);
    // a printer pointed at Redis, as only a mistaken (or tricked) deployment administrator could
    const saved = (await t.app.ctx.offices.get(t.office, true)).config;
    await t.app.ctx.offices.save({ ...saved, kiosks: [{ id: 'k1', name: 'Kiosk sảnh', printer: { host: redisUrl.hostname, port: Number(redisUrl.port) } }] });
    const errorReplies = async () => Number(/total_error_replies:(\d+)/.exec(await t.redis.info('stats'))?.[1]);
    const errorsBefore = await errorReplies();
    try {
      const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
      const printed = await t.request('POST', `/offices/${t.office}/kiosks/k1/print`, { ticketId: ticket.id, token: ticket.token });
      expect([200, 503]).toContain(printed.status); // printed, or "the printer did not answer"
      // Redis has read the slip once it has answered its first line (not a command) with an error
      await poll(errorReplies).toBeGreaterThan(errorsBefore);
      expect(await t.redis.exists(marker)).toBe(0);
    } finally {
      await t.redis.del(marker);
      await t.app.ctx.offices.save({
        ...(await t.app.ctx.offices.get(t.office, true)).config,
        kiosks: [{ id: 'k1', name: 'Kiosk sảnh', printer: { host: '127.0.0.1', port: printer.port } }],
      });
    }
  });

  it("builds the slip's QR code from PUBLIC_URL, never from the request's Host header", async () => {
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const body = JSON.stringify({ ticketId: ticket.id, token: ticket.token });
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${t.api}/offices/${t.office}/kiosks/k1/print`);
      const req = httpRequest(
        url,
        { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    await poll(() => printer.bytes().includes(ticket.id)).toBe(true);
    const text = printer.bytes().toString('latin1');
    expect(text).toContain(`${PUBLIC_URL}/kiosk/phone.html?t=${ticket.id}`);
    expect(text).not.toContain('evil.example');
  });
});

describe('a network printer without PUBLIC_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ office: (c) => ({ ...c, kiosks: [{ id: 'k1', name: 'Kiosk sảnh', printer: { host: '127.0.0.1', port: 9 } }] }) });
  });
  afterAll(async () => t.close());

  it('is not used: the kiosk prints through its browser, whose QR code carries its own address', async () => {
    expect((await t.request('GET', `/offices/${t.office}/kiosks/k1`)).body.kiosk.networkPrinter).toBe(false);
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const res = await t.request('POST', `/offices/${t.office}/kiosks/k1/print`, { ticketId: ticket.id, token: ticket.token });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/PUBLIC_URL/);
  });
});
