/** Script refusal cases of the office's upkeep: rate limits, identity removal, devices, month rollups, day close. */
import { expireDayKeys } from '../../server/jobs/day-close.js';
import { keys } from '../../server/redis/keys.js';
import * as k from '../support/worst-script-inputs.js';
import { caseOf, DAY, MAXLEN, NOW, type Case, type ScriptOffice } from './script-refusals-office.js';

/** The worst lists of rollup fields for a read-only script taking at most `max` of them. */
const badRollupFields = (max: number) =>
  k.values(undefined, [], {}, ['bad field'], ['issued|all', 5], [''], ['x'.repeat(101)], Array(max + 1).fill('issued|all'), ...k.JSON_TEXT.map((v) => [v]));

export function upkeepScriptCases({ o, config, day, rl }: ScriptOffice): Case[] {
  return [
    caseOf({
      name: 'consumeRateLimit',
      keys: { budget: rl },
      args: { perMinute: 5 },
      kinds: { perMinute: k.values(...k.BAD_INT, 0, undefined) },
      extraKeys: [rl],
    }),
    caseOf({ name: 'stripIdentity', keys: { tickets: day.tickets }, args: { office: o, date: DAY }, kinds: { office: k.id, date: k.date } }),
    caseOf({
      // a device the admin created; pairing it writes its key's hash
      name: 'pairDevice',
      keys: { records: keys.deviceRecords(o), deviceKeys: keys.deviceKeys(o) },
      args: { device: 'tablet-9', hash: 'a'.repeat(64), pairedAt: NOW, pairedBy: `admin-${o}` },
      kinds: {
        device: k.id,
        hash: k.values(undefined, '', 'ab', 'z'.repeat(64), 'a'.repeat(65), 5),
        pairedAt: k.values(undefined, -1, 1.5, '1'),
        pairedBy: k.values(undefined, 5, '\ud800', 'a\u0000b'),
      },
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
      // read only: the refusals must come from the arguments (and a list of keys the spans do not add up to)
      name: 'sumRollups',
      keys: { rollups: [keys.aggregates(o, '2026-10-31'), keys.monthAggregates(o, '2026-11')] },
      args: { fields: ['issued|all', 'waitH3|svc:tu-phap'], spans: [1, 1] },
      kinds: {
        fields: badRollupFields(200),
        spans: k.values(undefined, [], [1], [2, 1], [1, 1.5], [-1, 3], [1, '1'], { a: 2 }, 2, Array(101).fill(0)),
      },
    }),
    caseOf({
      // read only (the live wall): the refusals must come from the arguments
      name: 'readOfficeToday',
      keys: {
        aggregates: day.aggregates,
        queues: config.services.map((s) => ({ priority: keys.queue(o, DAY, s.id, true), normal: keys.queue(o, DAY, s.id, false) })),
      },
      args: { fields: ['issued|all', 'r4|all'] },
      kinds: {
        fields: badRollupFields(50),
      },
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
        office: k.id,
        closesAt: k.int,
        lastDay: k.date,
        now: k.int,
        streamMaxLen: k.int,
        days: k.values(undefined, '', 5, [{ date: '2026-11-24' }], [{ date: 'x', closesAt: NOW }], [{ date: '2026-11-24', closesAt: -1 }]),
      },
    }),
  ];
}
