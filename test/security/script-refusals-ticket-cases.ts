/** Script refusal cases of the ticket and counter scripts: issue, call, recall, start, complete, no-show, transfer, cancel, counter state. */
import { randomUUID } from 'node:crypto';
import { keys } from '../../server/redis/keys.js';
import * as k from '../support/worst-script-inputs.js';
import { caseOf, DAY, MAXLEN, NOW, type Case, type ScriptOffice } from './script-refusals-office.js';

export function ticketScriptCases({ o, ids, version, config, officer, held, heldKinds, day, rl }: ScriptOffice): Case[] {
  const queues = (services: string[]) => services.map((s) => ({ priority: keys.queue(o, DAY, s, true), normal: keys.queue(o, DAY, s, false) }));
  const identity = { idLast4: '2345', idHash: 'abcdefghijklmnopqrstuv', name: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'Nam', address: '12 Láng Hạ, Hà Nội' };
  const dossier = { id: 'HS-2', code: 'HS-2', dueDate: DAY, title: 'Cấp bản sao' };
  // the shapes a remote number's and a check-in's arguments take (the valid issue below is a hall ticket)
  const remote = { id: `${o}_b0123456789abcdee`, code: 'XYZ234', phone: '0912345678', phoneHash: 'a'.repeat(64), codeHash: 'b'.repeat(64), maxTries: 5, perDay: 2, perService: 1 };
  const checkIn = { id: `${o}_b0123456789abcdef`, slotAt: NOW, queueAt: NOW - 300_000, late: false };
  const targets = Object.fromEntries(config.services.map((s) => [s.id, s.targetWaitMinutes * 60]));
  const call = {
    version, office: o, counterId: '1', officer: officer(1), now: NOW, priorityMode: config.priority.mode, priorityEvery: config.priority.every, heldDate: DAY,
    streamMaxLen: MAXLEN, counterNumber: 1, counterName: 'Quầy 1', targets, callId: randomUUID(), today: DAY, services: ['tu-phap', 'tra-ket-qua'],
  };
  return [
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
        otp: keys.otp(o, 'a'.repeat(64)), bookings: keys.bookings(o), bookingCodes: keys.bookingCodes(o), bookingCaps: keys.bookingCaps(o, DAY),
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
        remote: k.object(remote, { id: [undefined, 'b1', 5], code: [undefined, 'abc', 5], phone: [undefined, '123', 5], phoneHash: [undefined, 'XYZ'], name: k.JSON_TEXT,
          codeHash: [undefined, 'xyz'], maxTries: [undefined, 0, 21], perDay: [undefined, 0, 11], perService: [undefined, 0, 11] }, { optional: true }),
        checkIn: k.object(checkIn, { id: [undefined, 'b1'], slotAt: [undefined, -1, '1'], queueAt: [undefined, 1.5], late: [undefined, 'no', 0] }, { optional: true }),
      },
      extraKeys: [rl],
    }),
    caseOf({
      name: 'setCounterState',
      keys: { counters: keys.counters(o), tickets: day.tickets, events: keys.events(o) },
      args: { office: o, date: DAY, counterId: '3', action: 'open', officer: `officer3-${o}`, officerName: 'Cán bộ quầy 3', now: NOW, streamMaxLen: MAXLEN, force: false },
      kinds: { office: k.id, date: k.date, counterId: k.id, action: k.oneOf('open', 'close', 'pause', 'resume'), officer: k.username, officerName: k.optionalText, now: k.int, streamMaxLen: k.int, force: k.boolean },
    }),
  ];
}
