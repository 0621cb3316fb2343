/**
 * The Lua includes and the TypeScript that must agree with them (each include names its mirror in
 * its header), run against each other through Redis EVAL of the include itself: what one side
 * writes the other reads back whole. The histogram's pair is pinned in
 * test/reports/histogram-periods.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRedis } from '../../server/redis/connect.js';
import { decodeEvent } from '../../server/redis/event-codec.js';
import { keys } from '../../server/redis/keys.js';
import { includeSource, type RedisClient } from '../../server/redis/scripts.js';
import { decodeTicket, encodeTicket } from '../../server/tickets/ticket-codec.js';
import type { StoredTicket } from '../../server/tickets/ticket-view.js';
import { utcDate } from '../../shared/office-time.js';

const OFFICE = `mirror-${process.pid}`;
const DAY = '2026-11-25';
const NINE = Date.parse(`${DAY}T02:00:00Z`);
const base = {
  id: `${OFFICE}_${DAY}_A001`,
  number: 'A001',
  date: DAY,
  serviceId: 'tu-phap',
  origServiceId: 'tu-phap',
  issuedAt: NINE,
  hour: '09',
  token: 'tok-0123456789abcdef',
};

/** Tickets through their life, each with something the stored form leaves out or shortens. */
const TICKETS: StoredTicket[] = [
  { ...base, status: 'waiting', priority: false },
  {
    ...base,
    status: 'waiting',
    priority: true,
    priorityCategory: 'elderly',
    kiosk: 'k1',
    identity: { idLast4: '2345', idHash: 'h', name: 'Nguyễn Văn An', birthDate: '1960-01-01', sex: 'Nam', address: '12 Láng Hạ' },
  },
  { ...base, status: 'waiting', priority: true },
  { ...base, status: 'called', priority: false, calledAt: NINE + 60_000, firstCalledAt: NINE + 60_000, counterId: '1', officer: 'canbo1' },
  {
    ...base,
    status: 'done',
    priority: false,
    calledAt: NINE + 60_000,
    firstCalledAt: NINE + 60_000,
    servedAt: NINE + 90_000,
    doneAt: NINE + 300_000,
    counterId: '1',
    officer: 'canbo1',
    recalls: 2,
    dossier: 'HS-1',
    rated: true,
  },
  {
    ...base,
    status: 'waiting',
    priority: false,
    serviceId: 'dat-dai',
    firstCalledAt: NINE + 60_000,
    recalls: 1,
    transfers: [{ from: 'tu-phap', to: 'dat-dai', at: NINE + 90_000 }],
  },
  {
    ...base,
    status: 'serving',
    priority: false,
    serviceId: 'dat-dai',
    calledAt: NINE + 200_000,
    firstCalledAt: NINE + 60_000,
    servedAt: NINE + 230_000,
    counterId: '4',
    officer: 'canbo4',
    transfers: [{ from: 'tu-phap', to: 'dat-dai', at: NINE + 90_000 }],
  },
  {
    ...base,
    status: 'closed_at_day_end',
    priority: false,
    calledAt: NINE + 60_000,
    firstCalledAt: NINE + 60_000,
    doneAt: NINE + 36_000_000,
    counterId: '2',
    officer: 'canbo2',
  },
  { ...base, status: 'expired', priority: false, doneAt: NINE + 36_000_000 },
  // several dossier codes (the list the scripts keep since one ticket may serve many)
  {
    ...base,
    status: 'done',
    priority: false,
    calledAt: NINE + 60_000,
    firstCalledAt: NINE + 60_000,
    doneAt: NINE + 300_000,
    counterId: '1',
    officer: 'canbo1',
    dossiers: ['HS-1', 'H26.22-241125-0001'],
  },
] as StoredTicket[];

describe('Lua includes and their TypeScript mirrors', () => {
  let redis: RedisClient;
  beforeAll(() => {
    redis = createRedis({ url: inject('redisUrl') });
  });
  afterAll(async () => {
    await redis.del(keys.events(OFFICE));
    redis.disconnect();
  });
  const evalWith = async (include: string, body: string, keyList: string[], argv: (string | number)[]) =>
    (await redis.eval(`${includeSource(include)}\n${body}`, keyList.length, ...keyList, ...argv)) as unknown;

  it('ticket codec: what TypeScript stores the scripts read whole, and what the scripts store TypeScript reads whole', async () => {
    for (const ticket of TICKETS) {
      const fromTs = encodeTicket(ticket);
      const readByLua = JSON.parse(
        (await evalWith(
          'ticket-codec',
          'return cjson.encode(decodeTicket(ARGV[1], ARGV[2], ARGV[3], ARGV[4]))',
          [],
          [fromTs, OFFICE, DAY, ticket.number],
        )) as string,
      );
      expect(readByLua, ticket.status).toEqual(ticket);

      const fromLua = (await evalWith('ticket-codec', 'return encodeTicket(cjson.decode(ARGV[1]))', [], [JSON.stringify(ticket)])) as string;
      expect(decodeTicket(fromLua, OFFICE, DAY, ticket.number), ticket.status).toEqual(ticket);
      // and both store the same short form
      expect(JSON.parse(fromLua), ticket.status).toEqual(JSON.parse(fromTs));
    }
  });

  it('event codec: what the scripts append, decodeEvent expands to the whole event', async () => {
    const stream = keys.events(OFFICE);
    await redis.del(stream);
    const id = (number: string, date = DAY) => `${OFFICE}_${date}_${number}`;
    const late = Date.parse(`${DAY}T16:30:00Z`); // 23:30 in the office, still the 25th in UTC
    const nextDay = Date.parse('2026-11-25T17:30:00Z'); // 00:30 on the 26th in the office, the 25th in UTC
    const events: { type: string; t: number; data: Record<string, unknown> }[] = [
      { type: 'ticket.issued', t: NINE, data: { id: id('A001'), number: 'A001', serviceId: 'tu-phap', kiosk: 'k1', priority: false } },
      { type: 'ticket.issued', t: NINE + 1, data: { id: id('A002'), number: 'A002', serviceId: 'tu-phap', category: 'elderly', priority: true } },
      { type: 'ticket.called', t: NINE + 60_000, data: { id: id('A001'), counterId: '1', officer: 'canbo1' } },
      { type: 'ticket.recalled', t: NINE + 70_000, data: { id: id('A001'), counterId: '1', officer: 'canbo1' } },
      { type: 'ticket.serving', t: NINE + 80_000, data: { id: id('A001'), counterId: '1', officer: 'canbo1' } },
      { type: 'ticket.transferred', t: NINE + 90_000, data: { id: id('A001'), from: 'tu-phap', to: 'dat-dai', counterId: '1', officer: 'canbo1' } },
      { type: 'ticket.done', t: NINE + 100_000, data: { id: id('A001'), counterId: '4', officer: 'canbo4', dossier: 'HS-1' } },
      { type: 'ticket.done', t: NINE + 100_001, data: { id: id('A004'), counterId: '4', officer: 'canbo4', dossiers: ['HS-2', 'HS-3'] } },
      { type: 'dossiers.linked', t: NINE + 100_002, data: { id: id('A004'), codes: ['HS-4'], by: 'canbo4' } },
      { type: 'ticket.no_show', t: NINE + 110_000, data: { id: id('A002'), counterId: '2', officer: 'canbo2' } },
      { type: 'rating.received', t: NINE + 120_000, data: { id: id('A001'), score: 4 } },
      { type: 'ticket.cancelled', t: late, data: { id: id('B001'), by: 'citizen' } },
      // a ticket of the 26th (office time) while UTC still says the 25th: named with its date
      { type: 'ticket.closed_at_day_end', t: nextDay, data: { id: id('C001', '2026-11-26'), counterId: '3', officer: 'canbo3' } },
      { type: 'counter.open', t: nextDay + 1, data: { counterId: '3', officer: 'canbo3' } },
      // behind the stream's last entry (another clock): appended after it, with its own time
      { type: 'ticket.called', t: NINE + 5, data: { id: id('A003'), counterId: '5', officer: 'canbo5' } },
    ];
    for (const e of events)
      await evalWith(
        'event-codec',
        'appendEvent(KEYS[1], 1000, ARGV[1], tonumber(ARGV[2]), cjson.decode(ARGV[3]))',
        [stream],
        [e.type, e.t, JSON.stringify(e.data)],
      );
    const entries = (await redis.xrange(stream, '-', '+')) as [string, string[]][];
    expect(entries.map(([entryId, fields]) => decodeEvent(OFFICE, entryId, fields))).toEqual(entries.map(([entryId], i) => ({ id: entryId, ...events[i] })));
  });

  it('office dates: the scripts and TypeScript give every instant the same UTC date', async () => {
    const instants = [
      0,
      86_399_999,
      86_400_000,
      Date.parse('2000-02-29T23:59:59.999Z'),
      Date.parse('2000-03-01T00:00:00Z'),
      Date.parse('2024-02-29T12:00:00Z'),
      Date.parse('2026-12-31T23:59:59.999Z'),
      Date.parse('2027-01-01T00:00:00Z'),
      Date.parse('2100-02-28T23:59:59.999Z'),
      Date.parse('2100-03-01T00:00:00Z'),
      Date.parse('2400-02-29T00:00:00Z'),
    ];
    let seed = 7;
    for (let i = 0; i < 300; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      instants.push(Math.floor((seed / 2_147_483_648) * Date.parse('2200-01-01T00:00:00Z')));
    }
    const fromLua = (await evalWith(
      'office-dates',
      'local out = {}\nfor i, ms in ipairs(ARGV) do out[i] = utcDate(tonumber(ms)) end\nreturn out',
      [],
      instants,
    )) as string[];
    expect(fromLua).toEqual(instants.map(utcDate));
  });
});
