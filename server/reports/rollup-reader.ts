/**
 * Reads what reports are built from: the per-day rollup hashes the ticket scripts keep
 * (`metric|dimension` → count), fetched with pipelined HGETALLs, one per office-local day, so a
 * report's cost grows with days × dimensions and never with the number of tickets. Also the few
 * tickets still open (waiting, called or being served), which reconciliation needs.
 */
import { datesBetween } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import type { StoredCounter } from '../tickets/counter-state.js';
import type { StoredTicket } from '../tickets/ticket-view.js';

/** metric → count, for one dimension */
export type Metrics = Map<string, number>;

export interface DayRollup {
  date: string;
  /** dimension (`all`, `svc:x`, `ctr:x`, `off:x`, `hr:HH`) → metrics */
  dims: Map<string, Metrics>;
}

const BATCH = 62;

/** Parses one day hash: `waitH3|svc:tu-phap` → dims.get('svc:tu-phap').get('waitH3'). */
export function parseRollup(date: string, hash: Record<string, string>): DayRollup {
  const dims = new Map<string, Metrics>();
  for (const [field, value] of Object.entries(hash)) {
    const bar = field.indexOf('|');
    if (bar < 0) continue;
    const metric = field.slice(0, bar);
    const dim = field.slice(bar + 1);
    let m = dims.get(dim);
    if (!m) dims.set(dim, (m = new Map()));
    m.set(metric, (m.get(metric) ?? 0) + Number(value));
  }
  return { date, dims };
}

/** The rollups of every office-local day from..to (inclusive), in date order. */
export async function readRollups(ctx: Context, office: string, from: string, to: string, onProgress?: (done: number, total: number) => void): Promise<DayRollup[]> {
  const dates = datesBetween(from, to);
  const out: DayRollup[] = [];
  for (let i = 0; i < dates.length; i += BATCH) {
    const chunk = dates.slice(i, i + BATCH);
    const pipe = ctx.redis.pipeline();
    for (const d of chunk) pipe.hgetall(keys.aggregates(office, d));
    const res = (await pipe.exec()) ?? [];
    chunk.forEach((d, j) => {
      const [err, hash] = res[j] ?? [];
      if (err) throw err;
      out.push(parseRollup(d, (hash ?? {}) as Record<string, string>));
    });
    onProgress?.(Math.min(i + BATCH, dates.length), dates.length);
  }
  return out;
}

/** Adds `src` into `dst`. */
export function addMetrics(dst: Metrics, src: Metrics | undefined): Metrics {
  if (src) for (const [k, v] of src) dst.set(k, (dst.get(k) ?? 0) + v);
  return dst;
}

/** Sums one dimension over days. */
export function sumDim(days: DayRollup[], dim: string): Metrics {
  const m: Metrics = new Map();
  for (const d of days) addMetrics(m, d.dims.get(dim));
  return m;
}

/** Every dimension name with a given prefix seen in the days (e.g. `off:`). */
export function dimsWithPrefix(days: DayRollup[], prefix: string): string[] {
  const seen = new Set<string>();
  for (const d of days) for (const dim of d.dims.keys()) if (dim.startsWith(prefix)) seen.add(dim);
  return [...seen].sort();
}

export interface OpenTicket {
  id: string;
  date: string;
  serviceId: string;
  hour: string;
  status: string;
}

/**
 * Tickets of the range still waiting, called or being served: the queues of the range's days (empty
 * once a day is closed) and the tickets counters hold. Few by nature, read ticket by ticket; the
 * queue lookups cost days × services.
 */
export async function readOpenTickets(ctx: Context, office: string, config: OfficeConfig, from: string, to: string): Promise<OpenTicket[]> {
  const score = (d: string) => Number(d.replaceAll('-', ''));
  const [openDays, counters] = await Promise.all([ctx.redis.zrangebyscore(keys.days(office), score(from), score(to)), ctx.redis.hgetall(keys.counters(office))]);
  const refs = new Map<string, { date: string; number: string }>();
  // every day's queues, closed days too: a ticket transferred after its day closed waits in them.
  // An EXISTS per day first (its queues share the office's slot): most days have none left.
  const queueKeys = (d: string) => config.services.flatMap((s) => [keys.queue(office, d, s.id, true), keys.queue(office, d, s.id, false)]);
  const check = ctx.redis.pipeline();
  for (const d of openDays) check.exists(...queueKeys(d));
  const counts = (await check.exec()) ?? [];
  const busyDays = openDays.filter((_, i) => Number(counts[i]?.[1] ?? 0) > 0);
  if (busyDays.length) {
    const pipe = ctx.redis.pipeline();
    for (const d of busyDays) for (const k of queueKeys(d)) pipe.zrange(k, '0', '-1');
    const res = (await pipe.exec()) ?? [];
    let i = 0;
    for (const d of busyDays) for (const _k of queueKeys(d)) for (const n of (res[i++]?.[1] as string[]) ?? []) refs.set(`${d}_${n}`, { date: d, number: n });
  }
  for (const raw of Object.values(counters)) {
    const c = JSON.parse(raw) as StoredCounter;
    if (c.ticket && c.ticketDate && c.ticketDate >= from && c.ticketDate <= to) refs.set(`${c.ticketDate}_${c.ticket}`, { date: c.ticketDate, number: c.ticket });
  }
  if (!refs.size) return [];
  const pipe = ctx.redis.pipeline();
  const list = [...refs.values()];
  for (const r of list) pipe.hget(keys.tickets(office, r.date), r.number);
  const res = (await pipe.exec()) ?? [];
  const out: OpenTicket[] = [];
  list.forEach((r, i) => {
    const raw = res[i]?.[1] as string | null;
    if (!raw) return;
    const t = JSON.parse(raw) as StoredTicket;
    if (t.status === 'waiting' || t.status === 'called' || t.status === 'serving') out.push({ id: t.id, date: r.date, serviceId: t.serviceId, hour: t.hour, status: t.status });
  });
  return out;
}
