/**
 * Issue 10, finding 7: Redis never rolls a script back, so a script must check everything before
 * its first write. Each script gets, straight through its wrapper's `send` (no HTTP, no zod, no
 * JSON.stringify), its argument object with the worst value of each field in turn, and arguments
 * that are no object at all, and must refuse with { error } leaving the office's Redis state byte
 * for byte as it was; then the valid arguments, which it must accept (so the refusals came from the
 * bad field, not from the state).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireDayKeys } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import { scripts, type ScriptName } from '../../server/redis/script-calls/index.js';
import { ScriptError } from '../../server/redis/scripts.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import * as k from '../support/worst-script-inputs.js';

const DAY = '2026-11-25';
const NOW = Date.parse(`${DAY}T03:00:00Z`); // 10:00 in the office
const MAXLEN = 200_000;

type KeysOf<N extends ScriptName> = Parameters<(typeof scripts)[N]>[1];
type ArgsOf<N extends ScriptName> = Parameters<(typeof scripts)[N]>[2];

interface Case<N extends ScriptName = ScriptName> {
  name: N;
  keys: KeysOf<N>;
  /** the valid arguments */
  args: ArgsOf<N>;
  /** the bad values of every field the script takes */
  kinds: Record<keyof ArgsOf<N>, k.Kind>;
  /** refusals that come from the state, besides the bad arguments */
  alsoRefused?: { args?: ArgsOf<N>; keys?: KeysOf<N> }[];
  /** keys outside the office's that the script may write (compared too) */
  extraKeys?: string[];
}

/** A case, type-checked against its script's wrapper (keys, arguments, a kind for every field). */
const caseOf = <N extends ScriptName>(c: Case<N>): Case => c as unknown as Case;

describe('every Redis script refuses bad arguments before its first write', () => {
  let t: TestApp;
  const cases: Case[] = [];
  const ids: Record<string, any> = {};

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    const o = t.office;
    const staff = Object.fromEntries(await Promise.all([1, 2, 4, 5, 6].map(async (n) => [n, await t.login(`officer${n}-${o}`)] as const)));
    const counter = (n: number, action: string, body?: unknown) => staff[n]!.request('POST', `/offices/${o}/counters/${n}/${action}`, body);
    const issue = async (serviceId: string) => (await t.request('POST', `/offices/${o}/tickets`, { serviceId })).body.ticket;
    for (const n of [1, 2, 4, 5, 6]) expect((await counter(n, 'open')).status).toBe(200);
    ids.held2 = await issue('tu-phap'); // A001, called at counter 2
    expect((await counter(2, 'call-next')).body.ticket.id).toBe(ids.held2.id);
    await issue('dat-dai');
    expect((await counter(4, 'call-next')).status).toBe(200);
    await issue('lao-dong');
    expect((await counter(5, 'call-next')).status).toBe(200);
    ids.done = await issue('tra-ket-qua'); // K001: done at counter 6, with dossier HS-1
    expect((await counter(6, 'call-next')).body.ticket.id).toBe(ids.done.id);
    expect((await counter(6, 'complete', { dossier: { code: 'HS-1', dueDate: DAY } })).status).toBe(200);
    ids.waiting = await issue('tu-phap'); // A002, for counter 1
    ids.cancel = await issue('chung-thuc'); // B001
    ids.complaint = (await t.request('POST', `/offices/${o}/complaints`, { topic: 'other', message: 'Chờ lâu' })).body.complaint.id;
    // a month whose day rollup holds something that is not a count
    await t.redis.hset(keys.aggregates(o, '2026-10-01'), 'issued|all', '3', 'broken|all', 'x');
    await t.redis.hset(keys.monthAggregates(o, '2026-10'), 'issued|all', '3');

    const { version, config } = await t.app.ctx.offices.get(o, true);
    const officer = (n: number) => `officer${n}-${o}`;
    const held = (n: number) => ({ office: o, counterId: String(n), officer: officer(n), now: NOW, date: DAY, streamMaxLen: MAXLEN });
    const heldKinds = { office: k.id, counterId: k.id, officer: k.username, now: k.int, date: k.date, streamMaxLen: k.int };
    const day = { tickets: keys.tickets(o, DAY), aggregates: keys.aggregates(o, DAY), monthAggregates: keys.monthAggregatesOfDay(o, DAY) };
    const queues = (services: string[]) => services.map((s) => ({ priority: keys.queue(o, DAY, s, true), normal: keys.queue(o, DAY, s, false) }));
    const identity = { idLast4: '2345', idHash: 'abcdefghijklmnopqrstuv', name: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'Nam', address: '12 Láng Hạ, Hà Nội' };
    const dossier = { id: 'HS-2', code: 'HS-2', dueDate: DAY, title: 'Cấp bản sao' };
    const rating = { score: 4, criteria: { total_time: 1, attitude: 2 }, chips: ['attitude' as const, 'one_stop_desk' as const], comment: 'Cán bộ nhiệt tình', source: 'phone' as const };
    const complaint = { office: o, topic: 'other', status: 'new', createdAt: NOW, dueAt: NOW + 1, message: 'Chờ lâu', contactName: 'Trần Bình', contactPhone: '0912345678' } as const;
    const targets = Object.fromEntries(config.services.map((s) => [s.id, s.targetWaitMinutes * 60]));
    const rl = keys.rateLimit('issue', 'script-test', o);
    const call = {
      version, office: o, counterId: '1', officer: officer(1), now: NOW, priorityMode: config.priority.mode, priorityEvery: config.priority.every, heldDate: DAY,
      streamMaxLen: MAXLEN, counterNumber: 1, counterName: 'Quầy 1', targets, callId: randomUUID(), today: DAY, services: ['tu-phap', 'tra-ket-qua'],
    };

    await t.redis.hset(keys.deviceRecords(o), 'tablet-9', JSON.stringify({ kind: 'tablet', name: 'Máy tính bảng 9', counter: '9', createdAt: NOW, createdBy: `admin-${o}` }));
    cases.push(
      caseOf({
        name: 'recallTicket',
        keys: { counters: keys.counters(o), ...day, events: keys.events(o), recentCalls: keys.recentCalls(o, DAY) },
        args: { ...held(2), callId: randomUUID(), counterNumber: 2, counterName: 'Quầy 2' },
        kinds: { ...heldKinds, callId: k.text, counterNumber: k.int, counterName: k.optionalText },
      }),
      caseOf({ name: 'startService', keys: { counters: keys.counters(o), tickets: day.tickets, events: keys.events(o) }, args: held(2), kinds: heldKinds }),
      caseOf({
        name: 'completeTicket',
        keys: { counters: keys.counters(o), ...day, events: keys.events(o), serviceStats: keys.serviceStats(o), dossiers: keys.dossiers(o) },
        args: { ...held(2), dossier },
        kinds: {
          ...heldKinds,
          dossier: k.object(dossier, { id: ['', undefined, ...k.JSON_TEXT], code: [undefined, ...k.JSON_TEXT], dueDate: [undefined, '25/11/2026', 5], title: k.JSON_TEXT }, { optional: true }),
        },
        alsoRefused: [{ args: { ...held(2), dossier: { ...dossier, id: 'HS-1', code: 'HS-1' } } }],
      }),
      caseOf({ name: 'markNoShow', keys: { counters: keys.counters(o), ...day, events: keys.events(o) }, args: held(4), kinds: heldKinds }),
      caseOf({
        name: 'transferTicket',
        keys: { counters: keys.counters(o), ...day, events: keys.events(o), priorityQueue: keys.queue(o, DAY, 'tu-phap', true), normalQueue: keys.queue(o, DAY, 'tu-phap', false) },
        args: { ...held(5), serviceId: 'tu-phap' },
        kinds: { ...heldKinds, serviceId: k.id },
      }),
      caseOf({
        name: 'callTicket',
        keys: {
          config: keys.config(o), counters: keys.counters(o), ...day, events: keys.events(o), recentCalls: keys.recentCalls(o, DAY),
          heldTickets: day.tickets, heldAggregates: day.aggregates, heldMonthAggregates: day.monthAggregates, serviceStats: keys.serviceStats(o), queues: queues(['tu-phap', 'tra-ket-qua']),
        },
        args: call,
        kinds: {
          version: k.values(undefined, '', 'x', '1.5', '-1', 5, Buffer.from([0xed, 0xa0, 0x80])), office: k.id, counterId: k.id, officer: k.username, now: k.int,
          pick: k.values('x', 'A00001', 'a001', '', 5), priorityMode: k.oneOf('strict', 'interleave'), priorityEvery: k.values(...k.BAD_INT, 0, 1001, undefined),
          heldDate: k.date, streamMaxLen: k.int, counterNumber: k.int, counterName: k.optionalText,
          targets: k.values(undefined, 'x', 5, { 'tu-phap': '900' }, { 'tu-phap': -1 }, { 'tu-phap': 1.5 }, { 'tu-phap': {} }, { 'A B': 1 }),
          callId: k.text, today: k.date, services: k.values(undefined, 'x', 5, ['tu-phap'], ['tu-phap', 'A B'], ['tu-phap', 5], ['\ud800', 'tra-ket-qua'], { a: 'tu-phap', b: 'tra-ket-qua' }),
        },
        alsoRefused: [{ args: { ...call, pick: 'B001' } }],
      }),
      caseOf({
        name: 'cancelTicket',
        keys: { ...day, events: keys.events(o), priorityQueue: keys.queue(o, DAY, 'chung-thuc', true), normalQueue: keys.queue(o, DAY, 'chung-thuc', false) },
        args: { office: o, date: DAY, number: 'B001', token: ids.cancel.token, now: NOW, streamMaxLen: MAXLEN, serviceId: 'chung-thuc', by: 'citizen' },
        kinds: { office: k.id, date: k.date, number: k.ticketNumber, token: k.optionalToken, now: k.int, streamMaxLen: k.int, serviceId: k.id, by: k.username },
      }),
      caseOf({
        name: 'issueTicket',
        keys: {
          config: keys.config(o), sequences: keys.sequences(o, DAY), tickets: day.tickets, normalQueue: keys.queue(o, DAY, 'tu-phap', false), priorityQueue: keys.queue(o, DAY, 'tu-phap', true),
          aggregates: day.aggregates, monthAggregates: day.monthAggregates, idempotency: keys.idempotency(o, DAY), previousIdempotency: keys.idempotency(o, '2026-11-24'),
          events: keys.events(o), days: keys.days(o), counters: keys.counters(o), serviceStats: keys.serviceStats(o), issueBudget: rl, closedDays: keys.closedDays(o),
        },
        args: {
          version, office: o, date: DAY, serviceId: 'tu-phap', prefix: 'A', dailyLimit: 200, idempotency: 'kiosk-1@127.0.0.1|tap-0001', now: NOW, token: 'a'.repeat(24),
          hour: '10', kiosk: 'kiosk-1', identity, streamMaxLen: MAXLEN, dateScore: 20261125, counterIds: ['1', '2'], perMinute: 60,
        },
        kinds: {
          version: k.values(undefined, '', 'x', '1.5', '-1', 5), office: k.id, date: k.date, serviceId: k.id, prefix: k.values(undefined, '', 'a', 'ABC', '1', Buffer.from([0xed, 0xa0, 0x80]), 1),
          dailyLimit: k.values(...k.BAD_INT, 10_000, undefined), priorityCategory: k.optionalId, idempotency: k.optionalText, now: k.int, token: k.token,
          hour: k.values(undefined, '', '9', '009', 'ab', '39', 10), kiosk: k.optionalId,
          identity: k.object(identity, { idLast4: [undefined, '234', 2345, '\ud800234'], idHash: [undefined, ...k.JSON_TEXT], name: [undefined, ...k.JSON_TEXT], birthDate: [undefined, '01011990'], sex: k.JSON_TEXT, address: k.JSON_TEXT }, { optional: true }),
          streamMaxLen: k.int, dateScore: k.values(...k.BAD_INT, 2026112, undefined),
          counterIds: k.values(undefined, '', 'x', 5, [1], ['A B'], ['\ud800'], { a: '1' }, new Array(201).fill('1')), perMinute: k.optionalInt,
        },
        extraKeys: [rl],
      }),
      caseOf({
        name: 'setCounterState',
        keys: { counters: keys.counters(o), tickets: day.tickets, events: keys.events(o) },
        args: { office: o, date: DAY, counterId: '3', action: 'open', officer: `officer3-${o}`, officerName: 'Cán bộ quầy 3', now: NOW, streamMaxLen: MAXLEN, force: false },
        kinds: { office: k.id, date: k.date, counterId: k.id, action: k.oneOf('open', 'close', 'pause', 'resume'), officer: k.username, officerName: k.optionalText, now: k.int, streamMaxLen: k.int, force: k.boolean },
      }),
      caseOf({
        name: 'rateTicket',
        keys: { tickets: day.tickets, ratings: keys.ratings(o, DAY), aggregates: day.aggregates, monthAggregates: day.monthAggregates, events: keys.events(o) },
        args: { office: o, date: DAY, number: 'K001', token: ids.done.token, rating, now: NOW, streamMaxLen: MAXLEN },
        kinds: {
          office: k.id, date: k.date, number: k.ticketNumber, token: k.token,
          rating: k.object(rating, {
            score: [undefined, 0, 5, 2.5, '4', {}],
            criteria: [{ attitude: 3 }, { 'A B': 1 }, { 'total-time': 1 }, { attitude: '2' }, { attitude: 1.5 }, 'x', { '\ud800': 1 }],
            chips: ['x', [1], ['A B'], ['\ud800'], { a: 'attitude' }],
            comment: [...k.JSON_TEXT, 'x'.repeat(4000)],
            source: ['robot', 1],
          }),
          now: k.int, streamMaxLen: k.int,
        },
      }),
      caseOf({
        name: 'fileComplaint',
        keys: { complaints: keys.complaints(o), complaintIndex: keys.complaintIndex(o), complaintSeq: keys.complaintSeq(o), ...day, events: keys.events(o) },
        args: { complaint, now: NOW, streamMaxLen: MAXLEN, idDate: '20261125' },
        kinds: {
          complaint: k.object(complaint, {
            office: [undefined, 'A B'], topic: [undefined, 'nope'], status: ['resolved'], createdAt: ['1', -1, 1.5], dueAt: [undefined],
            message: [...k.JSON_TEXT, 'x'.repeat(7000)], contactName: k.JSON_TEXT, contactPhone: ['\ud800'], serviceId: ['A B'], officer: ['A B'], source: ['x'],
          }),
          now: k.int, streamMaxLen: k.int, idDate: k.values(undefined, '', '2026-11-25', '2026112', Buffer.from([0xed, 0xa0, 0x80]), 20261125),
        },
      }),
      caseOf({
        name: 'updateComplaint',
        keys: { complaints: keys.complaints(o), events: keys.events(o) },
        args: { id: ids.complaint, action: 'assign', who: `chair-${o}`, now: NOW, streamMaxLen: MAXLEN, assignee: 'canbo1', note: 'Xử lý trong tuần' },
        kinds: {
          id: k.values(undefined, '', 'PA1', 'X-1', Buffer.from([0xed, 0xa0, 0x80]), 5), action: k.oneOf('assign', 'respond', 'resolve', 'overdue'), who: k.username, now: k.int,
          streamMaxLen: k.int, assignee: k.values(undefined, '', ...k.JSON_TEXT), note: k.optionalText, response: k.optionalText, resolve: k.values('yes', 1, Buffer.from([0xed, 0xa0, 0x80])),
        },
      }),
      caseOf({
        name: 'resolveDossier',
        keys: { dossiers: keys.dossiers(o), aggregates: day.aggregates, monthAggregates: day.monthAggregates, receiptAggregates: day.aggregates, receiptMonthAggregates: day.monthAggregates, events: keys.events(o) },
        args: { id: 'HS-1', now: NOW, date: DAY, receiptDate: DAY, who: officer(6), streamMaxLen: MAXLEN },
        kinds: { id: k.text, now: k.int, date: k.date, receiptDate: k.date, who: k.username, streamMaxLen: k.int },
      }),
      caseOf({ name: 'consumeRateLimit', keys: { budget: rl }, args: { perMinute: 5 }, kinds: { perMinute: k.values(...k.BAD_INT, 0, undefined) }, extraKeys: [rl] }),
      caseOf({ name: 'stripIdentity', keys: { tickets: day.tickets }, args: { office: o, date: DAY }, kinds: { office: k.id, date: k.date } }),
      caseOf({
        // a device the admin created; pairing it writes its key's hash
        name: 'pairDevice',
        keys: { records: keys.deviceRecords(o), deviceKeys: keys.deviceKeys(o) },
        args: { device: 'tablet-9', hash: 'a'.repeat(64), pairedAt: NOW, pairedBy: `admin-${o}` },
        kinds: { device: k.id, hash: k.values(undefined, '', 'ab', 'z'.repeat(64), 'a'.repeat(65), 5), pairedAt: k.values(undefined, -1, 1.5, '1'), pairedBy: k.values(undefined, 5, '\ud800', 'a\u0000b') },
      }),
      caseOf({
        name: 'touchDevice',
        keys: { deviceKeys: keys.deviceKeys(o), presence: keys.devicePresence(o) },
        args: { device: 'tablet-9', lastSeen: NOW, connected: true },
        kinds: { device: k.id, lastSeen: k.values(undefined, -1, 1.5, '1'), connected: k.values(undefined, 'yes', 1) },
      }),
      caseOf({
        name: 'rebuildMonth',
        keys: { monthAggregates: keys.monthAggregates(o, '2026-09'), dayAggregates: [keys.aggregates(o, '2026-09-01')] },
        args: {},
        kinds: {},
        alsoRefused: [{ keys: { monthAggregates: keys.monthAggregates(o, '2026-10'), dayAggregates: [keys.aggregates(o, '2026-10-01')] } }],
      }),
      caseOf({
        name: 'expireDay',
        keys: expireDayKeys(o, config, DAY),
        args: { office: o, date: DAY, now: NOW, streamMaxLen: MAXLEN },
        kinds: { office: k.id, date: k.date, now: k.int, streamMaxLen: k.int },
      }),
      caseOf({
        // yesterday's close: today's counters and tickets stay as they are
        name: 'closeCounters',
        keys: { counters: keys.counters(o), events: keys.events(o), days: [] },
        args: { office: o, closesAt: NOW - 86_400_000, lastDay: '2026-11-24', now: NOW, streamMaxLen: MAXLEN, days: [] },
        kinds: {
          office: k.id, closesAt: k.int, lastDay: k.date, now: k.int, streamMaxLen: k.int,
          days: k.values(undefined, '', 5, [{ date: '2026-11-24' }], [{ date: 'x', closesAt: NOW }], [{ date: '2026-11-24', closesAt: -1 }]),
        },
      }),
    );
  });
  afterAll(async () => t.close());

  /** Sends a script its keys and one ARGV as they are, however malformed. */
  const run = async (c: Case, keyList: string[], argv: (string | Buffer)[]) => {
    try {
      return (await scripts[c.name].send(t.redis, keyList, argv)) as { error?: string };
    } catch (err) {
      return { thrown: err instanceof ScriptError ? err.message : String(err) };
    }
  };
  const flatten = (c: Case, keyObject: object) => (scripts[c.name].flattenKeys as (k: object) => string[])(keyObject);
  const state = async (c: Case) => {
    const extra = await Promise.all((c.extraKeys ?? []).map(async (key) => `${key}=${await t.redis.get(key)}`));
    return `${await officeFingerprint(t.redis, t.office)}\n${extra.join('\n')}`;
  };

  it('has a case for every script', () => {
    expect(Object.keys(scripts).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  it('refuses the worst value of each field, with nothing changed, and accepts the valid ones', async () => {
    const problems: string[] = [];
    let refusals = 0;
    for (const c of cases) {
      const before = await state(c);
      const args = c.args as Record<string, unknown>;
      const keyList = flatten(c, c.keys);
      const attempts: { what: string; keys: string[]; argv: (string | Buffer)[] }[] = [];
      for (const [field, kind] of Object.entries(c.kinds as Record<string, k.Kind>)) {
        for (const bad of kind.bad) attempts.push({ what: `${field}=${k.show(bad)}`, keys: keyList, argv: [k.encode({ ...args, [field]: bad })] });
      }
      for (const bad of k.BAD_ARGUMENT) attempts.push({ what: `ARGV[1]=${k.show(bad)}`, keys: keyList, argv: [bad] });
      attempts.push({ what: 'an unknown field', keys: keyList, argv: [k.encode({ ...args, unknownField: 1 })] });
      attempts.push({ what: 'a second ARGV', keys: keyList, argv: [k.encode(args), '{}'] });
      // a list of keys one short: a service's queue pair, or a day's keys, cut in half
      if (scripts[c.name].layout.list?.fields) attempts.push({ what: 'one key short', keys: keyList.slice(0, -1), argv: [k.encode(args)] });
      for (const [i, r] of (c.alsoRefused ?? []).entries()) {
        attempts.push({ what: `state refusal ${i + 1}`, keys: flatten(c, r.keys ?? c.keys), argv: [k.encode((r.args ?? c.args) as Record<string, unknown>)] });
      }
      for (const a of attempts) {
        const reply = await run(c, a.keys, a.argv);
        refusals++;
        if ('thrown' in reply) problems.push(`${c.name} ${a.what}: raised ${reply.thrown} instead of refusing`);
        else if (!reply.error) problems.push(`${c.name} ${a.what}: accepted`);
        if ((await state(c)) !== before) {
          problems.push(`${c.name} ${a.what}: changed the office's state`);
          break;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(refusals).toBeGreaterThan(700);
    // the valid arguments pass, in an order where each script's state is still there
    for (const c of cases) {
      const reply = await run(c, flatten(c, c.keys), [k.encode(c.args as Record<string, unknown>)]);
      expect(reply, c.name).not.toHaveProperty('error');
      expect(reply, c.name).not.toHaveProperty('thrown');
    }
  });
});
