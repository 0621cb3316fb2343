/**
 * Each simulated day is all or nothing. A run holds the office's journal while it works and names in
 * it the day it is writing; the day's stand-ins (stand-ins.ts) are copied into the office, the day
 * added to the indexes and the journal cleared in one MULTI, so reports see the whole day or none of
 * it. A day that fails is rolled back at once; a run that died mid-day leaves the journal naming the
 * day, and the next run rolls it back before anything else.
 */
import { hostname } from 'node:os';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { keys } from '../../server/redis/keys.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { dayStandIns, liveKeys, rawDayKeys } from './stand-ins.js';

interface Journal {
  pid: number;
  host: string;
  date?: string;
}

const ours = (date?: string): string => JSON.stringify({ pid: process.pid, host: hostname(), ...(date ? { date } : {}) } satisfies Journal);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function check(tx: Promise<[Error | null, unknown][] | null>): Promise<void> {
  const replies = await tx;
  if (!replies) throw new Error('the simulation journal changed under this run');
  const failed = replies.find(([err]) => err);
  if (failed) throw failed[0]!;
}

/** Rolls back the day: its raw keys and stand-ins go, and nothing of it was ever copied into the office. */
export async function rollbackDay(redis: RedisClient, office: string, config: OfficeConfig, date: string): Promise<void> {
  // a commit whose reply was lost (the connection dropped) did happen: the day is whole, keep it
  if ((await redis.sismember(keys.simulatedDays(office), date)) === 1) return;
  await check(
    redis
      .multi()
      .del(...rawDayKeys(office, date, config), ...dayStandIns(office, date))
      .set(keys.simulationJournal(office), ours())
      .exec(),
  );
}

/**
 * Takes the office's journal for this run. Refuses while another live simulation on this machine
 * holds it; a journal left by a run that died is taken over, and the day it named rolled back.
 * Returns that day, if any.
 */
export async function openJournal(redis: RedisClient, office: string, config: OfficeConfig): Promise<string | undefined> {
  const raw = await redis.get(keys.simulationJournal(office));
  const left = raw ? (JSON.parse(raw) as Journal) : undefined;
  if (left && left.host === hostname() && left.pid !== process.pid && alive(left.pid)) {
    throw new Refusal(`another simulation (process ${left.pid}) is writing office ${office}; let it finish first`);
  }
  await redis.set(keys.simulationJournal(office), ours());
  // stand-ins of the live keys are left by a run that died outside a day (results and answers)
  await redis.del(...liveKeys(office).map(keys.simulationStandIn));
  if (left?.date) await rollbackDay(redis, office, config, left.date);
  return left?.date;
}

export async function closeJournal(redis: RedisClient, office: string): Promise<void> {
  await redis.del(keys.simulationJournal(office), ...liveKeys(office).map(keys.simulationStandIn));
}

/** Names the day in the journal before its first write. */
export async function beginDay(redis: RedisClient, office: string, config: OfficeConfig, date: string): Promise<void> {
  // stand-ins start empty: counters closed, no rollup, no complaints of the day yet
  await check(
    redis
      .multi()
      .del(...dayStandIns(office, date))
      .set(keys.simulationJournal(office), ours(date))
      .exec(),
  );
}

/** Copies the finished day's stand-ins into the office and clears the journal, in one transaction. */
export async function commitDay(redis: RedisClient, office: string, date: string): Promise<void> {
  const standIn = keys.simulationStandIn;
  const month = date.slice(0, 7);
  const [agg, monthAgg, dossiers, complaints, index, days, closed] = await Promise.all([
    redis.hgetall(standIn(keys.aggregates(office, date))),
    redis.hgetall(standIn(keys.monthAggregates(office, month))),
    redis.hgetall(standIn(keys.dossiers(office))),
    redis.hgetall(standIn(keys.complaints(office))),
    redis.zrange(standIn(keys.complaintIndex(office)), '0', '-1', 'WITHSCORES'),
    redis.zrange(standIn(keys.days(office)), '0', '-1', 'WITHSCORES'),
    redis.smembers(standIn(keys.closedDays(office))),
  ]);
  const tx = redis.multi();
  // rollups are counters: added, so a write that reached the real key meanwhile still counts once
  for (const [field, n] of Object.entries(agg)) tx.hincrby(keys.aggregates(office, date), field, Number(n));
  for (const [field, n] of Object.entries(monthAgg)) tx.hincrby(keys.monthAggregates(office, month), field, Number(n));
  if (Object.keys(dossiers).length) tx.hset(keys.dossiers(office), dossiers);
  if (Object.keys(complaints).length) tx.hset(keys.complaints(office), complaints);
  for (let i = 0; i < index.length; i += 2) tx.zadd(keys.complaintIndex(office), index[i + 1]!, index[i]!);
  for (let i = 0; i < days.length; i += 2) tx.zadd(keys.days(office), days[i + 1]!, days[i]!);
  if (closed.length) tx.sadd(keys.closedDays(office), ...closed);
  tx.sadd(keys.simulatedDays(office), date);
  tx.del(...dayStandIns(office, date));
  tx.set(keys.simulationJournal(office), ours());
  await check(tx.exec());
}

/** A reason not to run at all (nothing was written): the message says what to do. */
export class Refusal extends Error {}
