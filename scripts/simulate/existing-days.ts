/**
 * What the office already holds in the range a run was asked for. Days with data that no simulation
 * wrote (the office really worked, or an older simulator wrote them) are never written over; days a
 * simulation wrote are skipped, or with --replace removed first, all of them at once.
 */
import { officeDate } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { keys } from '../../server/redis/keys.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { rawDayKeys } from './stand-ins.js';

export interface ExistingDays {
  /** days with tickets, ratings, complaints or rollups that no simulation wrote */
  real: string[];
  /** days a simulation wrote */
  simulated: string[];
}

export async function existingDays(redis: RedisClient, office: string, dates: string[]): Promise<ExistingDays> {
  const simulated = new Set(await redis.smembers(keys.simulatedDays(office)));
  const pipe = redis.pipeline();
  for (const d of dates) pipe.exists(keys.tickets(office, d), keys.ratings(office, d), keys.aggregates(office, d)).zscore(keys.days(office), d);
  const replies = (await pipe.exec())!;
  const real = dates.filter((d, i) => !simulated.has(d) && (Number(replies[2 * i]![1]) > 0 || replies[2 * i + 1]![1] !== null));
  return { real, simulated: dates.filter((d) => simulated.has(d)) };
}

/**
 * Removes every day a simulation wrote, with its dossiers and complaints, and takes its counts out of
 * the month rollups, in one transaction (retried if a live write touched them meanwhile). All of them,
 * not only those of the new range: a simulated dossier is resolved on a later simulated day, so
 * removing some days would leave counts of dossiers that no longer exist. Returns the days removed.
 */
export async function removeSimulatedDays(redis: RedisClient, office: string, config: OfficeConfig): Promise<string[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const days = (await redis.smembers(keys.simulatedDays(office))).sort();
    if (!days.length) return [];
    const gone = new Set(days);
    const watched = [keys.simulatedDays(office), keys.dossiers(office), keys.complaints(office), ...days.map((d) => keys.aggregates(office, d))];
    await redis.watch(...watched);
    const rollups = await Promise.all(days.map((d) => redis.hgetall(keys.aggregates(office, d))));
    const dossiers = Object.entries(await redis.hgetall(keys.dossiers(office))).filter(([, v]) =>
      gone.has((JSON.parse(v) as { receivedDate: string }).receivedDate),
    );
    const complaints = Object.entries(await redis.hgetall(keys.complaints(office))).filter(([, v]) =>
      gone.has(officeDate((JSON.parse(v) as { createdAt: number }).createdAt, config.timeZone)),
    );
    const months = new Map<string, Map<string, number>>();
    days.forEach((d, i) => {
      const month = months.get(d.slice(0, 7)) ?? months.set(d.slice(0, 7), new Map()).get(d.slice(0, 7))!;
      for (const [field, n] of Object.entries(rollups[i]!)) month.set(field, (month.get(field) ?? 0) + Number(n));
    });
    const tx = redis.multi();
    for (const d of days) tx.del(...rawDayKeys(office, d, config), keys.aggregates(office, d));
    for (const [month, sums] of months) for (const [field, n] of sums) tx.hincrby(keys.monthAggregates(office, month), field, -n);
    tx.zrem(keys.days(office), ...days)
      .srem(keys.closedDays(office), ...days)
      .del(keys.simulatedDays(office));
    if (dossiers.length) tx.hdel(keys.dossiers(office), ...dossiers.map(([id]) => id));
    if (complaints.length) tx.hdel(keys.complaints(office), ...complaints.map(([id]) => id)).zrem(keys.complaintIndex(office), ...complaints.map(([id]) => id));
    const replies = await tx.exec();
    if (!replies) continue;
    const failed = replies.find(([err]) => err);
    if (failed) throw failed[0]!;
    return days;
  }
  throw new Error('the simulated days kept changing while being removed; try again');
}
