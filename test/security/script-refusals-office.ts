/**
 * The office the script refusal cases run against (script-refusals.test.ts), and the shape of a case.
 * The office holds a ticket called at counter 2, others called at counters 4 and 5, one done at
 * counter 6 with a dossier, one waiting, one to cancel, a complaint, a month rollup holding something
 * that is not a count, and a device the admin created but nobody paired.
 */
import { expect } from 'vitest';
import { codeHash } from '../../server/bookings/one-time-code.js';
import { keys } from '../../server/redis/keys.js';
import { scripts, type ScriptName } from '../../server/redis/script-calls/index.js';
import type { TestApp } from '../support/test-app.js';
import * as k from '../support/worst-script-inputs.js';

export const DAY = '2026-11-25';
export const NOW = Date.parse(`${DAY}T03:00:00Z`); // 10:00 in the office
export const MAXLEN = 200_000;

type KeysOf<N extends ScriptName> = Parameters<(typeof scripts)[N]>[1];
type ArgsOf<N extends ScriptName> = Parameters<(typeof scripts)[N]>[2];

export interface Case<N extends ScriptName = ScriptName> {
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
export const caseOf = <N extends ScriptName>(c: Case<N>): Case => c as unknown as Case;

/** Sets the office up through the API and returns what the cases of every script group build on. */
export async function prepareScriptOffice(t: TestApp) {
  const ids: Record<string, any> = {};
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
  const rl = keys.rateLimit('issue', 'script-test', o);
  // a phone's one-time code, for the valid booking (script-refusals-booking-cases.ts)
  await t.redis.hset(keys.otp(o, 'c'.repeat(64)), 'code', codeHash('0912345678', '123456'), 'tries', '0', 'sends', '1', 'at', String(NOW));
  await t.redis.hset(
    keys.deviceRecords(o),
    'tablet-9',
    JSON.stringify({ kind: 'tablet', name: 'Máy tính bảng 9', counter: '9', createdAt: NOW, createdBy: `admin-${o}` }),
  );
  return { o, ids, version, config, officer, held, heldKinds, day, rl };
}
export type ScriptOffice = Awaited<ReturnType<typeof prepareScriptOffice>>;
