/**
 * Remote numbers (số thứ tự trực tuyến): a real ticket of today taken from a verified phone, in the
 * same first-come order as the hall's, marked for the officers, within the caps per person, with
 * "your turn is near" and "called to counter N" sent to the phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAck, nextEvent } from '../support/test-app.js';
import { poll } from '../support/page-helpers.js';
import { START, phoneNo, startBookingOffice, type BookingOffice } from './booking-office.js';

describe('remote numbers', () => {
  let b: BookingOffice;
  let o: string;
  const remote = async (phone: string, serviceId = 'chung-thuc', otp?: string) =>
    b.t.request('POST', `/offices/${o}/bookings`, { kind: 'remote', serviceId, phone, otp: otp ?? (await b.otp(phone)) });
  const hall = async (serviceId = 'chung-thuc') => (await b.t.request('POST', `/offices/${o}/tickets`, { serviceId })).body.ticket;

  beforeAll(async () => {
    b = await startBookingOffice();
    o = b.t.office;
  });
  afterAll(async () => b?.close());

  it('waits in the same first-come line as the hall tickets, marked as remote on the console', async () => {
    const officer = await b.t.login(`officer2-${o}`);
    await officer.request('POST', `/offices/${o}/counters/2/open`);
    const console2 = await b.t.socket({ cookie: officer.cookie });
    await emitAck(console2, 'join', { office: o, role: 'counter', counter: '2' });
    const first = await hall();
    const heard = nextEvent(console2, 'waiting.changed', (w: any) => w.changes.some((c: any) => c.ticket.source === 'remote'));
    const taken = await remote(phoneNo(1));
    expect(taken.status).toBe(201);
    expect(taken.body.ticket).toMatchObject({ serviceId: 'chung-thuc', status: 'waiting', source: 'remote', ahead: 1 });
    expect(taken.body.booking).toMatchObject({ kind: 'remote', status: 'issued', ticketId: taken.body.ticket.id });
    expect(JSON.stringify(taken.body)).not.toContain(phoneNo(1));
    // the console learns of it with its mark
    expect((await heard).changes.find((c: any) => c.ticket.id === taken.body.ticket.id)!.ticket.source).toBe('remote');
    const third = await hall();
    const called: string[] = [];
    for (let i = 0; i < 3; i++) called.push((await officer.request('POST', `/offices/${o}/counters/2/call-next`)).body.ticket.id);
    expect(called).toEqual([first.id, taken.body.ticket.id, third.id]);
    // the phone follows it with the booking's token
    const followed = await b.t.request('GET', `/bookings/${taken.body.booking.id}?token=${taken.body.booking.token}`);
    expect(followed.body.ticket).toMatchObject({ id: taken.body.ticket.id, status: 'done' });
    await officer.request('POST', `/offices/${o}/counters/2/complete`);
  });

  it('tells the phone when its turn is near and when it is called', async () => {
    const officer = await b.t.login(`officer3-${o}`);
    await officer.request('POST', `/offices/${o}/counters/3/open`);
    const phone = phoneNo(2);
    for (let i = 0; i < 3; i++) await hall();
    const mine = (await remote(phone)).body.ticket;
    // the office says "near" at 2 ahead: after the first call, two walk-ins are ahead of it
    await officer.request('POST', `/offices/${o}/counters/3/call-next`);
    await poll(() => b.sms('turn_near').filter((m) => m.to === phone).length).toBe(1);
    expect(b.sms('turn_near').find((m) => m.to === phone)!.data).toMatchObject({ ticketId: mine.id, number: mine.number, ahead: 2 });
    for (let i = 0; i < 3; i++) await officer.request('POST', `/offices/${o}/counters/3/call-next`);
    await poll(() => b.sms('called').filter((m) => m.to === phone).length).toBe(1);
    expect(b.sms('called').find((m) => m.to === phone)!).toMatchObject({ kind: 'called', data: { ticketId: mine.id, counterNumber: 3 } });
    // once each
    await officer.request('POST', `/offices/${o}/counters/3/complete`);
    expect(b.sms('turn_near').filter((m) => m.to === phone)).toHaveLength(1);
  });

  it('gives a person two numbers a day, one per service, and a cancelled one leaves the line', async () => {
    const phone = phoneNo(3);
    const one = await remote(phone, 'chung-thuc');
    expect(one.status).toBe(201);
    const code = await b.otp(phone);
    const same = await remote(phone, 'chung-thuc', code);
    expect(same.body.error).toMatchObject({ code: 'limit_reached', values: { cap: 'service' } });
    // (a refusal leaves the code for the next try)
    expect((await remote(phone, 'tu-phap', code)).status).toBe(201);
    // a third service: over the two a day
    const third = await remote(phone, 'dat-dai');
    expect(third.body.error).toMatchObject({ code: 'limit_reached', values: { cap: 'day' } });
    const cancelled = await b.t.request('DELETE', `/bookings/${one.body.booking.id}?token=${one.body.booking.token}`);
    expect(cancelled.body.booking.status).toBe('cancelled');
    const ticket = await b.t.request('GET', `/tickets/${one.body.ticket.id}?token=${one.body.booking.token}`);
    expect(ticket.body.ticket.status).toBe('cancelled');
  });

  it('cancels a booking whose ticket was already cancelled with the ticket link (the same token)', async () => {
    const taken = (await remote(phoneNo(6))).body;
    expect((await b.t.request('POST', `/tickets/${taken.ticket.id}/cancel`, { token: taken.booking.token })).body.ticket.status).toBe('cancelled');
    const cancelled = await b.t.request('DELETE', `/bookings/${taken.booking.id}?token=${taken.booking.token}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.booking.status).toBe('cancelled');
  });

  it('is not given outside the office window, nor when the wait would run past closing', async () => {
    b.t.clock.set(START - 2 * 3600_000); // 07:00, before 07:30
    const early = await remote(phoneNo(4));
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'outside_hours', values: { reason: 'outside_window' } });
    // 15:45 and the line grows until its estimated wait runs past 17:00
    b.t.clock.set(START + 6.75 * 3600_000);
    const state = async () => (await b.t.request('GET', `/offices/${o}/booking-options`)).body.services.find((s: any) => s.id === 'chung-thuc').remote;
    expect(await state()).toMatchObject({ open: true });
    for (let i = 0; i < 80 && (await state()).open; i++) await hall();
    const closed = await state();
    expect(closed).toMatchObject({ open: false, reason: 'past_closing' });
    expect(closed.estimatedWaitMinutes).toBeGreaterThanOrEqual(75);
    const late = await remote(phoneNo(5));
    expect(late.body.error).toMatchObject({ code: 'outside_hours', values: { reason: 'past_closing' } });
    b.t.clock.set(START);
  });
});
