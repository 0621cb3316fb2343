/**
 * Every webhook event a receiver may choose, caused the way an office causes it (a booking made,
 * checked in and cancelled; tickets called, completed and absent; a rating; complaints filed,
 * answered and overdue; the day closed), each with its documented data and nothing a receiver must
 * not hold: no ticket or booking token, no booking code, no phone number, no complainant's contact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { updateComplaint } from '../../server/complaints/complaint-actions.js';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { WEBHOOK_EVENTS } from '../../shared/schemas/webhooks.js';
import { bookingConfig, MONDAY, phoneNo, START } from '../bookings/booking-office.js';
import { startReceiver, type LocalReceiver } from '../notifications/local-receivers.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { signatureValid, startWebhookReceiver, type Arrival, type WebhookReceiver } from './webhook-receiver.js';

describe('the webhook events and what they carry', () => {
  let t: TestApp;
  let workers: Workers;
  let gateway: LocalReceiver;
  let receiver: WebhookReceiver;
  let secret: string;
  const o = () => t.office;
  const of = (type: string): Arrival[] => receiver.accepted().filter((a) => a.json.type === type);

  beforeAll(async () => {
    gateway = await startReceiver();
    receiver = await startWebhookReceiver({ slowMs: 5000 });
    t = await startTestApp({ now: START, office: bookingConfig, webhooks: { networks: ['127.0.0.1/32'], attempts: 3, backoffMs: 20, recheckMs: 50 } });
    workers = await startWorkers(
      t.app.ctx,
      { url: inject('redisUrl') },
      { run: true, offices: [t.office], notifications: { webhook: { url: `${gateway.url}/sms`, timeoutMs: 2000 } } },
    );
    const admin = await t.login(`admin-${t.office}`);
    const created = await admin.request('POST', `/admin/offices/${t.office}/webhooks`, { url: receiver.url, events: [...WEBHOOK_EVENTS] });
    secret = created.body.secret;
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await receiver?.close();
    await gateway?.close();
  });

  async function otp(phone: string): Promise<string> {
    const sent = () => gateway.received.map((r) => JSON.parse(r.body.toString())).filter((m) => m.kind === 'otp' && m.to === phone);
    const before = sent().length;
    expect((await t.request('POST', `/offices/${o()}/bookings/otp`, { phone })).status).toBe(202);
    await poll(() => sent().length).toBeGreaterThan(before);
    return sent().at(-1)!.data.code as string;
  }

  it('sends all twelve, each with its data, signed, and nothing private', { timeout: 120_000 }, async () => {
    const phone = phoneNo(41);
    const kept = await t.request('POST', `/offices/${o()}/bookings`, {
      serviceId: 'tu-phap',
      kind: 'appointment',
      slotStart: `${MONDAY}T10:00`,
      phone,
      otp: await otp(phone),
    });
    expect(kept.status).toBe(201);
    const dropped = await t.request('POST', `/offices/${o()}/bookings`, {
      serviceId: 'tu-phap',
      kind: 'appointment',
      slotStart: `${MONDAY}T10:30`,
      phone: phoneNo(42),
      otp: await otp(phoneNo(42)),
      name: 'Nguyễn Văn Bình',
    });
    expect((await t.request('DELETE', `/bookings/${dropped.body.booking.id}?token=${dropped.body.booking.token}`)).status).toBe(200);
    const checkedIn = await t.request('POST', `/offices/${o()}/bookings/check-in`, { code: kept.body.booking.code });
    expect(checkedIn.status).toBe(201);
    const absent = (await t.request('POST', `/offices/${o()}/tickets`, { serviceId: 'tu-phap' })).body.ticket;

    const officer = await t.login(`officer1-${o()}`);
    const counter = (action: string) => officer.request('POST', `/offices/${o()}/counters/1/${action}`);
    await counter('open');
    t.clock.set(START + 56 * 60_000); // the appointment (10:00) is called first from 09:55
    expect((await counter('call-next')).body.ticket.id).toBe(checkedIn.body.ticket.id);
    await counter('complete');
    expect((await counter('call-next')).body.ticket.id).toBe(absent.id);
    await counter('no-show');
    const rated = await t.request('POST', `/tickets/${checkedIn.body.ticket.id}/rating`, {
      token: checkedIn.body.ticket.token,
      score: 4,
      comment: 'Nhanh gọn',
    });
    expect(rated.status).toBe(201);

    const complaint = {
      topic: 'waiting_time',
      message: 'Chờ lâu quá',
      contactName: 'Trần Thị Hoa',
      contactPhone: '0987654321',
      contactEmail: 'hoa@example.vn',
    };
    const answered = (await t.request('POST', `/offices/${o()}/complaints`, complaint)).body.complaint;
    const late = (await t.request('POST', `/offices/${o()}/complaints`, { topic: 'attitude' })).body.complaint;
    const chair = await t.login(`chair-${o()}`);
    expect((await chair.request('POST', `/offices/${o()}/complaints/${answered.id}/respond`, { response: 'Đã bố trí thêm quầy' })).status).toBe(200);
    await updateComplaint(t.app.ctx, o(), late.id, 'overdue', 'system');
    await counter('close');
    t.clock.set(Date.parse(`${MONDAY}T10:30:00Z`)); // 17:30 in the office: past closing time
    expect((await closeOfficeDays(t.app.ctx, o())).closed).toEqual([MONDAY]);

    await poll(() => new Set(receiver.accepted().map((a) => a.json.type)).size, 60_000).toBe(WEBHOOK_EVENTS.length);
    await poll(() => receiver.accepted().length).toBe(16);
    expect(receiver.received.every((a) => signatureValid(secret, a) && a.json.office === o())).toBe(true);

    expect(
      of('booking.made')
        .map((a) => a.json.data.booking.id)
        .sort(),
    ).toEqual([kept.body.booking.id, dropped.body.booking.id].sort());
    expect(of('booking.cancelled')[0]!.json.data.booking).toMatchObject({ id: dropped.body.booking.id, status: 'cancelled' });
    expect(of('booking.checked_in')[0]!.json.data.booking).toMatchObject({ id: kept.body.booking.id, ticketId: checkedIn.body.ticket.id });
    expect(
      of('ticket.issued')
        .map((a) => a.json.data.ticket.id)
        .sort(),
    ).toEqual([checkedIn.body.ticket.id, absent.id].sort());
    expect(of('ticket.issued').find((a) => a.json.data.ticket.id === checkedIn.body.ticket.id)!.json.data.ticket).toMatchObject({
      source: 'appointment',
      bookingId: kept.body.booking.id,
      status: 'waiting',
    });
    expect(of('ticket.completed')[0]!.json.data.ticket).toMatchObject({
      id: checkedIn.body.ticket.id,
      status: 'done',
      counterId: '1',
      officer: `officer1-${o()}`,
    });
    expect(of('ticket.no_show')[0]!.json.data.ticket).toMatchObject({ id: absent.id, status: 'no_show' });
    expect(of('rating.received')[0]!.json.data.rating).toMatchObject({ ticketId: checkedIn.body.ticket.id, score: 4, comment: 'Nhanh gọn', counterId: '1' });
    expect(Object.fromEntries(of('complaint.filed').map((a) => [a.json.data.complaint.id, a.json.data.complaint.hasContact]))).toEqual({
      [answered.id]: true,
      [late.id]: false,
    });
    expect(of('complaint.answered')[0]!.json.data.complaint).toMatchObject({ id: answered.id, response: 'Đã bố trí thêm quầy', status: 'in_progress' });
    expect(of('complaint.overdue')[0]!.json.data.complaint).toMatchObject({ id: late.id, status: 'new' });
    const day = of('day.closed')[0]!.json;
    expect(day.data).toMatchObject({ date: MONDAY, figures: { issued: 2, served: 1, noShow: 1, complaints: 2 } });
    expect(day.data.figures.bookings).toMatchObject({ booked: 2, cancelled: 1, checkedIn: 1 });

    // nothing a receiver must not hold
    const everything = receiver.received.map((a) => a.body).join('\n');
    for (const secretValue of [
      kept.body.booking.token,
      kept.body.booking.code,
      dropped.body.booking.token,
      checkedIn.body.ticket.token,
      absent.token,
      phone,
      phoneNo(42),
      'Nguyễn Văn Bình',
      complaint.contactName,
      complaint.contactPhone,
      complaint.contactEmail,
    ])
      expect(everything).not.toContain(secretValue);
    expect(everything).not.toMatch(/"(token|code|phone|phoneHash|identity|contactPhone|contactName|contactEmail)"/);
  });
});
