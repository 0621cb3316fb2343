/**
 * Retention: an office's raw tickets, ratings and events older than RETENTION_DAYS leave Redis for
 * gzipped NDJSON files, one per office and month (`<DATA_DIR>/archive/<office>/<YYYY-MM>.ndjson.gz`).
 * The day rollups (`…:day:<date>:agg`) stay, so reports over any range keep working.
 *
 * Safe to run again after dying at any point: a month file is rewritten whole (merged with what it
 * held, deduplicated by record key) to a temporary file, fsynced and renamed before anything is
 * deleted from Redis, and the deletes only remove what the file already holds.
 */
import { createReadStream, existsSync, mkdirSync, openSync, fsyncSync, closeSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gzipSync } from 'node:zlib';
import { addDays, officeDate, officeInstant } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { decodeEvent } from '../redis/event-codec.js';
import { keys } from '../redis/keys.js';
import { decodeDay } from '../tickets/ticket-codec.js';

export interface RetentionOptions {
  dataDir: string;
  retentionDays: number;
  /**
   * Events (the audit stream) may leave Redis sooner than tickets: nothing on a request reads them,
   * and they are most of a ticket's memory once its day is rolled up. Default: retentionDays.
   */
  eventRetentionDays?: number;
}

export interface ArchiveResult {
  office: string;
  /** ticket days whose raw data left Redis */
  days: string[];
  events: number;
  files: string[];
}

/** One line of an archive file. */
export type ArchiveRecord =
  | { kind: 'ticket'; office: string; date: string; ticket: Record<string, unknown> }
  | { kind: 'rating'; office: string; date: string; number: string; rating: Record<string, unknown> }
  | { kind: 'rollup'; office: string; date: string; fields: Record<string, string> }
  | { kind: 'event'; office: string; id: string; type: string; t: number; data: unknown };

const recordKey = (r: ArchiveRecord) =>
  r.kind === 'ticket'
    ? `t:${r.date}:${String(r.ticket.number)}`
    : r.kind === 'rating'
      ? `r:${r.date}:${r.number}`
      : r.kind === 'rollup'
        ? `a:${r.date}`
        : `e:${r.id}`;

export const archiveFile = (dataDir: string, office: string, month: string) => join(dataDir, 'archive', office, `${month}.ndjson.gz`);

/** Reads an archive file (a missing file reads as empty). */
export async function readArchive(file: string): Promise<ArchiveRecord[]> {
  if (!existsSync(file)) return [];
  const out: ArchiveRecord[] = [];
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) out.push(JSON.parse(line) as ArchiveRecord);
  return out;
}

async function writeMonth(file: string, records: ArchiveRecord[]): Promise<void> {
  const merged = new Map<string, ArchiveRecord>();
  for (const r of await readArchive(file)) merged.set(recordKey(r), r);
  for (const r of records) merged.set(recordKey(r), r);
  const body = [...merged.values()].map((r) => JSON.stringify(r)).join('\n') + '\n';
  mkdirSync(join(file, '..'), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, gzipSync(body));
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, file);
}

const monthOf = (date: string) => date.slice(0, 7);

/** Archives and removes one office's raw data older than the retention period. */
export async function archiveOffice(ctx: Context, office: string, opts: RetentionOptions): Promise<ArchiveResult> {
  const { config } = await ctx.offices.get(office, true);
  const tz = config.timeZone;
  const cutoff = addDays(officeDate(ctx.clock(), tz), -opts.retentionDays); // days before this one go
  const today = officeDate(ctx.clock(), tz);
  const eventCutoffMs = officeInstant(addDays(today, -Math.min(opts.eventRetentionDays ?? opts.retentionDays, opts.retentionDays)), 0, tz);
  const [oldDays, closed] = await Promise.all([
    ctx.redis.zrangebyscore(keys.days(office), '-inf', `(${cutoff.replaceAll('-', '')}`),
    ctx.redis.smembers(keys.closedDays(office)),
  ]);
  const closedSet = new Set(closed);
  // a day is archived once it is closed (its waiting tickets expired, identity data stripped)
  const days = oldDays.filter((d) => closedSet.has(d));

  const months = new Map<string, { days: string[]; events: ArchiveRecord[] }>();
  const month = (m: string) => months.get(m) ?? months.set(m, { days: [], events: [] }).get(m)!;
  for (const d of days) month(monthOf(d)).days.push(d);

  // events before the cutoff, in pages, bucketed by office-local month. Their time is the domain
  // clock's (decodeEvent); the stream is append-only, so the first newer event ends the scan.
  let start = '-';
  let events = 0;
  let lastId: string | undefined;
  scan: for (;;) {
    const page = await ctx.redis.xrange(keys.events(office), start, '+', 'COUNT', 5000);
    for (const [id, fields] of page) {
      // written out in full (Redis keeps a short form): the archive reads without this codebase
      const { type, t, data } = decodeEvent(office, id, fields);
      if (t >= eventCutoffMs) break scan;
      month(monthOf(officeDate(t, tz))).events.push({ kind: 'event', office, id, type, t, data });
      events++;
      lastId = id;
    }
    if (page.length < 5000) break;
    start = `(${page.at(-1)![0]}`;
  }

  const files: string[] = [];
  for (const [m, { days: monthDays, events: monthEvents }] of [...months].sort()) {
    const records: ArchiveRecord[] = [...monthEvents];
    for (const date of monthDays) {
      const [tickets, ratings, agg] = await Promise.all([
        ctx.redis.hgetall(keys.tickets(office, date)),
        ctx.redis.hgetall(keys.ratings(office, date)),
        ctx.redis.hgetall(keys.aggregates(office, date)),
      ]);
      // written out in the long form: the archive stays readable without this codebase
      for (const ticket of decodeDay(tickets, office, date)) records.push({ kind: 'ticket', office, date, ticket: { ...ticket } });
      for (const [number, json] of Object.entries(ratings))
        records.push({ kind: 'rating', office, date, number, rating: JSON.parse(json) as Record<string, unknown> });
      if (Object.keys(agg).length) records.push({ kind: 'rollup', office, date, fields: agg });
    }
    const file = archiveFile(opts.dataDir, office, m);
    await writeMonth(file, records);
    files.push(file);
  }

  // only now, with every file on disk, the raw data leaves Redis (the rollups stay)
  for (const date of days) {
    const queues = config.services.flatMap((s) => [keys.queue(office, date, s.id, true), keys.queue(office, date, s.id, false)]);
    // the day's bookings (their citizens already forgotten at the day's close; the rollups keep their counts)
    const bookings = await ctx.redis.smembers(keys.dayBookings(office, date));
    if (bookings.length) await ctx.redis.hdel(keys.bookings(office), ...bookings);
    for (const key of [
      keys.tickets(office, date),
      keys.ratings(office, date),
      keys.sequences(office, date),
      keys.idempotency(office, date),
      keys.recentCalls(office, date),
      keys.dayBookings(office, date),
      keys.slotSeats(office, date),
      keys.bookingCaps(office, date),
      keys.ticketPush(office, date),
      ...queues,
    ]) {
      await ctx.redis.del(key);
    }
    // out of the day index last: a run that dies before this line finds the day again
    await ctx.redis.zrem(keys.days(office), date);
    await ctx.redis.srem(keys.closedDays(office), date);
  }
  if (lastId) {
    // MINID keeps ids >= the threshold: the id right after the last archived one
    const [ms, seq] = lastId.split('-');
    await ctx.redis.xtrim(keys.events(office), 'MINID', `${ms}-${Number(seq) + 1}`);
  }
  if (days.length || events) ctx.log.info({ office, days: days.length, events, files: files.length }, 'retention: archived and removed raw data');
  return { office, days, events, files };
}
