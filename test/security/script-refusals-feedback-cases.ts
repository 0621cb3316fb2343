/** Script refusal cases of what follows a service: ratings, complaints and dossiers. */
import { keys } from '../../server/redis/keys.js';
import * as k from '../support/worst-script-inputs.js';
import { caseOf, DAY, MAXLEN, NOW, type Case, type ScriptOffice } from './script-refusals-office.js';

export function feedbackScriptCases({ o, ids, officer, day }: ScriptOffice): Case[] {
  const rating = {
    score: 4,
    criteria: { total_time: 1, attitude: 2 },
    chips: ['attitude' as const, 'one_stop_desk' as const],
    comment: 'Cán bộ nhiệt tình',
    source: 'phone' as const,
  };
  const complaint = {
    office: o,
    topic: 'other',
    status: 'new',
    createdAt: NOW,
    dueAt: NOW + 1,
    message: 'Chờ lâu',
    contactName: 'Trần Bình',
    contactPhone: '0912345678',
  } as const;
  return [
    caseOf({
      name: 'rateTicket',
      keys: { tickets: day.tickets, ratings: keys.ratings(o, DAY), aggregates: day.aggregates, monthAggregates: day.monthAggregates, events: keys.events(o) },
      args: { office: o, date: DAY, number: 'K001', token: ids.done.token, rating, now: NOW, streamMaxLen: MAXLEN },
      kinds: {
        office: k.id,
        date: k.date,
        number: k.ticketNumber,
        token: k.token,
        rating: k.object(rating, {
          score: [undefined, 0, 5, 2.5, '4', {}],
          criteria: [{ attitude: 3 }, { 'A B': 1 }, { 'total-time': 1 }, { attitude: '2' }, { attitude: 1.5 }, 'x', { '\ud800': 1 }],
          chips: ['x', [1], ['A B'], ['\ud800'], { a: 'attitude' }],
          comment: [...k.JSON_TEXT, 'x'.repeat(4000)],
          source: ['robot', 1],
        }),
        now: k.int,
        streamMaxLen: k.int,
      },
    }),
    caseOf({
      name: 'fileComplaint',
      keys: { complaints: keys.complaints(o), complaintIndex: keys.complaintIndex(o), complaintSeq: keys.complaintSeq(o), ...day, events: keys.events(o) },
      args: { complaint, now: NOW, streamMaxLen: MAXLEN, idDate: '20261125' },
      kinds: {
        complaint: k.object(complaint, {
          office: [undefined, 'A B'],
          topic: [undefined, 'nope'],
          status: ['resolved'],
          createdAt: ['1', -1, 1.5],
          dueAt: [undefined],
          message: [...k.JSON_TEXT, 'x'.repeat(7000)],
          contactName: k.JSON_TEXT,
          contactPhone: ['\ud800'],
          serviceId: ['A B'],
          officer: ['A B'],
          source: ['x'],
        }),
        now: k.int,
        streamMaxLen: k.int,
        idDate: k.values(undefined, '', '2026-11-25', '2026112', Buffer.from([0xed, 0xa0, 0x80]), 20261125),
      },
    }),
    caseOf({
      name: 'updateComplaint',
      keys: { complaints: keys.complaints(o), events: keys.events(o) },
      args: { id: ids.complaint, action: 'assign', who: `chair-${o}`, now: NOW, streamMaxLen: MAXLEN, assignee: 'canbo1', note: 'Xử lý trong tuần' },
      kinds: {
        id: k.values(undefined, '', 'PA1', 'X-1', Buffer.from([0xed, 0xa0, 0x80]), 5),
        action: k.oneOf('assign', 'respond', 'resolve', 'overdue'),
        who: k.username,
        now: k.int,
        streamMaxLen: k.int,
        assignee: k.values(undefined, '', ...k.JSON_TEXT),
        note: k.optionalText,
        response: k.optionalText,
        resolve: k.values('yes', 1, Buffer.from([0xed, 0xa0, 0x80])),
      },
    }),
    caseOf({
      name: 'resolveDossier',
      keys: {
        dossiers: keys.dossiers(o),
        aggregates: day.aggregates,
        monthAggregates: day.monthAggregates,
        receiptAggregates: day.aggregates,
        receiptMonthAggregates: day.monthAggregates,
        events: keys.events(o),
      },
      args: { id: 'HS-1', now: NOW, date: DAY, receiptDate: DAY, who: officer(6), streamMaxLen: MAXLEN },
      kinds: { id: k.text, now: k.int, date: k.date, receiptDate: k.date, who: k.username, streamMaxLen: k.int },
    }),
  ];
}
