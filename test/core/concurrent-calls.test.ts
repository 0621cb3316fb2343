/**
 * Twenty counters call next at once over 1,000 tickets in five services: every ticket is called
 * exactly once, and the order of calls (the event stream is the order the scripts ran in) obeys
 * the priority policy and oldest-first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEvent } from '../../server/redis/event-codec.js';
import { keys } from '../../server/redis/keys.js';
import { decodeDay } from '../../server/tickets/ticket-codec.js';
import { issueTicket } from '../../server/tickets/issue-ticket.js';
import { PASSWORD, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const SERVICES = ['s1', 's2', 's3', 's4', 's5'];
const COUNTERS = 20;
const TICKETS = 1000;

function fiveServiceOffice(mode: 'strict' | 'interleave') {
  return (c: any) => ({
    ...c,
    services: SERVICES.map((id, i) => ({
      id,
      name: `Lĩnh vực ${i + 1}`,
      prefix: String.fromCharCode(65 + i),
      dailyLimit: 9999,
      hours: [{ from: '00:00', to: '24:00' }],
    })),
    counters: Array.from({ length: COUNTERS }, (_, i) => ({
      id: String(i + 1),
      number: i + 1,
      name: `Quầy ${i + 1}`,
      // every counter serves every service, in a different order
      services: SERVICES.map((_, j) => SERVICES[(i + j) % SERVICES.length]),
    })),
    priority: { ...c.priority, mode, every: 3 },
  });
}

async function calledOrder(t: TestApp): Promise<string[]> {
  const entries = (await t.redis.xrange(keys.events(t.office), '-', '+')) as [string, string[]][];
  return entries
    .map(([id, fields]) => decodeEvent(t.office, id, fields))
    .filter((e) => e.type === 'ticket.called')
    .map((e) => (e.data as { id: string }).id);
}

describe('twenty counters calling next at once (strict priority)', () => {
  let t: TestApp;
  const issued: { id: string; priority: boolean; issuedAt: number }[] = [];
  let officers: StaffClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ office: fiveServiceOffice('strict'), now: Date.parse('2026-11-25T01:00:00Z') });
    for (let i = 0; i < TICKETS; i++) {
      t.clock.advance(1000);
      const priority = i % 7 === 3;
      // issued through the domain function (no HTTP) to keep the setup quick; calls go over HTTP
      const { ticket } = await issueTicket(t.app.ctx, t.office, { serviceId: SERVICES[i % 5]!, ...(priority ? { priority: 'elderly' } : {}) }, 'internal');
      issued.push({ id: ticket.id, priority, issuedAt: ticket.issuedAt });
    }
    for (let c = 1; c <= COUNTERS; c++) {
      await t.app.users.upsert(
        { username: `c${c}-${t.office}`, name: `Cán bộ ${c}`, role: 'officer', offices: [t.office], counters: [], password: PASSWORD, disabled: false },
        { create: true },
      );
    }
    officers = await Promise.all(Array.from({ length: COUNTERS }, (_, c) => t.login(`c${c + 1}-${t.office}`)));
    await Promise.all(officers.map((o, c) => o.request('POST', `/offices/${t.office}/counters/${c + 1}/open`)));
  });
  afterAll(async () => t.close());

  it('calls every ticket exactly once, priority first, then oldest first', async () => {
    const calledBy = new Map<string, number>();
    let duplicates = 0;
    await Promise.all(
      officers.map(async (o, c) => {
        for (;;) {
          const res = await o.request('POST', `/offices/${t.office}/counters/${c + 1}/call-next`);
          if (res.status === 204) return;
          expect(res.status).toBe(200);
          if (calledBy.has(res.body.ticket.id)) duplicates++;
          calledBy.set(res.body.ticket.id, c + 1);
        }
      }),
    );
    expect(duplicates).toBe(0);
    expect(calledBy.size).toBe(TICKETS);
    expect(new Set(calledBy.keys())).toEqual(new Set(issued.map((i) => i.id)));

    const expected = [...issued.filter((i) => i.priority), ...issued.filter((i) => !i.priority)].map((i) => i.id);
    expect(await calledOrder(t)).toEqual(expected);

    // every call-next finished the counter's previous ticket, the last (answered 204) included
    const statuses = decodeDay(await t.redis.hgetall(keys.tickets(t.office, '2026-11-25')), t.office, '2026-11-25').map((x) => x.status);
    expect(statuses.filter((s) => s === 'done')).toHaveLength(TICKETS);
    const agg = await t.redis.hmget(keys.aggregates(t.office, '2026-11-25'), 'issued|all', 'served|all', 'waitCnt|all', 'prio|all');
    expect(agg.map(Number)).toEqual([TICKETS, TICKETS, TICKETS, issued.filter((i) => i.priority).length]);
  });
});

describe('interleaved priority at one counter', () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('takes one priority ticket after every N others, oldest first in each class', async () => {
    t = await startTestApp({ office: fiveServiceOffice('interleave'), now: Date.parse('2026-11-25T01:00:00Z') });
    const ids: Record<string, string> = {};
    // 8 normal tickets then 3 priority tickets, all waiting before the first call
    for (let i = 0; i < 11; i++) {
      t.clock.advance(1000);
      const priority = i >= 8;
      const res = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: SERVICES[i % 5], ...(priority ? { priority: 'pregnant' } : {}) });
      ids[res.body.ticket.id] = priority ? `P${i - 7}` : `N${i + 1}`;
    }
    const officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    const order: string[] = [];
    for (;;) {
      const res = await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
      if (res.status === 204) break;
      order.push(ids[res.body.ticket.id]!);
    }
    // every = 3: a priority ticket as soon as one is waiting and three others were called since the last
    expect(order).toEqual(['P1', 'N1', 'N2', 'N3', 'P2', 'N4', 'N5', 'N6', 'P3', 'N7', 'N8']);
  });
});
