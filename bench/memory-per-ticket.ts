/** Scenario 4: Redis memory per ticket once its day is rolled up, and a city of 500 offices for a year on paper. */
import { join } from 'node:path';
import { keys } from '../server/redis/keys.js';
import type { RedisClient } from '../server/redis/scripts.js';
import { archiveOffice } from '../server/retention/archive-office.js';
import { addDays, officeInstant } from '../shared/office-time.js';
import type { SessionUser } from '../shared/schemas/auth.js';
import { quick, TZ, type BenchContext } from './context.js';
import { round } from './figures.js';
import { benchOffice, runDay } from './office-day.js';

async function memoryOf(redis: RedisClient, key: string): Promise<number> {
  return Number((await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) ?? 0);
}

export async function measureMemory(bench: BenchContext, officers: SessionUser[]) {
  const { app, redis, clock } = bench;
  const memOffice = 'bench-memory';
  for (const u of officers) u.offices = [memOffice];
  await app.ctx.offices.save({ ...benchOffice(memOffice), workingDays: [0, 1, 2, 3, 4, 5, 6] }, { create: true });
  const memDay = '2025-06-02';
  const memTickets = quick ? 500 : 2000;
  await runDay(app, clock, memOffice, memDay, memTickets, officers);
  const mem = {
    tickets: await memoryOf(redis, keys.tickets(memOffice, memDay)),
    events: await memoryOf(redis, keys.events(memOffice)),
    ratings: await memoryOf(redis, keys.ratings(memOffice, memDay)),
    idempotency: await memoryOf(redis, keys.idempotency(memOffice, memDay)),
    sequences: await memoryOf(redis, keys.sequences(memOffice, memDay)),
    recentCalls: await memoryOf(redis, keys.recentCalls(memOffice, memDay)),
    rollup: await memoryOf(redis, keys.aggregates(memOffice, memDay)),
  };
  const raw = mem.tickets + mem.events + mem.ratings + mem.idempotency + mem.sequences + mem.recentCalls;
  const perTicket = raw / memTickets;
  // keys with a TTL leave Redis by themselves (idempotency keys and the last calls, a day after the
  // day's last write): the long-term figure is without them
  const ttls = {
    idempotency: await redis.ttl(keys.idempotency(memOffice, memDay)),
    recentCalls: await redis.ttl(keys.recentCalls(memOffice, memDay)),
  };
  const expiring = (Object.keys(ttls) as (keyof typeof ttls)[]).filter((k) => ttls[k] > 0).reduce((a, k) => a + mem[k], 0);
  const perTicketLongTerm = (raw - expiring) / memTickets;
  const eventsPerTicket = (await redis.xlen(keys.events(memOffice))) / memTickets;
  const ratedTickets = await redis.hlen(keys.ratings(memOffice, memDay));
  // the daily retention job with EVENT_RETENTION_DAYS: the day's events move to the archive file
  clock.now = officeInstant(addDays(memDay, 2), 3 * 60, TZ);
  const archiveDir = join(bench.dir, 'archive-bench');
  await archiveOffice(app.ctx, memOffice, { dataDir: archiveDir, retentionDays: 400, eventRetentionDays: 1 });
  const eventsAfter = await memoryOf(redis, keys.events(memOffice));
  const perTicketAfter = (raw - expiring - mem.events + eventsAfter) / memTickets;
  const sample = Object.values(await redis.hgetall(keys.tickets(memOffice, memDay)))[0]!;
  // the city on paper: 500 offices, 250 working days, 150 tickets a day per office (a busy commune)
  const city = { offices: 500, workingDays: 250, ticketsPerOfficeDay: 150 };
  const cityTickets = city.offices * city.workingDays * city.ticketsPerOfficeDay;
  return {
    ticketsInDay: memTickets,
    bytesByKey: mem,
    bytesPerTicket: Math.round(perTicket),
    bytesPerTicketLongTerm: Math.round(perTicketLongTerm),
    expiringKeysTtlSeconds: ttls,
    bytesPerTicketAfterEventArchive: Math.round(perTicketAfter),
    bytesPerTicketTicketHash: Math.round(mem.tickets / memTickets),
    bytesPerTicketEvents: Math.round(mem.events / memTickets),
    eventsPerTicket: round(eventsPerTicket, 2),
    ratedTickets,
    ticketJsonBytes: sample.length,
    rollupBytesPerOfficeDay: mem.rollup,
    goal: '<= 500 bytes per ticket including its events (long term: once the keys with a TTL have expired)',
    city: {
      ...city,
      tickets: cityTickets,
      rawGiB: round((cityTickets * perTicketLongTerm) / 2 ** 30, 2),
      rawGiBAfterEventArchive: round((cityTickets * perTicketAfter) / 2 ** 30, 2),
      rollupsGiB: round((city.offices * city.workingDays * mem.rollup) / 2 ** 30, 2),
      note: 'raw data is kept RETENTION_DAYS (default 400) then archived to disk; rollups stay',
    },
  };
}
