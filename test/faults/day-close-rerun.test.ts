/**
 * A day-close job that dies halfway can run again without harm: each day closes in one atomic
 * script, so a job killed between two days (or between stripping identity data and expiring a
 * day) leaves whole days, and the rerun counts nothing twice. The counters close in a step of
 * their own, which every run does again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays, expireDayKeys } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { decodeDay } from '../../server/tickets/ticket-codec.js';
import { scripts } from '../../server/redis/script-calls/index.js';
import { officeInstant } from '../../shared/office-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TZ = 'Asia/Ho_Chi_Minh';

describe('a day-close job that dies halfway', () => {
  let t: TestApp;
  const days = ['2025-03-03', '2025-03-04'];

  beforeAll(async () => {
    t = await startTestApp({ office: (c) => ({ ...c, cccdEnabled: true }) });
    for (const day of days) {
      t.clock.set(officeInstant(day, 9 * 60, TZ));
      for (let i = 0; i < 3; i++) {
        const r = await t.request('POST', `/offices/${t.office}/tickets`, {
          serviceId: 'tu-phap',
          ...(i === 0 ? { cccd: '001099012345|123456789|Nguyễn Văn A|01011990|Nam|Hà Nội|01012021' } : {}),
        });
        expect(r.status).toBe(201);
      }
    }
    t.clock.set(officeInstant('2025-03-05', 8 * 60, TZ));
  });
  afterAll(async () => t.close());

  async function state() {
    const out: Record<string, unknown> = {};
    for (const d of days) {
      out[`tickets ${d}`] = await t.redis.hgetall(keys.tickets(t.office, d));
      out[`agg ${d}`] = await t.redis.hgetall(keys.aggregates(t.office, d));
    }
    out.closed = (await t.redis.smembers(keys.closedDays(t.office))).sort();
    out.events = (await t.redis.xrange(keys.events(t.office), '-', '+')).length;
    return out;
  }

  it('finishes the remaining day on the rerun and changes nothing on a third run', async () => {
    const { config } = await t.app.ctx.offices.get(t.office, true);
    // the first run died after closing the first day, and after stripping the second day's identity data
    const [first, second] = days as [string, string];
    await scripts.stripIdentity(t.redis, { tickets: keys.tickets(t.office, first) }, { office: t.office, date: first });
    await scripts.expireDay(t.redis, expireDayKeys(t.office, config, first), { office: t.office, date: first, now: t.clock.now, streamMaxLen: 1000 });
    await scripts.stripIdentity(t.redis, { tickets: keys.tickets(t.office, second) }, { office: t.office, date: second });

    const rerun = await closeOfficeDays(t.app.ctx, t.office);
    expect(rerun.closed).toEqual([second]);
    expect(rerun.expired).toBe(3);
    for (const d of days) {
      expect(await t.redis.hget(keys.aggregates(t.office, d), 'expired|all')).toBe('3');
      const tickets = decodeDay(await t.redis.hgetall(keys.tickets(t.office, d)), t.office, d);
      expect(tickets.every((x) => x.status === 'expired' && !x.identity)).toBe(true);
    }
    const after = await state();
    expect(await closeOfficeDays(t.app.ctx, t.office)).toEqual({ closed: [], expired: 0, closedAtDayEnd: 0, countersClosed: 0 });
    expect(await state()).toEqual(after);
  });
});

describe('a day-close job that died between closing the day and closing its counters', () => {
  let t: TestApp;
  const day = '2025-03-04';

  beforeAll(async () => {
    t = await startTestApp({ now: officeInstant(day, 9 * 60, TZ) });
    const officer = await t.login(`officer1-${t.office}`);
    expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).status).toBe(201);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/open`)).status).toBe(200);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).status).toBe(200);
    t.clock.set(officeInstant('2025-03-05', 8 * 60, TZ));
  });
  afterAll(async () => t.close());

  it('closes the counters on the rerun, though no day is left to close', async () => {
    const { config } = await t.app.ctx.offices.get(t.office, true);
    await scripts.stripIdentity(t.redis, { tickets: keys.tickets(t.office, day) }, { office: t.office, date: day });
    await scripts.expireDay(t.redis, expireDayKeys(t.office, config, day), { office: t.office, date: day, now: t.clock.now, streamMaxLen: 1000 });

    expect(await closeOfficeDays(t.app.ctx, t.office)).toEqual({ closed: [], expired: 0, closedAtDayEnd: 1, countersClosed: 1 });
    const [ticket] = decodeDay(await t.redis.hgetall(keys.tickets(t.office, day)), t.office, day);
    expect(ticket).toMatchObject({ status: 'closed_at_day_end', doneAt: officeInstant('2025-03-05', 0, TZ) });
    expect(await t.redis.hget(keys.aggregates(t.office, day), 'dayEnd|all')).toBe('1');
    expect(await closeOfficeDays(t.app.ctx, t.office)).toEqual({ closed: [], expired: 0, closedAtDayEnd: 0, countersClosed: 0 });
    expect(await t.redis.hget(keys.aggregates(t.office, day), 'dayEnd|all')).toBe('1');
  });
});
