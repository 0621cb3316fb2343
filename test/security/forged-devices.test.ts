/**
 * Issue 10, finding 4 as an attacker in the hall tries it: an anonymous socket joins as a counter's
 * rating tablet, learns the ticket just completed there and rates it before the citizen can; and
 * made-up device ids fill the office's device list without limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { poll } from '../support/page-helpers.js';
import { emitAck, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

describe('a forged counter tablet', () => {
  let t: TestApp;
  let officer: StaffClient;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login(`officer1-${t.office}`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/open`)).status).toBe(200);
  });
  afterAll(async () => t.close());

  /** A ticket issued and completed at counter 1: what a tablet is asked to rate. */
  async function completedAtCounter1() {
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call`, { ticketId: ticket.id })).status).toBe(200);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`)).status).toBe(200);
    return ticket as { id: string; token: string };
  }

  it('cannot join as a tablet, so it never learns which ticket to rate', async () => {
    const s = await t.socket();
    const joined = await emitAck(s, 'join', { office: t.office, role: 'tablet', counter: '1' });
    expect(joined.ok).toBe(false);
    let asked = 0;
    s.on('rating.requested', () => (asked += 1));
    const ticket = await completedAtCounter1();
    // the officer's console saw the completion; an anonymous socket saw no request
    await poll(async () => (await t.redis.hget(keys.tabletLast(t.office), '1')) ?? '').toContain(ticket.id);
    expect(asked).toBe(0);
  });

  it('cannot rate the ticket from any address, and the citizen still can', async () => {
    const ticket = await completedAtCounter1();
    await poll(async () => (await t.redis.hget(keys.tabletLast(t.office), '1')) ?? '').toContain(ticket.id);
    const forged = await t.request('POST', `/offices/${t.office}/counters/1/tablet-rating`, { ticketId: ticket.id, score: 1 });
    expect(forged.status).toBe(401);
    const mine = await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4 });
    expect(mine.status).toBe(201);
  });

  it('made-up device ids leave nothing in Redis', async () => {
    for (let i = 0; i < 40; i++) {
      const s = await t.socket();
      const role = (['board', 'counter-screen', 'kiosk', 'tablet'] as const)[i % 4];
      await emitAck(s, 'join', { office: t.office, role, counter: '1', device: `made-up-${i}` });
      await emitAck(s, 'heartbeat', { device: `made-up-${i}`, kind: role });
      s.disconnect();
    }
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await t.redis.scan(cursor, 'MATCH', `qms:{${t.office}}:*device*`, 'COUNT', 1000);
      cursor = next;
      for (const k of batch) if ((await t.redis.type(k)) !== 'hash' || (await t.redis.hlen(k)) > 0) found.push(k);
    } while (cursor !== '0');
    expect(found).toEqual([]);
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('GET', `/admin/offices/${t.office}/devices`)).body.devices).toEqual([]);
  });
});

describe('an office that requires paired kiosks (finding 5: a phone empties a daily limit)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      office: (c) => ({ ...c, requirePairedKiosks: true, services: c.services!.map((s) => (s.id === 'dat-dai' ? { ...s, dailyLimit: 5 } : s)) }),
    });
  });
  afterAll(async () => t.close());

  it('refuses tickets from anything but a paired kiosk, so the daily limit stays for the hall', async () => {
    const refused = await Promise.all(Array.from({ length: 20 }, () => t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'dat-dai' })));
    expect(refused.map((r) => r.status)).toEqual(Array(20).fill(403));
    expect(refused[0]!.body.error.code).toBe('paired_kiosk_required');
    const info = await t.request('GET', `/offices/${t.office}`);
    expect(info.body.services.find((s: { id: string }) => s.id === 'dat-dai')).toMatchObject({ open: true, waiting: 0 });
  });
});
