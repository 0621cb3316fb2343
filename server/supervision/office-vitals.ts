/**
 * What the live wall is built from, read for many offices in one pipelined round trip: the
 * counters the scripts keep for the day (the day rollup's `all` figures, the waiting lines' sizes
 * and oldest entries), the counters' states, the open complaints' deadlines and the paired
 * screens' presence. The wall reads only the parts that changed (`VitalPart`), so a call in one
 * office costs a few commands of that office, never a query of every office.
 */
import { officeDate } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import type { DirectoryEntry } from '../offices/office-directory.js';
import { keys } from '../redis/keys.js';
import { parseRollup, type Metrics } from '../reports/rollup-reader.js';
import type { StoredCounter } from '../tickets/counter-state.js';

export type VitalPart = 'today' | 'counters' | 'complaints' | 'devices';
export const ALL_PARTS: readonly VitalPart[] = ['today', 'counters', 'complaints', 'devices'];

export interface ServiceLine {
  serviceId: string;
  waiting: number;
  /** when the longest-waiting ticket was issued (null: nobody waits) */
  oldest: number | null;
  targetWaitMinutes: number;
}

export interface ScreenPresence {
  kind: string;
  lastSeen: number | null;
  connected: boolean;
}

export interface OfficeVitals {
  office: DirectoryEntry;
  config: OfficeConfig;
  date: string;
  lines: ServiceLine[];
  /** the day rollup's `all` metrics */
  today: Metrics;
  counters: Pick<StoredCounter, 'status' | 'pausedAt'>[];
  /** deadlines of the complaints still open */
  complaintDues: number[];
  /** paired boards, kiosks and counter screens */
  screens: ScreenPresence[];
}

type Reply = [Error | null, unknown][];

/** Queues the reads of one part of one office; returns how to read the replies back into `v`. */
function queuePart(pipe: ReturnType<Context['redis']['pipeline']>, v: OfficeVitals, part: VitalPart): (res: Reply, at: number) => number {
  const id = v.office.id;
  switch (part) {
    case 'today': {
      for (const s of v.config.services)
        for (const priority of [true, false])
          pipe.zcard(keys.queue(id, v.date, s.id, priority)).zrange(keys.queue(id, v.date, s.id, priority), '0', '0', 'WITHSCORES');
      pipe.hgetall(keys.aggregates(id, v.date));
      return (res, at) => {
        v.lines = v.config.services.map((s, i) => {
          let waiting = 0;
          let oldest: number | null = null;
          for (let p = 0; p < 2; p++) {
            waiting += Number(res[at + 4 * i + 2 * p]![1] ?? 0);
            const first = res[at + 4 * i + 2 * p + 1]![1] as string[];
            if (first?.length) oldest = Math.min(oldest ?? Infinity, Number(first[1]));
          }
          return { serviceId: s.id, waiting, oldest, targetWaitMinutes: s.targetWaitMinutes };
        });
        const n = v.config.services.length * 4;
        v.today = parseRollup(v.date, (res[at + n]![1] ?? {}) as Record<string, string>).dims.get('all') ?? new Map();
        return n + 1;
      };
    }
    case 'counters':
      // the configured counters only (one removed from the configuration may still have a state)
      pipe.hmget(keys.counters(id), ...v.config.counters.map((c) => c.id));
      return (res, at) => {
        v.counters = ((res[at]![1] as (string | null)[]) ?? []).map((r) => {
          const c = r ? (JSON.parse(r) as StoredCounter) : undefined;
          return { status: c?.status ?? 'closed', ...(c?.pausedAt !== undefined ? { pausedAt: c.pausedAt } : {}) };
        });
        return 1;
      };
    case 'complaints':
      pipe.hvals(keys.complaints(id));
      return (res, at) => {
        v.complaintDues = ((res[at]![1] as string[]) ?? [])
          .map((r) => JSON.parse(r) as { status: string; dueAt: number })
          .filter((c) => c.status !== 'resolved')
          .map((c) => c.dueAt);
        return 1;
      };
    case 'devices':
      pipe.hgetall(keys.deviceRecords(id)).hgetall(keys.deviceKeys(id)).hgetall(keys.devicePresence(id));
      return (res, at) => {
        const [records, paired, presence] = [0, 1, 2].map((k) => (res[at + k]![1] ?? {}) as Record<string, string>);
        v.screens = Object.entries(records!)
          .filter(([device]) => paired![device])
          .map(([device, raw]) => {
            const seen = presence![device] ? (JSON.parse(presence![device]) as { lastSeen: number; connected: boolean }) : undefined;
            return { kind: (JSON.parse(raw) as { kind: string }).kind, lastSeen: seen?.lastSeen ?? null, connected: seen?.connected ?? false };
          })
          .filter((s) => s.kind !== 'tablet');
        return 3;
      };
  }
}

/**
 * Reads the given parts of each office into its vitals (a new one, all parts, for an office not
 * held yet, or whose day or configuration changed). One pipeline for all of them. An office whose
 * configuration is gone (deleted meanwhile) is left out rather than failing the others.
 */
export async function readVitals(
  ctx: Context,
  wanted: { office: DirectoryEntry; parts: readonly VitalPart[]; held?: OfficeVitals }[],
): Promise<OfficeVitals[]> {
  const now = ctx.clock();
  const pipe = ctx.redis.pipeline();
  const readers: { v: OfficeVitals; read: (res: Reply, at: number) => number }[] = [];
  const out: OfficeVitals[] = [];
  const configs = await Promise.all(
    wanted.map((w) =>
      ctx.offices.get(w.office.id).then(
        (o) => o.config,
        () => undefined,
      ),
    ),
  );
  for (const [i, w] of wanted.entries()) {
    const config = configs[i];
    if (!config) continue;
    const date = officeDate(now, config.timeZone);
    const fresh = !w.held || w.held.date !== date || w.held.config !== config;
    const v: OfficeVitals = fresh
      ? { office: w.office, config, date, lines: [], today: new Map(), counters: [], complaintDues: [], screens: [] }
      : { ...w.held!, office: w.office };
    for (const part of fresh ? ALL_PARTS : w.parts) readers.push({ v, read: queuePart(pipe, v, part) });
    out.push(v);
  }
  if (!readers.length) return out;
  const res = ((await pipe.exec()) ?? []) as Reply;
  // an office whose keys hold something unexpected is left out, not the others with it
  const broken = new Set<OfficeVitals>();
  let at = 0;
  for (const { v, read } of readers) at += readPart(v, read, res, at, broken);
  if (broken.size) ctx.log.warn({ offices: [...broken].map((v) => v.office.id) }, 'live wall: office figures unreadable');
  return out.filter((v) => !broken.has(v));
}

/**
 * Reads one part's replies. An unreadable value (not JSON, a key of another type) marks its office
 * broken; the part is then read over empty replies, only to count how many replies it had.
 */
function readPart(v: OfficeVitals, read: (res: Reply, at: number) => number, res: Reply, at: number, broken: Set<OfficeVitals>): number {
  try {
    return read(res, at);
  } catch {
    broken.add(v);
    return read(
      res.map(() => [null, null]),
      at,
    );
  }
}
