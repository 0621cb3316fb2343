/**
 * The stored form of a ticket, mirrored by `encodeTicket`/`decodeTicket` in
 * server/redis/scripts/lib.lua. A day's tickets hash keeps thousands of tickets for RETENTION_DAYS,
 * so the stored JSON is short: short keys, times after issue as offsets, and nothing the hash key
 * (office, date), the field (number) or a default already says. Every TS reader of a tickets hash
 * decodes through here; the long form written before this codec still reads.
 */
import { ticketId } from '../../shared/ticket-number.js';
import type { StoredTicket } from './ticket-view.js';

const SHORT: Record<string, string> = {
  serviceId: 's', origServiceId: 'os', status: 'st', priority: 'p', priorityCategory: 'pc', issuedAt: 'i', hour: 'h',
  token: 'k', calledAt: 'c', firstCalledAt: 'f', servedAt: 'v', doneAt: 'd', counterId: 'ct', officer: 'o',
  recalls: 'rc', transfers: 'tr', kiosk: 'ki', identity: 'idn', rated: 'r', dossier: 'ds',
};
const LONG = Object.fromEntries(Object.entries(SHORT).map(([l, s]) => [s, l]));
const STATUS_SHORT: Record<string, string> = { waiting: 'w', called: 'c', serving: 's', done: 'd', no_show: 'n', expired: 'e', cancelled: 'x' };
const STATUS_LONG = Object.fromEntries(Object.entries(STATUS_SHORT).map(([l, s]) => [s, l]));
const OFFSETS = ['calledAt', 'firstCalledAt', 'servedAt', 'doneAt'] as const;
const DERIVED = new Set(['id', 'number', 'date']);

export function encodeTicket(t: StoredTicket): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) if (!DERIVED.has(k) && v !== undefined) out[SHORT[k] ?? k] = v;
  out.st = STATUS_SHORT[t.status] ?? t.status;
  if (t.origServiceId === t.serviceId) delete out.os;
  if (t.priority === (t.priorityCategory !== undefined)) delete out.p;
  // firstCalledAt defaults to calledAt; false keeps "never called first" apart from that default
  if (t.firstCalledAt === t.calledAt) delete out.f;
  else if (t.firstCalledAt === undefined) out.f = false;
  for (const k of OFFSETS) if (typeof out[SHORT[k]!] === 'number') out[SHORT[k]!] = (out[SHORT[k]!] as number) - t.issuedAt;
  return JSON.stringify(out);
}

export function decodeTicket(raw: string, office: string, date: string, number: string): StoredTicket {
  const s = JSON.parse(raw) as Record<string, unknown>;
  if ('status' in s) return s as unknown as StoredTicket;
  const t: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) t[LONG[k] ?? k] = v;
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
