import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { officeDate } from '../../shared/office-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('issuing with an idempotency key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

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
