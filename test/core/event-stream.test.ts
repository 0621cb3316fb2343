/**
 * The office's event stream (the audit trail) is kept short in Redis (scripts/includes/event-codec.lua appendEvent): the
 * entry id carries the event's time, tickets are named without their office and, on their own UTC
 * date, without their date. decodeEvent gives back the whole event, as the archive writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEvent } from '../../server/redis/event-codec.js';
import { keys } from '../../server/redis/keys.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

describe('the event stream', () => {
  let t: TestApp;
  let officer: StaffClient;
  const issue = async () => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', kiosk: 'k1' })).body.ticket;
  const stream = async () => (await t.redis.xrange(keys.events(t.office), '-', '+')) as [string, string[]][];

  beforeAll(async () => {
    t = await startTestApp({ now: Date.parse('2026-11-25T16:58:00Z') }); // 23:58 local, 25 Nov
    officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
  });
  afterAll(async () => t.close());

  it('stores short entries that expand to the whole event, across local and UTC midnight', async () => {
    const before = (await stream()).length;
    const late = await issue(); // 25 Nov, at 16:58 UTC on the 25th
    const calledAt = t.clock.now + 60_000;
    t.clock.set(calledAt);
    await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
    t.clock.set(Date.parse('2026-11-25T17:02:00Z')); // 00:02 local, 26 Nov; 17:02 UTC on the 25th
    const early = await issue();
    const entries = (await stream()).slice(before);

    // the 25th's ticket is of its events' UTC date: its number alone; the 26th's is not: date_number
    expect(entries.map(([, f]) => f)).toEqual([
      ['e', JSON.stringify(['i', 'A001', 'tu-phap', 'k1'])],
      ['e', JSON.stringify(['c', 'A001', '1', `officer1-${t.office}`])],
      ['e', JSON.stringify(['i', '2026-11-26_A001', 'tu-phap', 'k1'])],
    ]);
    expect(entries.map(([id, f]) => decodeEvent(t.office, id, f))).toEqual([
      {
        id: entries[0]![0],
        type: 'ticket.issued',
        t: Date.parse('2026-11-25T16:58:00Z'),
        data: { id: late.id, number: 'A001', serviceId: 'tu-phap', kiosk: 'k1', priority: false },
      },
      { id: entries[1]![0], type: 'ticket.called', t: calledAt, data: { id: late.id, counterId: '1', officer: `officer1-${t.office}` } },
      {
        id: entries[2]![0],
        type: 'ticket.issued',
        t: Date.parse('2026-11-25T17:02:00Z'),
        data: { id: early.id, number: 'A001', serviceId: 'tu-phap', kiosk: 'k1', priority: false },
      },
    ]);
    // the entry id is the event's time
    expect(entries.map(([id]) => Number(id.split('-')[0]))).toEqual([Date.parse('2026-11-25T16:58:00Z'), calledAt, Date.parse('2026-11-25T17:02:00Z')]);
  });

  it('an event behind the stream (another clock) is appended after it, with its own time', async () => {
    const last = (await stream()).at(-1)![0];
    const behind = Date.parse('2026-11-25T16:00:00Z');
    t.clock.set(behind);
    await officer.request('POST', `/offices/${t.office}/counters/1/pause`);
    const [id, fields] = (await stream()).at(-1)!;
    expect(id).not.toBe(last);
    expect(Number(id.split('-')[0])).toBeGreaterThanOrEqual(Number(last.split('-')[0]));
    expect(decodeEvent(t.office, id, fields)).toEqual({ id, type: 'counter.pause', t: behind, data: { counterId: '1', officer: `officer1-${t.office}` } });
  });

  it('still reads entries written before: type, t and data', () => {
    const old = [
      'type',
      'ticket.called',
      't',
      '1748824207200',
      'data',
      JSON.stringify({ id: `${t.office}_2025-06-02_A001`, counterId: '2', officer: 'canbo2', priority: false }),
    ];
    expect(decodeEvent(t.office, '1795581845749-0', old)).toEqual({
      id: '1795581845749-0',
      type: 'ticket.called',
      t: 1748824207200,
      data: { id: `${t.office}_2025-06-02_A001`, counterId: '2', officer: 'canbo2', priority: false },
    });
    // a ticket named by its whole id reads as that id
    expect(decodeEvent(t.office, '1748824207200-0', ['e', JSON.stringify(['c', `${t.office}_2025-06-02_A001`, '2', 'canbo2'])]).data).toEqual({
      id: `${t.office}_2025-06-02_A001`,
      counterId: '2',
      officer: 'canbo2',
    });
  });
});
