/**
 * Issue 10, finding 7: Redis never rolls a script back, so a script must check everything before
 * its first write. Each script gets, straight through runScript (no HTTP, no zod), the worst value
 * of each of its arguments in turn, and must refuse with { error } leaving the office's Redis state
 * byte for byte as it was; then the valid arguments, which it must accept (so the refusals came
 * from the bad argument, not from the state).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { runScript, ScriptError, scriptNames, type ScriptName } from '../../server/redis/scripts.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import * as k from '../support/worst-script-inputs.js';

const DAY = '2026-11-25';
const NOW = Date.parse(`${DAY}T03:00:00Z`); // 10:00 in the office
const MAXLEN = 200_000;

interface Case {
  name: ScriptName;
  keys: string[];
  args: k.Arg[];
  kinds: k.Kind[];
  /** refusals that come from the state, besides the bad arguments */
  alsoRefused?: { args?: k.Arg[]; keys?: string[] }[];
  /** keys outside the office's that the script may write (compared too) */
  extraKeys?: string[];
}

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
    const pairing = { hash: 'a'.repeat(64), pairedAt: NOW, pairedBy: `admin-${o}` };
    await t.redis.hset(keys.deviceRecords(o), 'tablet-9', JSON.stringify({ kind: 'tablet', name: 'Máy tính bảng 9', counter: '9', createdAt: NOW, createdBy: `admin-${o}` }));
    const officer = (n: number) => `officer${n}-${o}`;
    const held = (n: number) => [String(n), officer(n), NOW, DAY, MAXLEN];
    const heldKinds = [k.id, k.username, k.int, k.date, k.int];
    const heldKeys = [keys.counters(o), keys.tickets(o, DAY), keys.aggregates(o, DAY), keys.events(o)];
    const queues = (services: string[]) => services.flatMap((s) => [keys.queue(o, DAY, s, true), keys.queue(o, DAY, s, false)]);
    const identity = { idLast4: '2345', idHash: 'abcdefghijklmnopqrstuv', name: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'Nam', address: '12 Láng Hạ, Hà Nội' };
    const dossier = { id: 'HS-2', code: 'HS-2', dueDate: DAY, title: 'Cấp bản sao' };
    const rating = { score: 4, criteria: { total_time: 1, attitude: 2 }, chips: ['attitude', 'one_stop_desk'], comment: 'Cán bộ nhiệt tình', source: 'phone' };
    const complaint = { office: o, topic: 'other', status: 'new', createdAt: NOW, dueAt: NOW + 1, message: 'Chờ lâu', contactName: 'Trần Bình', contactPhone: '0912345678' };
    const targets = Object.fromEntries(config.services.map((s) => [s.id, s.targetWaitMinutes * 60]));
    const rl = keys.issueRateLimit(o, 'script-test');

    cases.push(
      { name: 'recallTicket', keys: [...heldKeys, keys.recentCalls(o, DAY)], args: [...held(2), randomUUID(), o, 2, 'Quầy 2'], kinds: [...heldKinds, k.text, k.id, k.int, k.optionalText] },
      { name: 'startService', keys: heldKeys, args: held(2), kinds: heldKinds },
      {
        name: 'completeTicket',
        keys: [...heldKeys, keys.serviceStats(o), keys.dossiers(o)],
        args: [...held(2), JSON.stringify(dossier)],
        kinds: [...heldKinds, k.json(dossier, { id: ['', undefined, ...k.JSON_TEXT], code: [undefined, ...k.JSON_TEXT], dueDate: [undefined, '25/11/2026', 5], title: k.JSON_TEXT }, { optional: true })],
        alsoRefused: [{ args: [...held(2), JSON.stringify({ ...dossier, id: 'HS-1', code: 'HS-1' })] }],
      },
      { name: 'markNoShow', keys: heldKeys, args: held(4), kinds: heldKinds },
      { name: 'transferTicket', keys: [...heldKeys, ...queues(['tu-phap'])], args: [...held(5), 'tu-phap'], kinds: [...heldKinds, k.id] },
      {
        name: 'callTicket',
        keys: [keys.config(o), keys.counters(o), keys.tickets(o, DAY), keys.aggregates(o, DAY), keys.events(o), keys.recentCalls(o, DAY), keys.tickets(o, DAY), keys.aggregates(o, DAY), keys.serviceStats(o), ...queues(['tu-phap', 'tra-ket-qua'])],
        args: [version, o, '1', officer(1), NOW, 'next', '', config.priority.mode, config.priority.every, DAY, MAXLEN, 1, 'Quầy 1', JSON.stringify(targets), randomUUID(), DAY, 'tu-phap', 'tra-ket-qua'],
        kinds: [
          k.int, k.id, k.id, k.username, k.int, k.oneOf('next', 'pick'), k.values('A002', 'x', 'A00001'), k.oneOf('strict', 'interleave'), k.values(...k.BAD_INT, '0'), k.date, k.int, k.int, k.optionalText,
          k.json(targets, { 'tu-phap': ['900', -1, 1.5, {}] }), k.text, k.date, k.id, k.id,
        ],
        alsoRefused: [{ args: [version, o, '1', officer(1), NOW, 'pick', 'B001', config.priority.mode, config.priority.every, DAY, MAXLEN, 1, 'Quầy 1', JSON.stringify(targets), randomUUID(), DAY, 'tu-phap', 'tra-ket-qua'] }],
      },
      {
        name: 'cancelTicket',
        keys: [keys.tickets(o, DAY), keys.aggregates(o, DAY), keys.events(o), ...queues(['chung-thuc'])],
        args: ['B001', ids.cancel.token, NOW, MAXLEN, 'chung-thuc', 'citizen'],
        kinds: [k.ticketNumber, k.optionalToken, k.int, k.int, k.id, k.username],
      },
      {
        name: 'issueTicket',
        keys: [
          keys.config(o), keys.sequences(o, DAY), keys.tickets(o, DAY), keys.queue(o, DAY, 'tu-phap', false), keys.queue(o, DAY, 'tu-phap', true), keys.aggregates(o, DAY),
          keys.idempotency(o, DAY), keys.idempotency(o, '2026-11-24'), keys.events(o), keys.days(o), keys.counters(o), keys.serviceStats(o), rl,
          keys.closedDays(o),
        ],
        args: [version, o, DAY, 'tu-phap', 'A', 200, '', 'kiosk-1@127.0.0.1|tap-0001', NOW, 'a'.repeat(24), '10', 'kiosk-1', JSON.stringify(identity), MAXLEN, '20261125', '["1","2"]', 60],
        kinds: [
          k.int, k.id, k.date, k.id, k.values('', 'a', 'ABC', '1', Buffer.from([0xed, 0xa0, 0x80])), k.int, k.optionalId, k.optionalText, k.int, k.token, k.values('', '9', '009', 'ab', '39'), k.optionalId,
          k.json(identity, { idLast4: [undefined, '234', 2345, '\ud800234'], idHash: [undefined, ...k.JSON_TEXT], name: [undefined, ...k.JSON_TEXT], birthDate: [undefined, '01011990'], sex: k.JSON_TEXT, address: k.JSON_TEXT }, { optional: true }),
          k.int, k.values(...k.BAD_INT, '2026112'), k.values('', '{', '[1]', '["A B"]', JSON.stringify(['\ud800']), '"1"', 'null'), k.optionalInt,
        ],
        extraKeys: [rl],
      },
      {
        name: 'setCounterState',
        keys: [keys.counters(o), keys.events(o)],
        args: ['3', 'open', `officer3-${o}`, 'Cán bộ quầy 3', NOW, MAXLEN, ''],
        kinds: [k.id, k.oneOf('open', 'close', 'pause', 'resume'), k.username, k.optionalText, k.int, k.int, k.values('0', 'yes', Buffer.from([0xed, 0xa0, 0x80]))],
      },
      {
        name: 'rateTicket',
        keys: [keys.tickets(o, DAY), keys.ratings(o, DAY), keys.aggregates(o, DAY), keys.events(o)],
        args: ['K001', ids.done.token, JSON.stringify(rating), NOW, MAXLEN],
        kinds: [
          k.ticketNumber, k.token,
          k.json(rating, {
            score: [undefined, 0, 5, 2.5, '4', {}],
            criteria: [{ attitude: 3 }, { 'A B': 1 }, { 'total-time': 1 }, { attitude: '2' }, { attitude: 1.5 }, 'x', { '\ud800': 1 }],
            chips: ['x', [1], ['A B'], ['\ud800'], { a: 'attitude' }],
            comment: [...k.JSON_TEXT, 'x'.repeat(4000)],
            source: ['robot', 1],
          }),
          k.int, k.int,
        ],
      },
      {
        name: 'fileComplaint',
        keys: [keys.complaints(o), keys.complaintIndex(o), keys.complaintSeq(o), keys.aggregates(o, DAY), keys.events(o)],
        args: [JSON.stringify(complaint), NOW, MAXLEN, '20261125'],
        kinds: [
          k.json(complaint, {
            office: [undefined, 'A B'], topic: [undefined, 'nope'], status: ['resolved'], createdAt: ['1', -1, 1.5], dueAt: [undefined],
            message: [...k.JSON_TEXT, 'x'.repeat(7000)], contactName: k.JSON_TEXT, contactPhone: ['\ud800'], serviceId: ['A B'], officer: ['A B'], source: ['x'],
          }),
          k.int, k.int, k.values('', '2026-11-25', '2026112', Buffer.from([0xed, 0xa0, 0x80])),
        ],
      },
      {
        name: 'updateComplaint',
        keys: [keys.complaints(o), keys.events(o)],
        args: [ids.complaint, 'assign', `chair-${o}`, NOW, JSON.stringify({ assignee: 'canbo1', note: 'Xử lý trong tuần' }), MAXLEN],
        kinds: [
          k.values('', 'PA1', 'X-1', Buffer.from([0xed, 0xa0, 0x80])), k.oneOf('assign', 'respond', 'resolve', 'overdue'), k.username, k.int,
          k.json({ assignee: 'canbo1', note: 'Xử lý trong tuần' }, { assignee: [undefined, '', ...k.JSON_TEXT], note: k.JSON_TEXT, resolve: ['yes'] }),
          k.int,
        ],
      },
      {
        name: 'resolveDossier',
        keys: [keys.dossiers(o), keys.aggregates(o, DAY), keys.aggregates(o, DAY), keys.events(o)],
        args: ['HS-1', NOW, DAY, DAY, officer(6), MAXLEN],
        kinds: [k.text, k.int, k.date, k.date, k.username, k.int],
      },
      { name: 'consumeRateLimit', keys: [rl], args: [5], kinds: [k.values(...k.BAD_INT, '0')], extraKeys: [rl] },
      {
        name: 'stripIdentity',
        keys: [keys.tickets(o, DAY)],
        args: [],
        kinds: [],
        alsoRefused: [{ keys: [`${keys.tickets(o, DAY)}-x`] }, { keys: [keys.aggregates(o, DAY)] }],
      },
      {
        name: 'rebuildMonth',
        keys: [keys.monthAggregates(o, '2026-09'), keys.aggregates(o, '2026-09-01')],
        args: [],
        kinds: [],
        alsoRefused: [{ keys: [keys.monthAggregates(o, '2026-10'), keys.aggregates(o, '2026-10-01')] }],
      },
      {
        name: 'expireDay',
        keys: [keys.tickets(o, DAY), keys.aggregates(o, DAY), keys.events(o), keys.closedDays(o), keys.recentCalls(o, DAY), ...queues(config.services.map((s) => s.id))],
        args: [DAY, NOW, MAXLEN],
        kinds: [k.date, k.int, k.int],
      },
      {
        // a device the admin created; pairing it writes its key's hash
        name: 'pairDevice',
        keys: [keys.deviceRecords(o), keys.deviceKeys(o)],
        args: ['tablet-9', JSON.stringify(pairing)],
        kinds: [k.id, k.json(pairing, { hash: [undefined, 'ab', 'z'.repeat(64), ...k.JSON_TEXT], pairedAt: [undefined, -1, 1.5, '1'], pairedBy: [undefined, 'A B', ...k.JSON_TEXT] })],
      },
      {
        name: 'touchDevice',
        keys: [keys.deviceKeys(o), keys.devicePresence(o)],
        args: ['tablet-9', JSON.stringify({ lastSeen: NOW, connected: true })],
        kinds: [k.id, k.json({ lastSeen: NOW, connected: true }, { lastSeen: [undefined, -1, 1.5, '1'], connected: [undefined, 'yes', 1] })],
      },
      {
        // yesterday's close: today's counters and tickets stay as they are
        name: 'closeCounters',
        keys: [keys.counters(o), keys.events(o)],
        args: [NOW - 86_400_000, '2026-11-24', NOW, MAXLEN],
        kinds: [k.int, k.date, k.int, k.int],
      },
    );
  });
  afterAll(async () => t.close());

  const run = async (name: ScriptName, keyList: string[], args: k.Arg[]) => {
    try {
      return await runScript<{ error?: string }>(t.redis, name, keyList, args as (string | number | Buffer)[]);
    } catch (err) {
      return { thrown: err instanceof ScriptError ? err.message : String(err) };
    }
  };
  const state = async (c: Case) => {
    const extra = await Promise.all((c.extraKeys ?? []).map(async (key) => `${key}=${await t.redis.get(key)}`));
    return `${await officeFingerprint(t.redis, t.office)}\n${extra.join('\n')}`;
  };

  it('has a case for every script', () => {
    expect(scriptNames().filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  it('refuses the worst value of each argument, with nothing changed, and accepts the valid ones', async () => {
    const problems: string[] = [];
    let refusals = 0;
    for (const c of cases) {
      const before = await state(c);
      const attempts: { what: string; keys: string[]; args: k.Arg[] }[] = [];
      c.kinds.forEach((kind, i) => {
        for (const bad of kind.bad) attempts.push({ what: `ARGV[${i + 1}]=${k.show(bad)}`, keys: c.keys, args: c.args.map((a, j) => (j === i ? bad : a)) });
      });
      for (const [i, r] of (c.alsoRefused ?? []).entries()) attempts.push({ what: `state refusal ${i + 1}`, keys: r.keys ?? c.keys, args: r.args ?? c.args });
      for (const a of attempts) {
        const reply = await run(c.name, a.keys, a.args);
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
      const reply = await run(c.name, c.keys, c.args);
      expect(reply, c.name).not.toHaveProperty('error');
      expect(reply, c.name).not.toHaveProperty('thrown');
    }
  });
});
