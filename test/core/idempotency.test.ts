import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { officeDate } from '../../shared/office-time.js';
import { requestFrom } from '../support/request-from.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// one office on the real clock for the kiosk's keys; the midnight tests move their own office's clock
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('issuing with an idempotency key', () => {
  // first in the file, so the office holds only these tickets
  it('fifty concurrent retries of one tap issue one ticket', async () => {
    const body = { serviceId: 'chung-thuc', idempotencyKey: 'kiosk-7-tap-5f3a9c' };
    const replies = await Promise.all(Array.from({ length: 50 }, () => t.request('POST', `/offices/${t.office}/tickets`, body)));
    const ids = new Set(replies.map((r) => r.body.ticket.id));
    expect(ids.size).toBe(1);
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(49);
    expect(new Set(replies.map((r) => r.body.ticket.token)).size).toBe(1);
    const date = officeDate(Date.now(), 'Asia/Ho_Chi_Minh');
    expect(await t.redis.hlen(keys.tickets(t.office, date))).toBe(1);
    expect(await t.redis.hget(keys.aggregates(t.office, date), 'issued|all')).toBe('1');
  });

  it('a different key issues the next number', async () => {
    const res = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc', idempotencyKey: 'kiosk-7-tap-5f3a9d' });
    expect(res.status).toBe(201);
    expect(res.body.ticket.number).toBe('B002');
    expect(res.body.ticket.ahead).toBe(1);
  });
});

describe('idempotency keys around midnight and over time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: Date.parse('2026-11-25T16:59:50Z') }); // 23:59:50 local, 25 Nov
  });
  afterAll(async () => t.close());

  it('a kiosk retrying just after midnight gets the ticket issued just before', async () => {
    const body = { serviceId: 'tu-phap', idempotencyKey: 'kiosk-2-tap-midnight' };
    const first = await t.request('POST', `/offices/${t.office}/tickets`, body);
    expect(first.status).toBe(201);
    expect(first.body.ticket.id).toBe(`${t.office}_2026-11-25_A001`);
    t.clock.set(Date.parse('2026-11-25T17:00:20Z')); // 00:00:20 local, 26 Nov
    const retry = await t.request('POST', `/offices/${t.office}/tickets`, body);
    expect(retry.status).toBe(200);
    expect(retry.body.ticket).toMatchObject({ id: first.body.ticket.id, token: first.body.ticket.token });
    expect(await t.redis.exists(keys.tickets(t.office, '2026-11-26'), keys.sequences(t.office, '2026-11-26'))).toBe(0);
  });

  it("a day's keys leave Redis a day after its last ticket", async () => {
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: 'kiosk-2-tap-next-day' });
    const ttl = await t.redis.ttl(keys.idempotency(t.office, '2026-11-26'));
    expect(ttl).toBeGreaterThan(86_300);
    expect(ttl).toBeLessThanOrEqual(86_400);
    // the day before keeps its own expiry
    expect(await t.redis.ttl(keys.idempotency(t.office, '2026-11-25'))).toBeGreaterThan(0);
  });
});

describe('idempotency keys belong to the kiosk that used them', () => {
  const issueFrom = (address: string, body: Record<string, unknown>) => requestFrom(t, address, 'POST', `/offices/${t.office}/tickets`, body);

  it("another client reusing a kiosk's key gets a ticket of its own, never the kiosk's token", async () => {
    const body = { serviceId: 'chung-thuc', idempotencyKey: 'kiosk-3-tap-0001', kiosk: 'kiosk-3' };
    const kiosk = await issueFrom('127.0.0.2', body);
    expect(kiosk.status).toBe(201);
    // the kiosk's own retry is answered with its ticket
    const retry = await issueFrom('127.0.0.2', body);
    expect(retry.status).toBe(200);
    expect(retry.body.ticket).toMatchObject({ id: kiosk.body.ticket.id, token: kiosk.body.ticket.token });
    // the same key from elsewhere, claiming the kiosk's id or not, is a new request
    for (const other of [body, { serviceId: 'chung-thuc', idempotencyKey: 'kiosk-3-tap-0001' }]) {
      const stolen = await issueFrom('127.0.0.3', other);
      expect(stolen.status).toBe(201);
      expect(stolen.body.ticket.id).not.toBe(kiosk.body.ticket.id);
      expect(stolen.body.ticket.token).not.toBe(kiosk.body.ticket.token);
    }
    // and another kiosk at the same address has keys of its own
    const neighbour = await issueFrom('127.0.0.2', { ...body, kiosk: 'kiosk-4' });
    expect(neighbour.status).toBe(201);
    expect(neighbour.body.ticket.token).not.toBe(kiosk.body.ticket.token);
  });

  it('a client without a kiosk id keeps its keys to its address', async () => {
    const body = { serviceId: 'tu-phap', idempotencyKey: 'phone-tap-0001' };
    const first = await issueFrom('127.0.0.4', body);
    expect((await issueFrom('127.0.0.4', body)).body.ticket.token).toBe(first.body.ticket.token);
    const other = await issueFrom('127.0.0.5', body);
    expect(other.status).toBe(201);
    expect(other.body.ticket.token).not.toBe(first.body.ticket.token);
  });
});
