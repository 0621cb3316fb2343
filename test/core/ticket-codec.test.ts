/**
 * The stored form of a ticket (scripts/includes/ticket-codec.lua and server/tickets/ticket-codec.ts): short, without what the
 * tickets key and field already say, read the same by the scripts and by TypeScript, and tickets
 * written in the long form before it (the demo office's Redis under data/) still read and move on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { decodeTicket, encodeTicket } from '../../server/tickets/ticket-codec.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const DAY = '2026-11-25';
const NINE = Date.parse(`${DAY}T02:00:00Z`); // 09:00 in the office

describe('stored tickets', () => {
  let t: TestApp;
  let o1: StaffClient;
  let o4: StaffClient;
  const path = (c: string, a: string) => `/offices/${t.office}/counters/${c}/${a}`;
  const raw = async (number: string) => (await t.redis.hget(keys.tickets(t.office, DAY), number))!;

  beforeAll(async () => {
    t = await startTestApp({ now: NINE });
    o1 = await t.login(`officer1-${t.office}`);
    o4 = await t.login(`officer4-${t.office}`);
    await o1.request('POST', path('1', 'open'));
    await o4.request('POST', path('4', 'open'));
  });
  afterAll(async () => t.close());

  /** What the scripts stored, decoded in TS and encoded again, is what they stored. */
  async function readBack(number: string) {
    const stored = await raw(number);
    const ticket = decodeTicket(stored, t.office, DAY, number);
    expect(JSON.parse(encodeTicket(ticket))).toEqual(JSON.parse(stored));
    return { stored, ticket };
  }

  it('keeps neither the id, number and date nor defaults, and reads back whole through a life', async () => {
    const issued = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', priority: 'elderly', kiosk: 'k1' })).body.ticket;
    const first = await readBack('A001');
    // the head in its fixed order (status, service, issue time, hour, token, kiosk), then the rest by short name
    expect(JSON.parse(first.stored)).toEqual(['w', 'tu-phap', NINE, '09', issued.token, 'k1', null, null, null, null, null, { pc: 'elderly' }]);
    expect(first.ticket).toEqual({
      id: issued.id,
      number: 'A001',
      date: DAY,
      serviceId: 'tu-phap',
      origServiceId: 'tu-phap',
      status: 'waiting',
      priority: true,
      priorityCategory: 'elderly',
      issuedAt: NINE,
      hour: '09',
      token: issued.token,
      kiosk: 'k1',
    });

    t.clock.advance(60_000);
    await o1.request('POST', path('1', 'call-next'));
    t.clock.advance(10_000);
    await o1.request('POST', path('1', 'recall'));
    t.clock.advance(20_000);
    await o1.request('POST', path('1', 'transfer'), { serviceId: 'dat-dai' });
    const moved = (await readBack('A001')).ticket;
    expect(moved).toMatchObject({ serviceId: 'dat-dai', origServiceId: 'tu-phap', status: 'waiting', firstCalledAt: NINE + 60_000, recalls: 1 });
    expect(moved.calledAt).toBeUndefined();
    expect(moved.transfers).toEqual([{ from: 'tu-phap', to: 'dat-dai', at: NINE + 90_000 }]);

    t.clock.advance(60_000);
    await o4.request('POST', path('4', 'call-next'));
    t.clock.advance(30_000);
    await o4.request('POST', path('4', 'start'));
    t.clock.advance(120_000);
    await o4.request('POST', path('4', 'complete'), { dossier: { code: 'HS-0001', dueDate: '2026-11-30' } });
    expect((await t.request('POST', `/tickets/${issued.id}/rating`, { token: issued.token, score: 4 })).status).toBe(201);
    const done = (await readBack('A001')).ticket;
    expect(done).toMatchObject({
      status: 'done',
      serviceId: 'dat-dai',
      origServiceId: 'tu-phap',
      counterId: '4',
      officer: `officer4-${t.office}`,
      firstCalledAt: NINE + 60_000,
      calledAt: NINE + 150_000,
      servedAt: NINE + 180_000,
      doneAt: NINE + 300_000,
      dossiers: ['HS-0001'],
      rated: true,
      recalls: 1,
    });
    // the phone reads the same ticket the scripts stored
    const phone = (await t.request('GET', `/tickets/${issued.id}?token=${issued.token}`)).body.ticket;
    expect(phone).toMatchObject({ id: issued.id, status: 'done', serviceId: 'dat-dai', calledAt: NINE + 150_000, doneAt: NINE + 300_000, rated: true });
  });

  it('reads a ticket stored as one object of short names', async () => {
    const id = `${t.office}_${DAY}_B800`;
    await t.redis.hset(
      keys.tickets(t.office, DAY),
      'B800',
      JSON.stringify({ st: 'd', s: 'chung-thuc', i: NINE, h: '09', k: 'short-object-token-0123456', c: 60_000, d: 120_000, ct: '2', o: 'canbo2', r: true }),
    );
    expect(decodeTicket(await raw('B800'), t.office, DAY, 'B800')).toEqual({
      id,
      number: 'B800',
      date: DAY,
      status: 'done',
      serviceId: 'chung-thuc',
      origServiceId: 'chung-thuc',
      priority: false,
      issuedAt: NINE,
      hour: '09',
      token: 'short-object-token-0123456',
      calledAt: NINE + 60_000,
      firstCalledAt: NINE + 60_000,
      doneAt: NINE + 120_000,
      counterId: '2',
      officer: 'canbo2',
      rated: true,
    });
    // the scripts read it the same: a rating is taken and the ticket is saved in the current form
    expect((await t.request('POST', `/tickets/${id}/rating`, { token: 'short-object-token-0123456', score: 3 })).status).toBe(201);
    expect(JSON.parse(await raw('B800'))).toEqual([
      'd',
      'chung-thuc',
      NINE,
      '09',
      'short-object-token-0123456',
      null,
      60_000,
      null,
      120_000,
      '2',
      'canbo2',
      { r: true },
    ]);
  });

  it('reads tickets stored in the long form before the codec, and moves them on', async () => {
    const id = `${t.office}_${DAY}_B900`;
    const old = {
      id,
      number: 'B900',
      date: DAY,
      serviceId: 'chung-thuc',
      origServiceId: 'chung-thuc',
      status: 'waiting',
      priority: false,
      issuedAt: NINE + 1000,
      hour: '09',
      token: 'old-form-token-0123456789ab',
      kiosk: 'k2',
      identity: { idLast4: '2345', name: 'Nguyễn Văn An', birthDate: '1960-01-01', idHash: 'h' },
    };
    await t.redis.hset(keys.tickets(t.office, DAY), 'B900', JSON.stringify(old));
    await t.redis.zadd(keys.queue(t.office, DAY, 'chung-thuc', false), old.issuedAt, 'B900');
    expect((await t.request('GET', `/tickets/${id}?token=${old.token}`)).body.ticket).toMatchObject({ id, number: 'B900', status: 'waiting', ahead: 0 });

    const o2 = await t.login(`officer2-${t.office}`);
    await o2.request('POST', path('2', 'open'));
    t.clock.advance(60_000);
    const called = await o2.request('POST', path('2', 'call-next'));
    expect(called.body.ticket).toMatchObject({ id, number: 'B900', status: 'called', identity: { idLast4: '2345' } });
    // saved again by a script: now in the short form, with nothing lost
    const { stored, ticket } = await readBack('B900');
    expect(JSON.parse(stored)).toEqual([
      'c',
      'chung-thuc',
      NINE + 1000,
      '09',
      old.token,
      'k2',
      ticket.calledAt! - NINE - 1000,
      null,
      null,
      '2',
      `officer2-${t.office}`,
      { idn: old.identity },
    ]);
    expect(ticket).toEqual({
      ...old,
      status: 'called',
      calledAt: ticket.calledAt,
      firstCalledAt: ticket.calledAt,
      counterId: '2',
      officer: `officer2-${t.office}`,
    });

    // an old-form ticket with identity data loses it at day close like any other
    await t.redis.hset(keys.tickets(t.office, DAY), 'B901', JSON.stringify({ ...old, id: `${t.office}_${DAY}_B901`, number: 'B901', status: 'done' }));
    await o2.request('POST', path('2', 'complete'));
    t.clock.set(Date.parse('2026-11-26T01:00:00Z'));
    await closeOfficeDays(t.app.ctx, t.office);
    for (const n of ['B900', 'B901']) {
      expect(await raw(n)).not.toContain('Nguyễn');
      expect(decodeTicket(await raw(n), t.office, DAY, n).identity).toBeUndefined();
    }
  });
});
