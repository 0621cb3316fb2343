/**
 * Office days follow Asia/Ho_Chi_Minh (UTC+7): between 17:00 and 24:00 UTC the office is already
 * on the next day. Numbering restarts at local midnight, aggregates land on the local date, a
 * ticket held across midnight can still be finished, and the day close expires yesterday's queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

describe('day rollover at office-local midnight', () => {
  let t: TestApp;
  let officer: StaffClient;
  const issue = async (serviceId = 'tu-phap') => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket;

  beforeAll(async () => {
    t = await startTestApp({ now: Date.parse('2026-11-25T16:58:00Z') }); // 23:58 local, 25 Nov
    officer = await t.login(`officer1-${t.office}`);
  });
  afterAll(async () => t.close());

  it('numbers, rolls up and closes by the local date', async () => {
    const late = await issue();
    expect(late.id).toBe(`${t.office}_2026-11-25_A001`);
    const left = await issue();
    expect(left.number).toBe('A002');
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).body.ticket.id).toBe(late.id);

    t.clock.set(Date.parse('2026-11-25T17:02:00Z')); // 00:02 local, 26 Nov; UTC still says the 25th
    const first = await issue();
    expect(first.id).toBe(`${t.office}_2026-11-26_A001`);
    expect(first.ahead).toBe(0); // yesterday's waiting ticket is not ahead of today's

    // yesterday's queues are closed: its ticket cannot go back to waiting in one of them
    const transfer = await officer.request('POST', `/offices/${t.office}/counters/1/transfer`, { serviceId: 'chung-thuc' });
    expect(transfer.status).toBe(409);
    expect(transfer.body.error.message).toMatch(/earlier day/);

    // call-next finishes the ticket held since yesterday and calls today's first, never yesterday's A002
    const next = await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
    expect(next.body.finished.id).toBe(late.id);
    expect(next.body.ticket.id).toBe(first.id);

    t.clock.set(Date.parse('2026-11-25T23:30:00Z')); // 06:30 local, 26 Nov
    expect((await issue()).id).toBe(`${t.office}_2026-11-26_A002`);

    const closed = await closeOfficeDays(t.app.ctx, t.office);
    // counter 1, opened yesterday, holds today's ticket: in use today, it stays open
    expect(closed).toEqual({ closed: ['2026-11-25'], expired: 1, closedAtDayEnd: 0, countersClosed: 0 });
    const again = await closeOfficeDays(t.app.ctx, t.office);
    expect(again).toEqual({ closed: [], expired: 0, closedAtDayEnd: 0, countersClosed: 0 });

    const day25 = await t.redis.hgetall(keys.aggregates(t.office, '2026-11-25'));
    expect(day25).toMatchObject({ 'issued|all': '2', 'issued|hr:23': '2', 'served|all': '1', 'expired|all': '1' });
    const day26 = await t.redis.hgetall(keys.aggregates(t.office, '2026-11-26'));
    expect(day26).toMatchObject({ 'issued|all': '2', 'issued|hr:00': '1', 'issued|hr:06': '1' });
    expect(day26['served|all']).toBeUndefined();
    const a002 = await t.request('GET', `/tickets/${left.id}?token=${left.token}`);
    expect(a002.body.ticket.status).toBe('expired');
  });
});
