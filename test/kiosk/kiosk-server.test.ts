import { createServer, type Server } from 'node:net';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { decodeTicket } from '../../server/tickets/ticket-codec.js';
import { pairDevice, type PairedDevice } from '../support/devices.js';
import { emitAck, nextEvent, startTestApp, type TestApp } from '../support/test-app.js';

const CCCD = '001088012345|012345678|Nguyễn Văn An|15081988|Nam|Số 5 ngõ 2, phường Tây Mỗ, Hà Nội|01012022';

describe('kiosk server side: rating tablet, network printer, identity retention', () => {
  let t: TestApp;
  /** the paired rating tablets of counters 1, 2 and 3 */
  const tablets = {} as Record<'1' | '2' | '3', PairedDevice>;
  let printer: Server;
  let printerPort = 0;
  const received: Buffer[] = [];

  beforeAll(async () => {
    printer = createServer((sock) => sock.on('data', (d) => received.push(d)));
    await new Promise<void>((res) => printer.listen(0, '127.0.0.1', () => res()));
    printerPort = (printer.address() as { port: number }).port;
    t = await startTestApp({
      publicUrl: 'https://motcua.tay-mo.example.vn',
      office: (c) => ({
        ...c,
        kiosks: [
          { id: 'k1', name: 'Kiosk sảnh', printer: { host: '127.0.0.1', port: printerPort } },
          { id: 'k2', name: 'Kiosk 2' },
        ],
      }),
    });
    const admin = await t.login(`admin-${t.office}`);
    for (const counter of ['1', '2', '3'] as const) tablets[counter] = await pairDevice(t, admin, { kind: 'tablet', counter });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((res) => printer.close(() => res()));
  });

  it('asks the counter tablet for the ticket just completed there, and takes one rating for it', async () => {
    const tablet = await t.socket({ deviceKey: tablets['2'].key });
    const joined = await emitAck<any>(tablet, 'join', { office: t.office, role: 'tablet', counter: '2' });
    expect(joined.ok).toBe(true);
    expect(joined.data.role).toBe('tablet');
    expect(joined.data.request).toBeUndefined();

    const issued = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const officer = await t.login(`officer2-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/2/open`);
    await officer.request('POST', `/offices/${t.office}/counters/2/call-next`);
    const asked = nextEvent(tablet, 'rating.requested');
    expect((await officer.request('POST', `/offices/${t.office}/counters/2/complete`)).status).toBe(200);
    const request = await asked;
    expect(request).toMatchObject({ ticketId: issued.id, number: issued.number, serviceId: 'chung-thuc', counterId: '2' });
    expect(JSON.stringify(request)).not.toContain(issued.token);

    // a tablet that reconnects is asked again
    const again = await emitAck<any>(tablet, 'join', { office: t.office, role: 'tablet', counter: '2' });
    expect(again.data.request.ticketId).toBe(issued.id);

    // counter 3's tablet is not counter 2's
    const wrongCounter = await t.request('POST', `/offices/${t.office}/counters/2/tablet-rating`, { ticketId: issued.id, score: 4 }, tablets['3'].headers);
    expect(wrongCounter.status).toBe(403);
    const notLatest = await t.request('POST', `/offices/${t.office}/counters/3/tablet-rating`, { ticketId: issued.id, score: 4 }, tablets['3'].headers);
    expect(notLatest.status).toBe(409);
    const rated = await t.request(
      'POST',
      `/offices/${t.office}/counters/2/tablet-rating`,
      { ticketId: issued.id, score: 3, chips: ['attitude'], comment: 'Nhanh' },
      tablets['2'].headers,
    );
    expect(rated.status).toBe(201);
    expect(rated.body.rating).toMatchObject({ ticketId: issued.id, score: 3, counterId: '2', source: 'tablet', chips: ['attitude'] });
    const twice = await t.request('POST', `/offices/${t.office}/counters/2/tablet-rating`, { ticketId: issued.id, score: 1 }, tablets['2'].headers);
    expect(twice.status).toBe(409);
    const status = await t.request('GET', `/tickets/${issued.id}?token=${issued.token}`);
    expect(status.body.ticket.rated).toBe(true);
    const after = await emitAck<any>(tablet, 'join', { office: t.office, role: 'tablet', counter: '2' });
    expect(after.data.request).toBeUndefined();
  });

  it("takes a tablet rating for an earlier ticket completed at the counter (a rating still being sent when the next one ends), never for another counter's", async () => {
    const officer = await t.login(`officer3-${t.office}`);
    const a = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const b = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const waiting = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    await officer.request('POST', `/offices/${t.office}/counters/3/open`);
    await officer.request('POST', `/offices/${t.office}/counters/3/call`, { ticketId: a.id });
    await officer.request('POST', `/offices/${t.office}/counters/3/call`, { ticketId: b.id }); // finishes a, calls b
    await officer.request('POST', `/offices/${t.office}/counters/3/complete`); // finishes b
    await expect.poll(async () => (await t.redis.hget(keys.tabletLast(t.office), '3')) ?? '').toContain(b.id);
    // another counter's tablet, a ticket not served yet: refused, nothing stored
    expect((await t.request('POST', `/offices/${t.office}/counters/1/tablet-rating`, { ticketId: a.id, score: 4 }, tablets['1'].headers)).status).toBe(409);
    expect((await t.request('POST', `/offices/${t.office}/counters/3/tablet-rating`, { ticketId: waiting.id, score: 4 }, tablets['3'].headers)).status).toBe(
      409,
    );
    expect(await t.redis.hget(keys.ratings(t.office, a.date), a.number)).toBeNull();
    expect((await t.request('POST', `/offices/${t.office}/counters/3/tablet-rating`, { ticketId: a.id, score: 4 }, tablets['3'].headers)).status).toBe(201);
    expect((await t.request('POST', `/offices/${t.office}/counters/3/tablet-rating`, { ticketId: b.id, score: 3 }, tablets['3'].headers)).status).toBe(201);
    expect((await t.request('POST', `/offices/${t.office}/counters/3/tablet-rating`, { ticketId: a.id, score: 1 }, tablets['3'].headers)).status).toBe(409);
    expect(JSON.parse((await t.redis.hget(keys.ratings(t.office, a.date), a.number))!)).toMatchObject({ score: 4, counterId: '3', source: 'tablet' });
  });

  it("records the tablet's question in the completing script itself: one atomic change, no write after it", async () => {
    const officer = await t.login(`officer3-${t.office}`);
    const a = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const b = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    await officer.request('POST', `/offices/${t.office}/counters/3/open`);
    await officer.request('POST', `/offices/${t.office}/counters/3/call`, { ticketId: a.id });
    // every write of the tablet's key while a call finishes a and a completion finishes b, and who made it
    const monitor = await (t.redis as Redis).monitor();
    const writes: { source: string; value: string }[] = [];
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (args[0]?.toLowerCase() === 'hset' && args[1] === keys.tabletLast(t.office)) writes.push({ source, value: args[3] ?? '' });
    });
    try {
      expect((await officer.request('POST', `/offices/${t.office}/counters/3/call`, { ticketId: b.id })).status).toBe(200);
      expect((await officer.request('POST', `/offices/${t.office}/counters/3/complete`)).status).toBe(200);
      await expect.poll(() => writes.length).toBe(2);
    } finally {
      monitor.disconnect();
    }
    expect(writes.map((w) => w.source)).toEqual(['lua', 'lua']);
    const [first, second] = writes.map((w) => JSON.parse(w.value));
    expect(first).toMatchObject({ ticketId: a.id, number: a.number, serviceId: 'chung-thuc' });
    expect(second).toMatchObject({ ticketId: b.id, number: b.number, serviceId: 'chung-thuc' });
    const done = decodeTicket((await t.redis.hget(keys.tickets(t.office, b.date), b.number))!, t.office, b.date, b.number);
    expect(second.at).toBe(done.doneAt);
  });

  it("prints a ticket on the kiosk's network ESC/POS printer", async () => {
    const info = await t.request('GET', `/offices/${t.office}/kiosks/k1`);
    expect(info.body.kiosk).toEqual({ id: 'k1', name: 'Kiosk sảnh', networkPrinter: true });
    expect((await t.request('GET', `/offices/${t.office}/kiosks/k2`)).body.kiosk.networkPrinter).toBe(false);

    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', kiosk: 'k1' })).body.ticket;
    const res = await t.request('POST', `/offices/${t.office}/kiosks/k1/print`, { ticketId: ticket.id, token: ticket.token });
    expect(res.status).toBe(200);
    await expect.poll(() => Buffer.concat(received).length).toBeGreaterThanOrEqual(res.body.printed.bytes);
    const bytes = Buffer.concat(received);
    const text = bytes.toString('latin1');
    expect(text).toContain(ticket.number);
    expect(text).toContain('Tu phap - Ho tich');
    expect(text).toContain(`phone.html?t=${ticket.id}`);
    expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true); // paper cut

    const wrongToken = await t.request('POST', `/offices/${t.office}/kiosks/k1/print`, { ticketId: ticket.id, token: 'x'.repeat(24) });
    expect(wrongToken.status).toBe(404);
    expect((await t.request('POST', `/offices/${t.office}/kiosks/k2/print`, { ticketId: ticket.id, token: ticket.token })).status).toBe(409);
  });

  it('removes identity data of scanned ID cards when the day is closed', async () => {
    const res = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'dat-dai', cccd: CCCD });
    expect(res.status).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain('Nguyễn Văn An');
    const date = res.body.ticket.date;
    const stored = async () =>
      decodeTicket((await t.redis.hget(keys.tickets(t.office, date), res.body.ticket.number))!, t.office, date, res.body.ticket.number);
    expect((await stored()).identity).toMatchObject({ idLast4: '2345', name: 'Nguyễn Văn An' });
    expect(JSON.stringify(await stored())).not.toContain('001088012345');

    t.clock.set(Date.parse(`${date}T00:00:00+07:00`) + 36 * 3600_000); // the next day, noon
    const closed = await closeOfficeDays(t.app.ctx, t.office);
    expect(closed.closed).toContain(date);
    const after = await stored();
    expect(after.identity).toBeUndefined();
    expect(after.status).toBe('expired');
  });
});
