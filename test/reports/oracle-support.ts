/**
 * The independent oracle of the report tests: from the raw tickets, ratings and complaints (read
 * back from Redis) and the few things only the test saw happen (which counter first called a
 * ticket, who transferred it, calls and recalls), it derives "facts" (a metric, a day, the
 * dimensions it counts under) and from them every figure a report should show. It shares no code
 * with server/reports.
 */
import type { RedisClient } from '../../server/redis/scripts.js';
// the tickets' stored form (short keys) is decoded by the tickets' codec, not by anything of server/reports
import { decodeTicket } from '../../server/tickets/ticket-codec.js';

const tag = (office: string) => `qms:{${office}}`;
const HOUR = 3600_000;

/** Office-local date and hour for Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function localOf(ms: number): { date: string; hour: string; weekday: number } {
  const d = new Date(ms + 7 * HOUR);
  return { date: d.toISOString().slice(0, 10), hour: d.toISOString().slice(11, 13), weekday: d.getUTCDay() };
}

export interface Fact {
  day: string;
  dims: string[];
  metric: string;
  value: number;
}

export interface Tracked {
  firstCall: Map<string, { counter: string; officer: string }>;
  transfers: { ticketId: string; counter: string; officer: string; from: string; to: string; day: string }[];
  calls: { day: string; counter: string; officer: string }[];
  recalls: { day: string; counter: string }[];
}

export function newTracked(): Tracked {
  return { firstCall: new Map(), transfers: [], calls: [], recalls: [] };
}

export interface RawTicket {
  id: string;
  number: string;
  date: string;
  serviceId: string;
  origServiceId: string;
  status: string;
  priority: boolean;
  issuedAt: number;
  hour: string;
  calledAt?: number;
  firstCalledAt?: number;
  doneAt?: number;
  counterId?: string;
  officer?: string;
  transfers?: { from: string; to: string; at: number }[];
}

export async function readRaw(redis: RedisClient, office: string, dates: string[]) {
  const tickets: RawTicket[] = [];
  const ratings: { date: string; r: any }[] = [];
  for (const d of dates) {
    for (const [number, raw] of Object.entries(await redis.hgetall(`${tag(office)}:day:${d}:tickets`)))
      tickets.push(decodeTicket(raw, office, d, number) as unknown as RawTicket);
    for (const raw of Object.values(await redis.hgetall(`${tag(office)}:day:${d}:ratings`))) ratings.push({ date: d, r: JSON.parse(raw) });
  }
  const complaints = Object.values(await redis.hgetall(`${tag(office)}:complaints`)).map((r) => JSON.parse(r));
  return { tickets, ratings, complaints };
}

export function deriveFacts(raw: Awaited<ReturnType<typeof readRaw>>, tracked: Tracked, targets: Record<string, number>): Fact[] {
  const facts: Fact[] = [];
  const add = (day: string, metric: string, dims: (string | false | undefined)[], value = 1) =>
    facts.push({ day, metric, dims: dims.filter((d): d is string => !!d), value });
  const byId = new Map(raw.tickets.map((t) => [t.id, t]));
  for (const t of raw.tickets) {
    const local = localOf(t.issuedAt);
    if (local.date !== t.date || local.hour !== t.hour) throw new Error(`ticket ${t.id} stored with the wrong local date/hour`);
    const day = local.date;
    const hr = `hr:${local.hour}`;
    add(day, 'issued', ['all', `svc:${t.origServiceId}`, hr]);
    if (t.priority) add(day, 'prio', ['all', `svc:${t.origServiceId}`, hr]);
    const staff = ['all', `svc:${t.serviceId}`, hr, t.counterId && `ctr:${t.counterId}`, t.officer && `off:${t.officer}`];
    switch (t.status) {
      case 'done':
        add(day, 'served', staff);
        add(day, 'svc', staff, Math.floor((t.doneAt! - t.calledAt!) / 1000));
        break;
      case 'no_show':
        add(day, 'noShow', staff);
        break;
      case 'expired':
        add(day, 'expired', ['all', `svc:${t.serviceId}`, hr]);
        break;
      case 'cancelled':
        add(day, 'cancelled', ['all', `svc:${t.serviceId}`, hr]);
        break;
      case 'closed_at_day_end':
        // still at a counter when the day closed: counted where a served ticket would be, with no service time
        add(day, 'dayEnd', staff);
        break;
      default:
        add(day, 'open', ['all', `svc:${t.serviceId}`, hr]);
    }
    if (t.firstCalledAt) {
      const first = tracked.firstCall.get(t.id);
      if (!first) throw new Error(`test lost the first call of ${t.id}`);
      const dims = ['all', `svc:${t.origServiceId}`, hr, `ctr:${first.counter}`, `off:${first.officer}`];
      const wait = Math.floor((t.firstCalledAt - t.issuedAt) / 1000);
      add(day, 'wait', dims, wait);
      if (wait <= targets[t.origServiceId]! * 60) add(day, 'waitOk', dims);
    }
  }
  // a transfer leaves one service and joins another of the same office: out and in under the office
  // total and the ticket's hour of issue alike, so totals and hour rows add up like the services
  for (const x of tracked.transfers) {
    const t = byId.get(x.ticketId);
    if (!t) throw new Error(`test lost the transferred ticket ${x.ticketId}`);
    const hr = `hr:${t.hour}`;
    add(x.day, 'transferOut', ['all', `svc:${x.from}`, hr, `ctr:${x.counter}`, `off:${x.officer}`]);
    add(x.day, 'transferIn', ['all', `svc:${x.to}`, hr]);
  }
  for (const c of tracked.calls) add(c.day, 'calls', ['all', `ctr:${c.counter}`, `off:${c.officer}`]);
  for (const c of tracked.recalls) add(c.day, 'recalls', ['all', `ctr:${c.counter}`]);
  for (const { date, r } of raw.ratings) {
    const t = byId.get(r.ticketId)!;
    const dims = ['all', `svc:${r.serviceId}`, `hr:${t.hour}`, r.counterId && `ctr:${r.counterId}`, r.officer && `off:${r.officer}`];
    add(date, `r${r.score}`, dims);
    if (r.comment) add(date, 'comments', dims);
    for (const [id, level] of Object.entries(r.criteria ?? {})) add(date, `crit:${id}:${level}`, dims);
  }
  for (const c of raw.complaints)
    add(localOf(c.createdAt).date, 'complaints', [
      'all',
      c.serviceId && `svc:${c.serviceId}`,
      c.counterId && `ctr:${c.counterId}`,
      c.officer && `off:${c.officer}`,
    ]);
  return facts;
}

/** Nearest-rank percentile and its histogram bucket (one-minute buckets below 60 min, five-minute to 180, then open). */
export function bucketRange(values: number[], p: number): { lo: number; hi: number } | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const v = sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
  const m = Math.floor(v / 60);
  if (m < 60) return { lo: m * 60, hi: m * 60 + 60 };
  if (m < 180) {
    const start = 60 + Math.floor((m - 60) / 5) * 5;
    return { lo: start * 60, hi: start * 60 + 300 };
  }
  return { lo: 180 * 60, hi: Infinity };
}

export interface Expected {
  count: (metric: string) => number;
  values: (metric: string) => number[];
}

export function expectedFor(facts: Fact[], days: Set<string>, dim: string): Expected {
  const mine = facts.filter((f) => days.has(f.day) && f.dims.includes(dim));
  return {
    count: (metric) => mine.filter((f) => f.metric === metric).length,
    values: (metric) => mine.filter((f) => f.metric === metric).map((f) => f.value),
  };
}

/** ISO week key computed independently (Thursday rule via the week's Monday). */
export function isoWeekKey(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const thursday = new Date(monday);
  thursday.setUTCDate(monday.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4, 12));
  const week1Monday = new Date(jan4);
  week1Monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7));
  const week = Math.round((monday.getTime() - week1Monday.getTime()) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function periodKey(date: string, by: string): string {
  switch (by) {
    case 'day':
      return date;
    case 'week':
      return isoWeekKey(date);
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    case 'year':
      return date.slice(0, 4);
    case 'weekday':
      return String((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7);
    default:
      throw new Error(by);
  }
}

/** Deterministic random numbers (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
