/**
 * The month rollup is the sum of its days' rollups, always: every script that writes a day writes
 * its month, late writes after the day closed included (a rating, a transfer, an expired ticket).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { ensureMonthRollups } from '../../server/reports/month-rollups.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('month rollups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: Date.UTC(2026, 9, 30, 2, 0) }); // 30 Oct, 09:00 in Hà Nội
  });
  afterAll(async () => t?.close());

  async function sumOfDays(dates: string[]): Promise<Record<string, number>> {
    const sum: Record<string, number> = {};
    for (const d of dates) for (const [k, v] of Object.entries(await t.redis.hgetall(keys.aggregates(t.office, d)))) sum[k] = (sum[k] ?? 0) + Number(v);
    return sum;
  }
  const month = async (m: string) =>
    Object.fromEntries(Object.entries(await t.redis.hgetall(keys.monthAggregates(t.office, m))).map(([k, v]) => [k, Number(v)]));

  it('equals the sum of its days, with writes after a day closed and across a month boundary', async () => {
    const officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    const serveOne = async (serviceId: string) => {
      const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket;
      t.clock.advance(4 * 60_000);
      expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).status).toBe(200);
      t.clock.advance(6 * 60_000);
      expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`)).status).toBe(200);
      return ticket;
    };
    const first = await serveOne('tu-phap');
    await serveOne('tu-phap');
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' }); // left waiting: expires
    t.clock.set(Date.UTC(2026, 9, 30, 17, 30)); // 00:30 on 31 Oct
    await closeOfficeDays(t.app.ctx, t.office);
    // a rating after the day closed lands in the closed day and in its month
    expect((await t.request('POST', `/tickets/${first.id}/rating`, { token: first.token, score: 4, source: 'phone' })).status).toBe(201);
    t.clock.set(Date.UTC(2026, 9, 31, 2, 0));
    // the counter closed with the day: the officer opens it again in the morning
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    await serveOne('tu-phap');
    t.clock.set(Date.UTC(2026, 10, 1, 2, 0)); // 1 Nov: another month
    await serveOne('tu-phap');

    const october = await month('2026-10');
    expect(october).toEqual(await sumOfDays(['2026-10-30', '2026-10-31']));
    expect(october['issued|all']).toBe(4);
    expect(october['expired|all']).toBe(1);
    expect(october['r4|all']).toBe(1);
    const november = await month('2026-11');
    expect(november).toEqual(await sumOfDays(['2026-11-01']));
    expect(november['served|all']).toBe(1);
  });
});

describe('month rollups for data written before they existed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: Date.UTC(2026, 9, 30, 2, 0) });
  });
  afterAll(async () => t?.close());

  it('are rebuilt once from the day rollups, and a year report reads them', async () => {
    const officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    for (const day of [29, 30]) {
      t.clock.set(Date.UTC(2026, 9, day, 2, 0));
      await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
      expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).status).toBe(200);
    }
    // as an older version left it: day rollups only
    const month = keys.monthAggregates(t.office, '2026-10');
    const expected = await t.redis.hgetall(month);
    await t.redis.del(month);
    expect(await ensureMonthRollups(t.app.ctx, t.office)).toEqual(['2026-10']);
    expect(await t.redis.hgetall(month)).toEqual(expected);
    expect(await ensureMonthRollups(t.app.ctx, t.office)).toEqual([]); // once

    const chair = await t.login(`chair-${t.office}`);
    const summary = (await chair.request('GET', `/offices/${t.office}/reports/summary?from=2026-01-01&to=2026-12-31`)).body;
    expect(summary).toMatchObject({ issued: 2, days: 365 });
    const byMonth = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=2026-01-01&to=2026-12-31&by=month`)).body;
    expect(byMonth.rows.find((r: { key: string }) => r.key === '2026-10')).toMatchObject({ issued: 2, days: 31 });
    const byDay = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=2026-10-01&to=2026-10-31&by=day`)).body;
    expect(byDay.rows.filter((r: { issued: number }) => r.issued > 0).map((r: { key: string }) => r.key)).toEqual(['2026-10-29', '2026-10-30']);
  });
});
