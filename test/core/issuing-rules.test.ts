/** Kiosks get a clear refusal outside issuing hours, on days off, past the daily limit and for closed services. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REALISTIC_HOURS } from '../../server/offices/demo-office.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('issuing rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      now: Date.parse('2026-11-25T02:00:00Z'), // Wednesday 09:00 local
      office: (c) => ({
        ...c,
        workingDays: [1, 2, 3, 4, 5],
        daysOff: ['2026-11-27'],
        services: c.services.map((s) => ({
          ...s,
          hours: REALISTIC_HOURS,
          ...(s.id === 'thi-dua' ? { dailyLimit: 2 } : {}),
          ...(s.id === 'van-hoa' ? { enabled: false } : {}),
        })),
      }),
    });
  });
  afterAll(async () => t.close());
  const issue = (serviceId: string) => t.request('POST', `/offices/${t.office}/tickets`, { serviceId });

  it('refuses with the reason, and the office info shows it', async () => {
    expect((await issue('thi-dua')).status).toBe(201);
    expect((await issue('thi-dua')).status).toBe(201);
    expect((await issue('thi-dua')).body.error).toMatchObject({ code: 'limit_reached' });
    expect((await issue('van-hoa')).body.error).toMatchObject({ code: 'service_closed' });
    let info = (await t.request('GET', `/offices/${t.office}`)).body;
    expect(info.services.find((s: any) => s.id === 'thi-dua')).toMatchObject({ open: false, closedReason: 'limit_reached', waiting: 2 });
    expect(info.noWritingToday).toBe(true); // Wednesday

    t.clock.set(Date.parse('2026-11-25T04:30:00Z')); // 11:30 local, lunch break
    const lunch = await issue('tu-phap');
    expect(lunch.status).toBe(409);
    expect(lunch.body.error).toMatchObject({ code: 'outside_hours', message: expect.stringMatching(/issuing hours/) });

    t.clock.set(Date.parse('2026-11-27T02:00:00Z')); // Friday, a day off
    expect((await issue('tu-phap')).body.error.code).toBe('day_off');
    t.clock.set(Date.parse('2026-11-29T02:00:00Z')); // Sunday
    expect((await issue('tu-phap')).body.error.code).toBe('day_off');
    info = (await t.request('GET', `/offices/${t.office}`)).body;
    expect(info.services.every((s: any) => !s.open)).toBe(true);

    t.clock.set(Date.parse('2026-11-30T07:00:00Z')); // Monday 14:00 local: open, a new day's limit
    expect((await issue('thi-dua')).body.ticket.number).toBe('E001');
  });
});
