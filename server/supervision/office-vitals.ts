/**
 * What the live wall is built from, read for many offices in one pipelined round trip: the
 * counters the scripts keep for the day (the day rollup's `all` figures, the waiting lines' sizes
 * and oldest entries, read by one read-only script per office), the counters' states, the open complaints' deadlines and the paired
 * screens' presence. The wall reads only the parts that changed (`VitalPart`), so a call in one
 * office costs a few commands of that office, never a query of every office.
 */
import { officeDate } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import type { DirectoryEntry } from '../offices/office-directory.js';
import { keys } from '../redis/keys.js';
import type { Metrics } from '../reports/rollup-reader.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
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
  /** its last join or heartbeat, and whether its socket was open then; none: never connected since it was paired */
  seen?: { lastSeen: number; connected: boolean };
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

/** The day rollup's `all` figures the wall's row is made of (server/supervision/live-row.ts) */
const TODAY_METRICS = ['issued', 'served', 'r1', 'r2', 'r3', 'r4', 'comments'] as const;
const TODAY_FIELDS = TODAY_METRICS.map((m) => `${m}|all`);

/** How many replies a part's reads have, and how to read them back into its office's vitals. */
interface PartReader {
  replies: number;
  read(res: Reply, at: number): void;
}

/** Queues the reads of one part of one office. */
function queuePart(pipe: ReturnType<Context['redis']['pipeline']>, v: OfficeVitals, part: VitalPart): PartReader {
  const id = v.office.id;
  switch (part) {
    case 'today': {
      const call = scripts.readOfficeToday.queue(
        pipe,
        {
          aggregates: keys.aggregates(id, v.date),
          queues: v.config.services.map((s) => ({ priority: keys.queue(id, v.date, s.id, true), normal: keys.queue(id, v.date, s.id, false) })),
        },
        { fields: TODAY_FIELDS },
      );
      return {
        replies: 1,
        read: (res, at) => {
          const reply = call.decode(res[at]!);
          if (isFailure(reply)) throw new Error(reply.error);
          v.lines = v.config.services.map((s, i) => {
            const [waiting, oldest] = reply.lines[i]!;
            return { serviceId: s.id, waiting, oldest: oldest < 0 ? null : oldest, targetWaitMinutes: s.targetWaitMinutes };
          });
          v.today = new Map(TODAY_METRICS.map((m, i) => [m, reply.fields[i]!]));
        },
      };
    }
    case 'counters':
      // the configured counters only (one removed from the configuration may still have a state)
      pipe.hmget(keys.counters(id), ...v.config.counters.map((c) => c.id));
      return {
        replies: 1,
        read: (res, at) => {
          v.counters = ((res[at]![1] as (string | null)[]) ?? []).map((r) => {
            const c = r ? (JSON.parse(r) as StoredCounter) : undefined;
            return { status: c?.status ?? 'closed', ...(c?.pausedAt !== undefined ? { pausedAt: c.pausedAt } : {}) };
          });
        },
      };
    case 'complaints':
      pipe.hvals(keys.complaints(id));
      return {
        replies: 1,
        read: (res, at) => {
          v.complaintDues = ((res[at]![1] as string[]) ?? [])
            .map((r) => JSON.parse(r) as { status: string; dueAt: number })
            .filter((c) => c.status !== 'resolved')
            .map((c) => c.dueAt);
        },
      };
    case 'devices':
      pipe.hgetall(keys.deviceRecords(id)).hgetall(keys.deviceKeys(id)).hgetall(keys.devicePresence(id));
      return {
        replies: 3,
        read: (res, at) => {
          const [records, paired, presence] = [0, 1, 2].map((k) => (res[at + k]![1] ?? {}) as Record<string, string>);
          v.screens = Object.entries(records!)
            .filter(([device]) => paired![device])
            .map(([device, raw]) => {
              const kind = (JSON.parse(raw) as { kind: string }).kind;
              return presence![device] ? { kind, seen: JSON.parse(presence![device]) as { lastSeen: number; connected: boolean } } : { kind };
            })
            .filter((s) => s.kind !== 'tablet');
        },
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
  const readers: { v: OfficeVitals; part: PartReader }[] = [];
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
    for (const part of fresh ? ALL_PARTS : w.parts) readers.push({ v, part: queuePart(pipe, v, part) });
    out.push(v);
  }
  if (!readers.length) return out;
  const res = ((await pipe.exec()) ?? []) as Reply;
  // an office whose keys hold something unexpected is left out, not the others with it
  const broken = new Set<OfficeVitals>();
  let at = 0;
  for (const { v, part } of readers) {
    // an unreadable value (not JSON, a key of another type) marks its office broken
    try {
      part.read(res, at);
    } catch {
      broken.add(v);
    }
    at += part.replies;
  }
  if (broken.size) ctx.log.warn({ offices: [...broken].map((v) => v.office.id) }, 'live wall: office figures unreadable');
  return out.filter((v) => !broken.has(v));
}
