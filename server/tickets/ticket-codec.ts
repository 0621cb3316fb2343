/**
 * The stored form of a ticket, mirrored by `encodeTicket`/`decodeTicket` in
 * server/redis/scripts/includes/ticket-codec.lua (test/core/lua-mirrors.test.ts pins the two). A day's tickets hash keeps thousands of tickets for RETENTION_DAYS,
 * so a ticket is stored as a JSON array: the fields nearly every ticket has in HEAD order, then an
 * object of the others under short names; times after issue as offsets; nothing the hash key
 * (office, date), the field (number) or a default already says. Every TS reader of a tickets hash
 * decodes through here. Still read: the long form of before, and one short-named object.
 */
import { ticketId } from '../../shared/ticket-number.js';
import type { StoredTicket } from './ticket-view.js';

const HEAD = ['status', 'serviceId', 'issuedAt', 'hour', 'token', 'kiosk', 'calledAt', 'servedAt', 'doneAt', 'counterId', 'officer'];
const SHORT: Record<string, string> = {
  serviceId: 's',
  origServiceId: 'os',
  status: 'st',
  priority: 'p',
  priorityCategory: 'pc',
  issuedAt: 'i',
  hour: 'h',
  token: 'k',
  calledAt: 'c',
  firstCalledAt: 'f',
  servedAt: 'v',
  doneAt: 'd',
  counterId: 'ct',
  officer: 'o',
  recalls: 'rc',
  transfers: 'tr',
  kiosk: 'ki',
  identity: 'idn',
  rated: 'r',
  dossier: 'ds',
  dossiers: 'dss',
};
const LONG = Object.fromEntries(Object.entries(SHORT).map(([l, s]) => [s, l]));
const NOT_EXTRA = new Set(['id', 'number', 'date', ...HEAD]);
const STATUS_SHORT: Record<string, string> = {
  waiting: 'w',
  called: 'c',
  serving: 's',
  done: 'd',
  no_show: 'n',
  expired: 'e',
  cancelled: 'x',
  closed_at_day_end: 'u',
};
const STATUS_LONG = Object.fromEntries(Object.entries(STATUS_SHORT).map(([l, s]) => [s, l]));
const OFFSETS = new Set(['calledAt', 'firstCalledAt', 'servedAt', 'doneAt']);

export function encodeTicket(t: StoredTicket): string {
  const all = t as unknown as Record<string, unknown>;
  const stored = (k: string): unknown => {
    const v = all[k];
    if (k === 'status') return STATUS_SHORT[v as string] ?? v;
    return OFFSETS.has(k) && typeof v === 'number' ? v - t.issuedAt : v;
  };
  const extra: Record<string, unknown> = {};
  for (const k of Object.keys(all)) if (!NOT_EXTRA.has(k) && all[k] !== undefined) extra[SHORT[k] ?? k] = stored(k);
  if (t.origServiceId === t.serviceId) delete extra.os;
  if (t.priority === (t.priorityCategory !== undefined)) delete extra.p;
  // firstCalledAt defaults to calledAt; false keeps "never called first" apart from that default
  if (t.firstCalledAt === t.calledAt) delete extra.f;
  else if (t.firstCalledAt === undefined) extra.f = false;
  const out: unknown[] = HEAD.map((k) => stored(k) ?? null);
  if (Object.keys(extra).length) out.push(extra);
  else while (out.length && out.at(-1) === null) out.pop();
  return JSON.stringify(out);
}

export function decodeTicket(raw: string, office: string, date: string, number: string): StoredTicket {
  const s = JSON.parse(raw) as Record<string, unknown> | unknown[];
  if (!Array.isArray(s) && 'status' in s) return s as unknown as StoredTicket;
  const t: Record<string, unknown> = {};
  let extra = s as Record<string, unknown>;
  if (Array.isArray(s)) {
    extra = (s[HEAD.length] as Record<string, unknown> | undefined) ?? {};
    HEAD.forEach((k, i) => {
      if (s[i] !== undefined && s[i] !== null) t[k] = s[i];
    });
  }
  for (const [k, v] of Object.entries(extra)) t[LONG[k] ?? k] = v;
  t.id = ticketId(office, date, number);
  t.number = number;
  t.date = date;
  t.status = STATUS_LONG[t.status as string] ?? t.status;
  t.origServiceId ??= t.serviceId;
  t.priority ??= t.priorityCategory !== undefined;
  for (const k of OFFSETS) if (typeof t[k] === 'number') t[k] = (t.issuedAt as number) + (t[k] as number);
  if (t.firstCalledAt === false) delete t.firstCalledAt;
  else if (t.firstCalledAt === undefined && t.calledAt !== undefined) t.firstCalledAt = t.calledAt;
  return t as unknown as StoredTicket;
}

/** Every ticket of a day's tickets hash (HGETALL reply), decoded. */
export function decodeDay(all: Record<string, string>, office: string, date: string): StoredTicket[] {
  return Object.entries(all).map(([number, raw]) => decodeTicket(raw, office, date, number));
}
