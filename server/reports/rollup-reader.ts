/**
 * Reads what reports are built from: the rollup hashes the ticket scripts keep (`metric|dimension`
 * → count), one per office-local day and one per month, fetched with pipelined HGETALLs. A month
 * wholly inside the range is read as its month hash unless the report needs single days, so a
 * year costs twelve reads, and never grows with the number of tickets. Also the few tickets still
 * open (waiting, called or being served), which reconciliation needs.
 */
import { addDays } from '../../shared/office-time.js';
import { monthEnd } from '../../shared/report-periods.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import type { StoredCounter } from '../tickets/counter-state.js';
import { decodeTicket } from '../tickets/ticket-codec.js';

/** metric → count, for one dimension */
export type Metrics = Map<string, number>;

/** The rollup of one day, or of a whole month (`days` > 1, `date` its first day). */
export interface DayRollup {
  date: string;
  /** calendar days it covers */
  days: number;
  /** dimension (`all`, `svc:x`, `ctr:x`, `off:x`, `hr:HH`) → metrics */
  dims: Map<string, Metrics>;
}

const BATCH = 62;

/** Parses one day hash: `waitH3|svc:tu-phap` → dims.get('svc:tu-phap').get('waitH3'). */
export function parseRollup(date: string, hash: Record<string, string>, days = 1): DayRollup {
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
  return { date, days, dims };
}

export interface RollupOptions {
  /** read every day on its own (groupings by day, week or weekday; the heatmap) */
  daily?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface Span {
  date: string;
  days: number;
  key: string;
}

/** The day and month hashes that cover from..to exactly, in date order. */
export function rollupSpans(office: string, from: string, to: string, daily: boolean): Span[] {
  const out: Span[] = [];
  for (let d = from; d <= to;) {
    const first = `${d.slice(0, 7)}-01`;
    const last = monthEnd(d);
    if (!daily && d === first && last <= to) {
      out.push({ date: d, days: Number(last.slice(8)), key: keys.monthAggregates(office, d.slice(0, 7)) });
      d = addDays(last, 1);
    } else {
      out.push({ date: d, days: 1, key: keys.aggregates(office, d) });
      d = addDays(d, 1);
    }
  }
  return out;
}

/** The rollups covering from..to (inclusive), in date order: whole months as one, unless daily. */
export async function readRollups(ctx: Context, office: string, from: string, to: string, opts: RollupOptions = {}): Promise<DayRollup[]> {
  const all = rollupSpans(office, from, to, opts.daily ?? false);
  const out: DayRollup[] = [];
  for (let i = 0; i < all.length; i += BATCH) {
    const chunk = all.slice(i, i + BATCH);
    const pipe = ctx.redis.pipeline();
    for (const s of chunk) pipe.hgetall(s.key);
    const res = (await pipe.exec()) ?? [];
    chunk.forEach((s, j) => {
      const [err, hash] = res[j] ?? [];
      if (err) throw err;
      out.push(parseRollup(s.date, (hash ?? {}) as Record<string, string>, s.days));
    });
    opts.onProgress?.(Math.min(i + BATCH, all.length), all.length);
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
  const [openDays, counters] = await Promise.all([
    ctx.redis.zrangebyscore(keys.days(office), score(from), score(to)),
    ctx.redis.hgetall(keys.counters(office)),
  ]);
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
    if (c.ticket && c.ticketDate && c.ticketDate >= from && c.ticketDate <= to)
      refs.set(`${c.ticketDate}_${c.ticket}`, { date: c.ticketDate, number: c.ticket });
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
    const t = decodeTicket(raw, office, r.date, r.number);
    if (t.status === 'waiting' || t.status === 'called' || t.status === 'serving')
      out.push({ id: t.id, date: r.date, serviceId: t.serviceId, hour: t.hour, status: t.status });
  });
  return out;
}
