/**
 * Retention: raw tickets, ratings and events older than the retention period go to gzipped NDJSON
 * by office and month and leave Redis; the day rollups stay, so reports keep working. Running the
 * job again, or after it died between writing the file and deleting, does no harm.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOneTimeCode } from '../../server/bookings/one-time-code.js';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { decodeEvent } from '../../server/redis/event-codec.js';
import { keys } from '../../server/redis/keys.js';
import { archiveFile, archiveOffice, readArchive } from '../../server/retention/archive-office.js';
import { officeInstant } from '../../shared/office-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TZ = 'Asia/Ho_Chi_Minh';
const DAY = '2025-01-06';

describe('retention', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'qms-retention-'));
  const issued: { id: string; token: string }[] = [];
  let booking = '';

  beforeAll(async () => {
    t = await startTestApp({ now: officeInstant(DAY, 9 * 60, TZ) });
    const officer = await t.login(`officer1-${t.office}`);
    const c = `/offices/${t.office}/counters/1`;
    await officer.request('POST', `${c}/open`);
    for (let i = 0; i < 5; i++) issued.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket);
    // an appointment of the day nobody comes for (it expires at the close, and its record goes with the day)
    const otp = await newOneTimeCode(t.app.ctx, t.office, '0912345678');
    const booked = await t.request('POST', `/offices/${t.office}/bookings`, {
      kind: 'appointment',
      serviceId: 'tu-phap',
      slotStart: `${DAY}T15:00`,
      phone: '0912345678',
      otp,
    });
    expect(booked.status).toBe(201);
    booking = booked.body.booking.id;
    for (let i = 0; i < 3; i++) {
      t.clock.advance(60_000);
      expect((await officer.request('POST', `${c}/call-next`)).status).toBe(200);
      t.clock.advance(120_000);
      expect((await officer.request('POST', `${c}/complete`)).status).toBe(200);
      expect((await t.request('POST', `/tickets/${issued[i]!.id}/rating`, { token: issued[i]!.token, score: 4 - i })).status).toBe(201);
    }
    // the next morning the day is closed: two tickets expire
    t.clock.set(officeInstant('2025-01-07', 8 * 60, TZ));
    expect((await closeOfficeDays(t.app.ctx, t.office)).expired).toBe(2);
    // a day inside the retention period, which must stay
    t.clock.set(officeInstant('2026-02-02', 9 * 60, TZ));
    issued.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket);
    t.clock.set(officeInstant('2026-02-12', 9 * 60, TZ)); // 2025-01-06 is now 402 days old
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const summary = async () => {
    const chair = await t.login(`chair-${t.office}`);
    return (await chair.request('GET', `/offices/${t.office}/reports/summary?from=${DAY}&to=${DAY}`)).body;
  };

  it('archives the old day by office and month and removes its raw data, keeping the rollup', async () => {
    const before = await summary();
    const result = await archiveOffice(t.app.ctx, t.office, { dataDir, retentionDays: 400 });
    expect(result.days).toEqual([DAY]);
    // the day's bookings leave Redis with it
    expect(await t.redis.hget(keys.bookings(t.office), booking)).toBeNull();
    expect(await t.redis.exists(keys.dayBookings(t.office, DAY), keys.slotSeats(t.office, DAY), keys.bookingCaps(t.office, DAY))).toBe(0);
    const file = archiveFile(dataDir, t.office, '2025-01');
    expect(existsSync(file)).toBe(true);
    const records = await readArchive(file);
    expect(records.filter((r) => r.kind === 'ticket')).toHaveLength(5);
    // tickets leave in the long form (Redis keeps a short one): the file reads without this codebase
    const served = records.find((r) => r.kind === 'ticket' && r.ticket.id === issued[0]!.id) as { ticket: Record<string, unknown> } | undefined;
    expect(served?.ticket).toMatchObject({
      number: 'A001',
      date: DAY,
      serviceId: 'tu-phap',
      origServiceId: 'tu-phap',
      status: 'done',
      priority: false,
      token: issued[0]!.token,
      rated: true,
    });
    expect(records.filter((r) => r.kind === 'rating')).toHaveLength(3);
    expect(records.filter((r) => r.kind === 'rollup')).toHaveLength(1);
    expect(records.filter((r) => r.kind === 'event').map((r) => (r as { type: string }).type)).toEqual(
      expect.arrayContaining(['ticket.issued', 'ticket.called', 'ticket.done', 'rating.received', 'day.closed']),
    );
    // events leave in full too: the ticket's whole id, its number and priority at issue, who called it where
    const eventsOf = (id: string) =>
      records
        .filter((r) => r.kind === 'event' && (r.data as { id?: string }).id === id)
        .map((r) => [(r as { type: string }).type, r.kind === 'event' && r.data]);
    expect(eventsOf(issued[0]!.id)).toEqual([
      ['ticket.issued', { id: issued[0]!.id, number: 'A001', serviceId: 'tu-phap', priority: false }],
      ['ticket.called', { id: issued[0]!.id, counterId: '1', officer: `officer1-${t.office}` }],
      ['ticket.done', { id: issued[0]!.id, counterId: '1', officer: `officer1-${t.office}` }],
      ['rating.received', { id: issued[0]!.id, score: 4 }],
    ]);

    expect(await t.redis.exists(keys.tickets(t.office, DAY), keys.ratings(t.office, DAY), keys.sequences(t.office, DAY))).toBe(0);
    expect(await t.redis.exists(keys.aggregates(t.office, DAY))).toBe(1);
    const left = await t.redis.xrange(keys.events(t.office), '-', '+');
    expect(left.every(([id, f]) => decodeEvent(t.office, id, f).t >= officeInstant('2025-01-07', 0, TZ))).toBe(true);
    expect(left.length).toBeGreaterThan(0); // the recent day's events stay
    expect(await t.redis.hlen(keys.tickets(t.office, '2026-02-02'))).toBe(1);
    // reports read the rollups: the same numbers after the raw data is gone
    expect(await summary()).toEqual(before);
  });

  it('can run again, and after dying between writing the file and deleting, without duplicates', async () => {
    const file = archiveFile(dataDir, t.office, '2025-01');
    const first = await readArchive(file);
    expect((await archiveOffice(t.app.ctx, t.office, { dataDir, retentionDays: 400 })).days).toEqual([]);
    expect(await readArchive(file)).toEqual(first);
    // as if the job had died after the file was written: the raw data is back in Redis
    for (const r of first) if (r.kind === 'ticket') await t.redis.hset(keys.tickets(t.office, r.date), String(r.ticket.number), JSON.stringify(r.ticket));
    await t.redis.zadd(keys.days(t.office), 20250106, DAY);
    await t.redis.sadd(keys.closedDays(t.office), DAY);
    expect((await archiveOffice(t.app.ctx, t.office, { dataDir, retentionDays: 400 })).days).toEqual([DAY]);
    const again = await readArchive(file);
    expect(again.filter((r) => r.kind === 'ticket')).toHaveLength(5);
    expect(again.length).toBe(first.length);
    expect(await t.redis.exists(keys.tickets(t.office, DAY))).toBe(0);
  });

  it('archives events sooner than tickets when EVENT_RETENTION_DAYS is shorter', async () => {
    // the 2026-02-02 ticket's events are 10 days old: they go, the ticket stays
    const result = await archiveOffice(t.app.ctx, t.office, { dataDir, retentionDays: 400, eventRetentionDays: 3 });
    expect(result.events).toBeGreaterThan(0);
    expect(await t.redis.xlen(keys.events(t.office))).toBe(0);
    expect(await t.redis.hlen(keys.tickets(t.office, '2026-02-02'))).toBe(1);
    const records = await readArchive(archiveFile(dataDir, t.office, '2026-02'));
    expect(records.some((r) => r.kind === 'event' && r.type === 'ticket.issued')).toBe(true);
    expect(records.some((r) => r.kind === 'ticket')).toBe(false);
  });

  it('leaves a day that was never closed alone', async () => {
    await t.redis.zadd(keys.days(t.office), 20250110, '2025-01-10');
    await t.redis.hset(keys.tickets(t.office, '2025-01-10'), 'A001', JSON.stringify({ id: `${t.office}_2025-01-10_A001`, number: 'A001', status: 'waiting' }));
    expect((await archiveOffice(t.app.ctx, t.office, { dataDir, retentionDays: 400 })).days).toEqual([]);
    expect(await t.redis.hlen(keys.tickets(t.office, '2025-01-10'))).toBe(1);
  });
});
