/**
 * Closing time is closing time: once an office day closes, no ticket is issued for it any more
 * (`day_closed`, also on the kiosk's office info), its counters close, and the tickets they still
 * held end as `closed_at_day_end`, counted apart in the reports (never as a service lasting the
 * night). The same when the server was down at closing time and closes the day when it starts
 * again the next morning. The next morning the board shows nothing of yesterday and any officer
 * can take any counter. The demo office issues at all hours and closes its day at midnight.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { keys } from '../../server/redis/keys.js';
import { decodeTicket } from '../../server/tickets/ticket-codec.js';
import { officeInstant, parseHHMM } from '../../shared/office-time.js';
import { poll } from '../support/page-helpers.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const TZ = 'Asia/Ho_Chi_Minh';
const DAY = '2026-11-25';
const NEXT = '2026-11-26';
const at = (date: string, hhmm: string) => officeInstant(date, parseHHMM(hhmm), TZ);

/** The demo office's services (issuing at all hours) with a real office's closing time: the walkthrough's setup. */
const closingAtFive = { office: (c: any) => ({ ...c, closingTime: '17:00' }), now: at(DAY, '16:40') };

interface Afternoon {
  a1: any;
  a2: any;
  g1: any;
  officers: StaffClient[];
}

/** Counter 1 has called A001, counter 2 is serving A002, counter 3 is open and idle, G001 waits. */
async function afternoon(t: TestApp): Promise<Afternoon> {
  const officers = [await t.login(`officer1-${t.office}`), await t.login(`officer2-${t.office}`), await t.login(`officer3-${t.office}`)];
  for (const [i, o] of officers.entries()) expect((await o.request('POST', `/offices/${t.office}/counters/${i + 1}/open`)).status).toBe(200);
  const issue = async (serviceId: string) => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket;
  const a1 = await issue('tu-phap');
  const a2 = await issue('tu-phap');
  const g1 = await issue('van-hoa');
  t.clock.set(at(DAY, '16:45'));
  expect((await officers[0]!.request('POST', `/offices/${t.office}/counters/1/call-next`)).body.ticket.id).toBe(a1.id);
  t.clock.set(at(DAY, '16:50'));
  expect((await officers[1]!.request('POST', `/offices/${t.office}/counters/2/call-next`)).body.ticket.id).toBe(a2.id);
  expect((await officers[1]!.request('POST', `/offices/${t.office}/counters/2/start`)).status).toBe(200);
  return { a1, a2, g1, officers };
}

async function stored(t: TestApp, ticket: { number: string }, date = DAY) {
  return decodeTicket((await t.redis.hget(keys.tickets(t.office, date), ticket.number))!, t.office, date, ticket.number);
}

/** What the next morning must look like after yesterday closed at 17:00, however it was closed. */
async function expectClosedYesterday(t: TestApp, day: Afternoon) {
  for (const held of [day.a1, day.a2]) {
    const ticket = await stored(t, held);
    expect(ticket.status).toBe('closed_at_day_end');
    expect(ticket.doneAt).toBe(at(DAY, '17:00')); // when the day closed, not when the server noticed
    const citizen = await t.request('GET', `/tickets/${held.id}?token=${held.token}`);
    expect(citizen.body.ticket.status).toBe('closed_at_day_end');
  }
  expect((await stored(t, day.g1)).status).toBe('expired');

  const agg = await t.redis.hgetall(keys.aggregates(t.office, DAY));
  expect(agg).toMatchObject({ 'issued|all': '3', 'expired|all': '1', 'dayEnd|all': '2', 'dayEnd|ctr:1': '1', 'dayEnd|ctr:2': '1', 'dayEnd|svc:tu-phap': '2' });
  expect(agg['served|all']).toBeUndefined();
  expect(agg['svcCnt|all']).toBeUndefined(); // no service time at all, let alone one lasting the night

  const board = (await t.request('GET', `/offices/${t.office}/board`)).body;
  expect(board.date).toBe(NEXT);
  expect(board.recent).toEqual([]);
  expect(board.counters.filter((c: any) => c.ticket || c.status !== 'closed')).toEqual([]);

  // yesterday's officer cannot finish yesterday's ticket this morning (a 14-hour service)
  expect((await day.officers[0]!.request('POST', `/offices/${t.office}/counters/1/complete`)).body.error.code).toBe('counter_not_open');
  // another officer takes the counter: no counter_taken
  const o4 = await t.login(`officer4-${t.office}`);
  expect((await o4.request('POST', `/offices/${t.office}/counters/1/open`)).status).toBe(200);
  const today = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
  expect(today.body.ticket.id).toBe(`${t.office}_${NEXT}_A001`);
  expect((await o4.request('POST', `/offices/${t.office}/counters/1/call-next`)).body.ticket.id).toBe(today.body.ticket.id);

  const chair = await t.login(`chair-${t.office}`);
  const summary = (await chair.request('GET', `/offices/${t.office}/reports/summary?from=${DAY}&to=${DAY}`)).body;
  expect(summary).toMatchObject({ issued: 3, served: 0, noShow: 0, expired: 1, cancelled: 0, closedAtDayEnd: 2, open: 0 });
  expect(summary.reconciliation).toMatchObject({ balanced: true, difference: 0 });
  expect(summary.service.count).toBe(0);
}

describe('at closing time', () => {
  let t: TestApp;
  let day: Afternoon;
  beforeAll(async () => {
    t = await startTestApp(closingAtFive);
    day = await afternoon(t);
  });
  afterAll(async () => t.close());

  it('stops issuing, closes the counters and ends the tickets they held, once', async () => {
    t.clock.set(at(DAY, '17:00'));
    expect(await closeOfficeDays(t.app.ctx, t.office)).toEqual({ closed: [DAY], expired: 1, closedAtDayEnd: 2, countersClosed: 3 });

    // a minute later the kiosk gets no ticket, and the office info says why
    t.clock.set(at(DAY, '17:01'));
    const before = await officeFingerprint(t.redis, t.office);
    const refused = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'van-hoa' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'day_closed', message: expect.stringMatching(/closed for today/) });
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
    const info = (await t.request('GET', `/offices/${t.office}`)).body;
    expect(info.services.every((s: any) => !s.open && s.closedReason === 'day_closed')).toBe(true);
    expect(info.counters.every((c: any) => c.status === 'closed')).toBe(true);

    // the board says nothing is called any more; the consoles hold nothing
    const board = (await t.request('GET', `/offices/${t.office}/board`)).body;
    expect(board.recent).toEqual([]);
    expect(board.counters.filter((c: any) => c.ticket || c.status !== 'closed')).toEqual([]);
    const console1 = (await day.officers[0]!.request('GET', `/offices/${t.office}/counters/1`)).body;
    expect(console1.counter.status).toBe('closed');
    expect(console1.current).toBeUndefined();

    // running again (a retried job) changes nothing
    const closedState = await officeFingerprint(t.redis, t.office);
    expect(await closeOfficeDays(t.app.ctx, t.office)).toEqual({ closed: [], expired: 0, closedAtDayEnd: 0, countersClosed: 0 });
    expect(await officeFingerprint(t.redis, t.office)).toBe(closedState);
  });

  it('still refuses the closed day when the closing time is moved later afterwards', async () => {
    const { config } = await t.app.ctx.offices.get(t.office, true);
    await t.app.ctx.offices.save({ ...config, closingTime: '18:00' });
    t.clock.set(at(DAY, '17:10'));
    const before = await officeFingerprint(t.redis, t.office);
    const refused = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    expect(refused.body.error?.code).toBe('day_closed');
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
    const info = (await t.request('GET', `/offices/${t.office}`)).body;
    expect(info.services.every((s: any) => s.closedReason === 'day_closed')).toBe(true);
    await t.app.ctx.offices.save({ ...config, closingTime: '17:00' });
  });

  it('shows nothing of yesterday the next morning, and the reports reconcile', async () => {
    t.clock.set(at(NEXT, '07:30'));
    await expectClosedYesterday(t, day);
  });
});

describe('the server was down at closing time', () => {
  let t: TestApp;
  let day: Afternoon;
  let workers: Workers | undefined;
  beforeAll(async () => {
    t = await startTestApp(closingAtFive);
    day = await afternoon(t);
  });
  afterAll(async () => {
    if (workers) {
      await workers.queues.dayClose.removeJobScheduler(`close-${t.office}`);
      await workers.close();
    }
    await t.close();
  });

  it('refuses tickets after closing time even before the day-close job ran', async () => {
    t.clock.set(at(DAY, '17:01'));
    const refused = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'van-hoa' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('day_closed');
  });

  it('closes yesterday as at closing time when it starts the next morning', async () => {
    t.clock.set(at(NEXT, '07:30'));
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
    await poll(async () => t.redis.sismember(keys.closedDays(t.office), DAY)).toBe(1);
    await poll(async () => (await t.request('GET', `/offices/${t.office}/board`)).body.counters.filter((c: any) => c.status !== 'closed').length).toBe(0);
    await expectClosedYesterday(t, day);
  });
});

describe('the demo office', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: at(DAY, '23:59') + 30_000 });
  });
  afterAll(async () => t.close());

  it('issues at all hours and closes its day at midnight', async () => {
    const o1 = await t.login(`officer1-${t.office}`);
    expect((await o1.request('POST', `/offices/${t.office}/counters/1/open`)).status).toBe(200);
    const late = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    expect(late.status).toBe(201);
    expect((await o1.request('POST', `/offices/${t.office}/counters/1/call-next`)).body.ticket.id).toBe(late.body.ticket.id);
    expect((await t.request('GET', `/offices/${t.office}`)).body.services.every((s: any) => s.open)).toBe(true);

    t.clock.set(at(NEXT, '00:00'));
    expect(await closeOfficeDays(t.app.ctx, t.office)).toEqual({ closed: [DAY], expired: 0, closedAtDayEnd: 1, countersClosed: 1 });
    expect((await stored(t, late.body.ticket)).doneAt).toBe(at(NEXT, '00:00'));
    expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket.id).toBe(`${t.office}_${NEXT}_A001`);
  });
});
