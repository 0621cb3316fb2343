/**
 * The range reports count a day's bookings: appointments booked, cancelled, checked in, called within
 * their slot, and those nobody came for, which the day close expires; remote numbers taken, served, absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOneTimeCode } from '../../server/bookings/one-time-code.js';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { START, TUESDAY, phoneNo, startBookingOffice, type BookingOffice } from './booking-office.js';

describe('booking figures in the reports', () => {
  let b: BookingOffice;
  let o: string;
  const at = (hhmm: string) => Date.parse(`${TUESDAY}T${hhmm}:00+07:00`);

  beforeAll(async () => {
    b = await startBookingOffice();
    o = b.t.office;
  });
  afterAll(async () => b?.close());

  it('counts booked, cancelled, checked in, called within the slot, expired, and remote numbers served and absent', async () => {
    const t = b.t;
    const booking = async (n: number) => {
      const phone = phoneNo(n);
      const otp = await newOneTimeCode(t.app.ctx, o, phone);
      return (await t.request('POST', `/offices/${o}/bookings`, { kind: 'appointment', serviceId: 'tu-phap', slotStart: `${TUESDAY}T08:00`, phone, otp })).body
        .booking;
    };
    const [kept, cancelled] = [await booking(1), await booking(2), await booking(3)];
    await t.request('DELETE', `/bookings/${cancelled.id}?token=${cancelled.token}`);

    // Tuesday 07:55: the first checks in and is called at 08:01, within the 08:00–08:30 slot
    t.clock.set(at('07:55'));
    expect((await t.request('POST', `/offices/${o}/bookings/check-in`, { code: kept.code })).status).toBe(201);
    const officer = await t.login(`officer1-${o}`);
    await officer.request('POST', `/offices/${o}/counters/1/open`);
    t.clock.set(at('08:01'));
    expect((await officer.request('POST', `/offices/${o}/counters/1/call-next`)).body.ticket.source).toBe('appointment');
    await officer.request('POST', `/offices/${o}/counters/1/complete`);

    // two remote numbers: one served, one absent
    for (const n of [4, 5]) {
      const phone = phoneNo(n);
      const otp = await newOneTimeCode(t.app.ctx, o, phone);
      expect((await t.request('POST', `/offices/${o}/bookings`, { kind: 'remote', serviceId: 'tu-phap', phone, otp })).status).toBe(201);
    }
    await officer.request('POST', `/offices/${o}/counters/1/call-next`);
    await officer.request('POST', `/offices/${o}/counters/1/complete`);
    await officer.request('POST', `/offices/${o}/counters/1/call-next`);
    await officer.request('POST', `/offices/${o}/counters/1/no-show`);

    // the day closes: the third appointment nobody came for expires
    t.clock.set(at('18:00'));
    await closeOfficeDays(t.app.ctx, o);
    // the day's bookings forget their citizens: no number, no name, no code to check in with
    const stored = Object.values(await t.redis.hgetall(keys.bookings(o))).map((raw) => JSON.parse(raw));
    expect(stored.length).toBeGreaterThanOrEqual(5);
    expect(stored.filter((x) => x.date === TUESDAY).every((x) => x.phone === undefined && x.name === undefined)).toBe(true);
    expect(await t.redis.hget(keys.bookingCodes(o), kept.code)).toBeNull();
    const chair = await t.login(`chair-${o}`);
    const report = await chair.request('GET', `/offices/${o}/reports/summary?from=${TUESDAY}&to=${TUESDAY}`);
    expect(report.status).toBe(200);
    expect(report.body.bookings).toEqual({
      booked: 3,
      cancelled: 1,
      expired: 1,
      checkedIn: 1,
      checkedInLate: 0,
      slotCalled: 1,
      calledWithinSlot: 1,
      calledWithinSlotShare: 1,
      remote: 2,
      remoteServed: 1,
      remoteNoShow: 1,
    });
    const byService = await chair.request('GET', `/offices/${o}/reports/breakdown?from=${TUESDAY}&to=${TUESDAY}&by=service`);
    expect(byService.body.rows.find((r: any) => r.key === 'tu-phap').bookings).toMatchObject({ booked: 3, remote: 2 });
    const csv = await fetch(`${t.api}/offices/${o}/reports/export?from=${TUESDAY}&to=${TUESDAY}&format=csv`, { headers: { cookie: chair.cookie } });
    expect(await csv.text()).toContain('Lịch hẹn bỏ trống');
    t.clock.set(START);
  });
});
