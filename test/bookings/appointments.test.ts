/**
 * Appointments (đặt lịch hẹn): slots and seats, caps per person, idempotent retries, cancellation,
 * check-in at the kiosk, and call-next calling a checked-in appointment ahead of walk-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOneTimeCode, phoneHash } from '../../server/bookings/one-time-code.js';
import { notificationId, notificationQueue } from '../../server/notifications/notify.js';
import { keys } from '../../server/redis/keys.js';
import { poll } from '../support/page-helpers.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { MONDAY, START, TUESDAY, WEDNESDAY, phoneNo, startBookingOffice, type BookingOffice } from './booking-office.js';

describe('appointments', () => {
  let b: BookingOffice;
  let o: string;
  const book = (body: Record<string, unknown>) => b.t.request('POST', `/offices/${o}/bookings`, { kind: 'appointment', serviceId: 'tu-phap', ...body });
  /** a code made through the domain function: many phones at once, without waiting for SMS */
  const code = (phone: string) => newOneTimeCode(b.t.app.ctx, o, phone);

  beforeAll(async () => {
    b = await startBookingOffice();
    o = b.t.office;
  });
  afterAll(async () => b?.close());

  it('lists the free slots of the coming working days, bookable until their cut-off', async () => {
    const res = await b.t.request('GET', `/offices/${o}/booking-options`);
    expect(res.status).toBe(200);
    const tuPhap = res.body.services.find((s: any) => s.id === 'tu-phap');
    expect(tuPhap.remote).toMatchObject({ open: true });
    const days = tuPhap.appointment.days.map((d: any) => d.date);
    expect(days[0]).toBe(MONDAY);
    expect(days).not.toContain('2026-11-28'); // Saturday
    // Monday 09:00 now, cut-off 30 min: 09:30 closed just now, 10:00 is the first bookable slot today
    expect(tuPhap.appointment.days[0].slots[0]).toEqual({ start: `${MONDAY}T10:00`, end: `${MONDAY}T10:30`, capacity: 10, remaining: 10 });
    expect(tuPhap.appointment.days[1].slots.map((s: any) => s.start.slice(11))).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30']);
    expect(res.body.services.find((s: any) => s.id === 'chung-thuc').appointment).toBeUndefined();
  });

  it('gives exactly the seats of a slot to 200 concurrent requests, never over a cap', async () => {
    const phones = Array.from({ length: 200 }, (_, i) => phoneNo(1000 + i));
    const codes = await Promise.all(phones.map(code));
    const results = await Promise.all(phones.map((phone, i) => book({ slotStart: `${TUESDAY}T08:00`, phone, otp: codes[i] })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(190);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'slot_full')).toBe(true);
    expect(await b.t.redis.hget(keys.slotSeats(o, TUESDAY), 'tu-phap|08:00')).toBe('10');
    const options = await b.t.request('GET', `/offices/${o}/booking-options`);
    const tuesday = options.body.services.find((s: any) => s.id === 'tu-phap').appointment.days[1];
    expect(tuesday.slots.find((s: any) => s.start.endsWith('08:00')).remaining).toBe(0);
  });

  it('holds a person to one booking per service a day; a retry answers the first booking', async () => {
    const phone = phoneNo(1);
    const first = await book({ slotStart: `${TUESDAY}T09:00`, phone, otp: await code(phone), idempotencyKey: 'retry-key-1' });
    expect(first.status).toBe(201);
    expect(first.body.booking).toMatchObject({ kind: 'appointment', status: 'booked', serviceId: 'tu-phap', slotStart: `${TUESDAY}T09:00` });
    expect(first.body.booking.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(JSON.stringify(first.body)).not.toContain(phone);
    // the same request again (the answer was lost): the same booking, no second seat
    const again = await book({ slotStart: `${TUESDAY}T09:00`, phone, otp: '000000', idempotencyKey: 'retry-key-1' });
    expect(again.status).toBe(200);
    expect(again.body.booking.id).toBe(first.body.booking.id);
    expect(await b.t.redis.hget(keys.slotSeats(o, TUESDAY), 'tu-phap|09:00')).toBe('1');
    // another slot of the same service the same day: over the per-service cap, and nothing changes
    const before = await officeFingerprint(b.t.redis, o);
    const second = await book({ slotStart: `${TUESDAY}T10:00`, phone, otp: await code(phone) });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'limit_reached', values: { cap: 'service' } });
    // (the phone's new one-time code is the only difference: it stays for a next try)
    const withoutCodes = (f: string) => f.split('\n').filter((l) => !l.includes(':otp:'));
    expect(withoutCodes(await officeFingerprint(b.t.redis, o))).toEqual(withoutCodes(before));
  });

  it('holds one device to four bookings a day, whatever the numbers', async () => {
    const device = 'device-of-one-phone-0001';
    const results = [];
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const phone = phoneNo(3000 + i);
      codes.push(await code(phone));
      results.push(await book({ slotStart: `${WEDNESDAY}T09:00`, phone, otp: codes[i], device }));
    }
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 409]);
    expect(results[4]!.body.error).toMatchObject({ code: 'limit_reached', values: { cap: 'device', max: 4 } });
    // a cancelled booking gives the device its place back
    const first = results[0]!.body.booking;
    await b.t.request('DELETE', `/bookings/${first.id}?token=${first.token}`);
    // (the refused booking left its code for the next try)
    expect((await book({ slotStart: `${WEDNESDAY}T09:00`, phone: phoneNo(3004), otp: codes[4], device })).status).toBe(201);
  });

  it('refuses a wrong one-time code, and any code after five wrong tries', async () => {
    const phone = phoneNo(2);
    const right = await code(phone);
    const wrong = right === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) {
      const res = await book({ slotStart: `${TUESDAY}T09:30`, phone, otp: wrong });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('otp_invalid');
    }
    expect((await book({ slotStart: `${TUESDAY}T09:30`, phone, otp: right })).body.error.code).toBe('otp_invalid');
    expect(await b.t.redis.hget(keys.slotSeats(o, TUESDAY), 'tu-phap|09:30')).toBeNull();
  });

  it('refuses a code once it has expired', async () => {
    const phone = phoneNo(5);
    const right = await code(phone);
    // the code's key lives ten minutes in Redis: let it run out now
    const key = keys.otp(o, phoneHash(b.t.app.ctx, phone));
    expect(await b.t.redis.pttl(key)).toBeGreaterThan(9 * 60_000);
    await b.t.redis.pexpire(key, 1);
    await poll(() => b.t.redis.exists(key)).toBe(0);
    const res = await book({ slotStart: `${TUESDAY}T09:30`, phone, otp: right });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('otp_invalid');
  });

  it('frees the seat at once when the citizen cancels', async () => {
    const phones = Array.from({ length: 10 }, (_, i) => phoneNo(2000 + i));
    const made = await Promise.all(phones.map(async (phone) => (await book({ slotStart: `${TUESDAY}T10:30`, phone, otp: await code(phone) })).body.booking));
    const late = phoneNo(2100);
    const lateCode = await code(late);
    expect((await book({ slotStart: `${TUESDAY}T10:30`, phone: late, otp: lateCode })).body.error.code).toBe('slot_full');
    const gone = made[0];
    expect((await b.t.request('DELETE', `/bookings/${gone.id}?token=${'x'.repeat(24)}`)).status).toBe(404);
    const cancelled = await b.t.request('DELETE', `/bookings/${gone.id}?token=${gone.token}`);
    expect(cancelled.body.booking.status).toBe('cancelled');
    // (the code was not used up by the refusal)
    expect((await book({ slotStart: `${TUESDAY}T10:30`, phone: late, otp: lateCode })).status).toBe(201);
    expect((await b.t.request('DELETE', `/bookings/${gone.id}?token=${gone.token}`)).status).toBe(409);
  });

  it('checks in once at the kiosk, and call-next takes the appointment ahead of walk-ins from 5 minutes before its slot', async () => {
    const phone = phoneNo(3);
    const booked = (await book({ slotStart: `${MONDAY}T10:00`, phone, otp: await code(phone) })).body.booking;
    // three walk-ins waiting
    for (let i = 0; i < 3; i++) expect((await b.t.request('POST', `/offices/${o}/tickets`, { serviceId: 'tu-phap' })).status).toBe(201);
    const checkIn = (c: string) => b.t.request('POST', `/offices/${o}/bookings/check-in`, { code: c });
    expect((await checkIn('ZZZZZZ')).status).toBe(404);
    const first = await b.t.request('POST', `/offices/${o}/bookings/check-in`, { code: booked.code.toLowerCase(), idempotencyKey: 'kiosk-tap-0001' });
    expect(first.status).toBe(201);
    const ticket = first.body.ticket;
    // its slot (10:00) is not due at 09:00: the three walk-ins are ahead of it until 09:55
    expect(ticket).toMatchObject({ serviceId: 'tu-phap', source: 'appointment', status: 'waiting', ahead: 3 });
    expect((await b.t.request('GET', `/bookings/${booked.id}?token=${booked.token}`)).body.ticket.ahead).toBe(3);
    // the kiosk lost the answer and asks again with its key: the same ticket, not "already used"
    const retried = await b.t.request('POST', `/offices/${o}/bookings/check-in`, { code: booked.code, idempotencyKey: 'kiosk-tap-0001' });
    expect(retried.status).toBe(200);
    expect(retried.body.ticket.id).toBe(ticket.id);
    expect((await checkIn(booked.code)).status).toBe(409);
    const officer = await b.t.login(`officer1-${o}`);
    await officer.request('POST', `/offices/${o}/counters/1/open`);
    // 09:00: the slot (10:00) is not due yet: the first walk-in comes first
    const walkIn = await officer.request('POST', `/offices/${o}/counters/1/call-next`);
    expect(walkIn.body.ticket.source).toBeUndefined();
    // 09:56: due (five minutes before 10:00), ahead of the two walk-ins still waiting
    b.t.clock.set(START + 56 * 60_000);
    const second = await officer.request('POST', `/offices/${o}/counters/1/call-next`);
    expect(second.body.ticket).toMatchObject({ id: ticket.id, source: 'appointment' });
    const stored = await b.t.request('GET', `/bookings/${booked.id}?token=${booked.token}`);
    expect(stored.body.booking).toMatchObject({ status: 'checked_in', ticketId: ticket.id });
    b.t.clock.set(START);
  });

  it('sends the confirmation and the reminders once, and takes the reminders back when the booking is cancelled', async () => {
    const phone = phoneNo(4);
    const booked = (await book({ slotStart: `${WEDNESDAY}T08:30`, phone, otp: await code(phone) })).body.booking;
    await poll(() => b.sms('booking_confirmed').filter((m) => m.to === phone).length).toBe(1);
    const confirmation = b.sms('booking_confirmed').find((m) => m.to === phone)!;
    expect(confirmation.data).toMatchObject({ bookingId: booked.id, date: WEDNESDAY, time: '08:30' });
    // the reminders wait in the queue until their time (the day before, 30 minutes before)
    const queue = notificationQueue(b.t.redis, b.t.app.ctx.jobPrefix);
    const reminder = (kind: 'reminder_day_before' | 'reminder_soon') => queue.getJobState(notificationId(o, kind, booked.id));
    await poll(() => reminder('reminder_soon')).toBe('delayed');
    expect(await reminder('reminder_day_before')).toBe('delayed');
    await b.t.request('DELETE', `/bookings/${booked.id}?token=${booked.token}`);
    await poll(() => b.sms('booking_cancelled').filter((m) => m.to === phone).length).toBe(1);
    expect(await reminder('reminder_soon')).toBe('unknown');
    expect(await reminder('reminder_day_before')).toBe('unknown');
  });
});
