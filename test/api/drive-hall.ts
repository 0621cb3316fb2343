/** Kiosk, phone, counter console and rating tablet, each route with a request that succeeds (the recorder checks every answer). */
import { expect } from 'vitest';
import { browserSubscription } from '../notifications/local-receivers.js';
import type { Caller } from './openapi-recorder.js';
import type { DescribedOffice } from './openapi-office.js';

export interface IssuedTicket {
  id: string;
  token: string;
  number: string;
}

/** Pairs a device through the API: the screen asks, the admin confirms, the screen collects its key. */
export async function pairThroughApi(o: DescribedOffice, spec: { kind: string; name: string; counter?: string }): Promise<{ id: string; caller: Caller }> {
  const { api, office, people } = o;
  const created = await api.call('POST /admin/offices/:office/devices', { as: people.admin, params: { office }, body: spec });
  expect(created.status).toBe(201);
  const device = (created.body as { device: { id: string } }).device.id;
  const asked = await api.call('POST /devices/pairing-requests', { body: { kind: spec.kind } });
  expect(asked.status).toBe(201);
  const { code, secret } = asked.body as { code: string; secret: string };
  expect((await api.call('POST /devices/pairing-requests/claim', { body: { code, secret } })).status).toBe(202);
  expect((await api.call('POST /admin/offices/:office/devices/:device/pair', { as: people.admin, params: { office, device }, body: { code } })).status).toBe(
    200,
  );
  const claimed = await api.call('POST /devices/pairing-requests/claim', { body: { code, secret } });
  expect(claimed.status).toBe(200);
  return { id: device, caller: { headers: { 'x-device-key': (claimed.body as { key: string }).key } } };
}

export async function driveCitizens(o: DescribedOffice): Promise<{ complaint: string }> {
  const { api, office } = o;
  const params = { office };
  expect((await api.call('GET /offices/:office', { params })).status).toBe(200);
  expect((await api.call('GET /offices/:office/board', { params })).status).toBe(200);
  const take = {
    serviceId: 'chung-thuc',
    idempotencyKey: 'openapi-key-1',
    kiosk: 'k1',
    cccd: '001088012345|012345678|Nguyễn Văn An|15081988|Nam|Tây Mỗ|01012022',
  };
  const first = await api.call('POST /offices/:office/tickets', { params, body: take });
  expect(first.status).toBe(201);
  expect((await api.call('POST /offices/:office/tickets', { params, body: take })).status).toBe(200);
  const ticket = (first.body as { ticket: IssuedTicket }).ticket;
  expect((await api.call('GET /tickets/:id', { params: { id: ticket.id }, query: { token: ticket.token } })).status).toBe(200);

  expect((await api.call('GET /push/key')).status).toBe(200);
  const { subscription } = browserSubscription('https://fcm.googleapis.com/fcm/send/openapi-check');
  expect((await api.call('POST /tickets/:id/push', { params: { id: ticket.id }, body: { token: ticket.token, subscription } })).status).toBe(204);

  expect((await api.call('GET /offices/:office/kiosks/:kiosk', { params: { office, kiosk: 'k1' } })).status).toBe(200);
  const printed = await api.call('POST /offices/:office/kiosks/:kiosk/print', {
    params: { office, kiosk: 'k1' },
    body: { ticketId: ticket.id, token: ticket.token },
  });
  expect(printed.status).toBe(200);

  const filed = await api.call('POST /offices/:office/complaints', {
    params,
    body: { topic: 'waiting_time', message: 'Chờ lâu', ticketId: ticket.id, token: ticket.token, contactEmail: 'an@example.vn', source: 'phone' },
  });
  expect(filed.status).toBe(201);
  expect((await api.call('POST /tickets/:id/cancel', { params: { id: ticket.id }, body: { token: ticket.token } })).status).toBe(200);
  // refusals with bodies of their own: a ticket nobody has, a cancelled one cancelled again
  expect((await api.call('GET /tickets/:id', { params: { id: `${office}_2026-11-23_Z999` }, query: { token: ticket.token } })).status).toBe(404);
  expect((await api.call('POST /tickets/:id/cancel', { params: { id: ticket.id }, body: { token: ticket.token } })).status).toBe(409);
  return { complaint: (filed.body as { complaint: { id: string } }).complaint.id };
}

/**
 * Counter 1 (tu-phap, tra-ket-qua) through every action; its tablet and the phone rate what it served.
 * Returns the first ticket served: completed with two dossier codes (HS-2026-0001 received at the desk,
 * HS-2026-0002 waiting for its dates) and rated on the tablet.
 */
export async function driveCounter(o: DescribedOffice): Promise<{ served: IssuedTicket }> {
  const { api, office, people } = o;
  const issue = async () =>
    (
      (await api.call('POST /offices/:office/tickets', { params: { office }, body: { serviceId: 'tu-phap' } })).body as {
        ticket: IssuedTicket;
      }
    ).ticket;
  const [t1, t2, t3, t4] = [await issue(), await issue(), await issue(), await issue()];
  const at = { office, counter: '1' };
  const act = async (action: string, body?: unknown) => {
    const res = await api.call(`POST /offices/:office/counters/:counter/${action}` as 'POST /offices/:office/counters/:counter/open', {
      as: people.officer,
      params: at,
      body,
    });
    expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res;
  };
  expect((await api.call('GET /offices/:office/counters/:counter', { as: people.officer, params: at })).status).toBe(200);
  await act('open');
  await act('pause');
  await act('resume');
  expect((await act('call-next')).body.ticket.id).toBe(t1.id);
  expect((await api.call('GET /offices/:office/counters/:counter', { as: people.officer, params: at })).status).toBe(200);
  await act('start');
  const completed = await act('complete', { dossiers: ['HS-2026-0002', { code: 'HS-2026-0001', dueDate: '2026-11-27', title: 'Chứng thực bản sao' }] });
  expect(completed.body.ticket.dossiers).toEqual(['HS-2026-0002', 'HS-2026-0001']);
  expect((await act('call', { ticketId: t3.id })).body.ticket.id).toBe(t3.id);
  await act('recall');
  await act('no-show');
  expect((await act('call-next')).body.ticket.id).toBe(t2.id);
  await act('transfer', { serviceId: 'chung-thuc' });
  expect((await act('call-next')).body.ticket.id).toBe(t4.id);
  // the body of before: one dossier received at the desk
  await act('complete', { dossier: { code: 'HS-2026-0004', dueDate: '2026-11-30' } });
  expect((await act('call-next')).status).toBe(204);
  // another officer on a counter held: 409 counter_taken naming the holder
  const other = await api.login(`officer2-${office}`, 'test-password-1');
  expect((await api.call('POST /offices/:office/counters/:counter/open', { as: other, params: at, body: {} })).status).toBe(409);
  await act('close');

  const tablet = await pairThroughApi(o, { kind: 'tablet', name: 'Máy tính bảng quầy 1', counter: '1' });
  const rated = await api.call('POST /offices/:office/counters/:counter/tablet-rating', {
    as: tablet.caller,
    params: at,
    body: { ticketId: t1.id, score: 3, chips: ['attitude'], comment: 'Nhanh' },
  });
  expect(rated.status).toBe(201);
  const phone = { token: t4.token, score: 2, criteria: { attitude: 2, total_time: 0 }, comment: 'Chờ hơi lâu', source: 'phone' };
  expect((await api.call('POST /tickets/:id/rating', { params: { id: t4.id }, body: phone })).status).toBe(201);
  expect((await api.call('POST /tickets/:id/rating', { params: { id: t4.id }, body: phone })).status).toBe(409);
  return { served: t1 };
}

/** Bookings from a phone: an appointment booked, read and cancelled; one checked in at the kiosk; a remote number. */
export async function driveBookings(o: DescribedOffice): Promise<void> {
  const { api, office } = o;
  const params = { office };
  expect((await api.call('GET /offices/:office/booking-options', { params })).status).toBe(200);
  const book = async (phone: string, body: Record<string, unknown>) =>
    api.call('POST /offices/:office/bookings', { params, body: { phone, otp: await o.otp(phone), ...body } });

  const later = await book('0912000101', {
    serviceId: 'tu-phap',
    kind: 'appointment',
    slotStart: '2026-11-24T09:00',
    name: 'Nguyễn Văn An',
    idempotencyKey: 'openapi-book-1',
  });
  expect(later.status).toBe(201);
  const again = await api.call('POST /offices/:office/bookings', {
    params,
    body: {
      phone: '0912000101',
      otp: '000000',
      serviceId: 'tu-phap',
      kind: 'appointment',
      slotStart: '2026-11-24T09:00',
      name: 'Nguyễn Văn An',
      idempotencyKey: 'openapi-book-1',
    },
  });
  expect(again.status).toBe(200);
  const booking = (later.body as { booking: { id: string; token: string } }).booking;
  expect((await api.call('GET /bookings/:id', { params: { id: booking.id }, query: { token: booking.token } })).status).toBe(200);
  expect((await api.call('DELETE /bookings/:id', { params: { id: booking.id }, query: { token: booking.token } })).status).toBe(200);

  const today = await book('0912000102', { serviceId: 'tu-phap', kind: 'appointment', slotStart: '2026-11-23T10:00', name: 'Trần Thị Bình' });
  expect(today.status).toBe(201);
  const code = (today.body as { booking: { code: string } }).booking.code;
  const checkIn = { code, kiosk: 'k1', idempotencyKey: 'openapi-check-in-1' };
  expect((await api.call('POST /offices/:office/bookings/check-in', { params, body: checkIn })).status).toBe(201);
  expect((await api.call('POST /offices/:office/bookings/check-in', { params, body: checkIn })).status).toBe(200);
  expect((await api.call('POST /offices/:office/bookings/check-in', { params, body: { code } })).status).toBe(409);

  const remote = await book('0912000103', { serviceId: 'chung-thuc', kind: 'remote', name: 'Lê Văn Cường' });
  expect(remote.status).toBe(201);
  const taken = remote.body as { booking: { id: string; token: string } };
  expect((await api.call('GET /bookings/:id', { params: { id: taken.booking.id }, query: { token: taken.booking.token } })).status).toBe(200);
}
