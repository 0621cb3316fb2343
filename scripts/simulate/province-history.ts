/**
 * Province mode (`--offices N`): creates the first N offices of the demo province that do not exist
 * yet, puts the demo office in its group, and fills each with history through the same machinery as
 * one office (history.ts), so every promise of history mode holds per office: whole days only, never
 * today, never over days it did not write, days already simulated skipped. Offices are played a few
 * at a time: a day waits on Redis most of the time, so another office's day fills the gaps.
 */
import { DomainError } from '../../server/domain-error.js';
import { DEMO_OFFICE_ID } from '../../server/offices/demo-office.js';
import { OfficeStore } from '../../server/offices/office-store.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { simulateHistory, type HistoryOptions } from './history.js';
import { DEMO_OFFICE_GROUP, PROVINCE, profileOf, provinceOfficeConfig, type ProvinceOffice } from './province.js';

export interface ProvinceOptions extends Omit<HistoryOptions, 'office' | 'profile' | 'onDay'> {
  offices: number;
  /** offices played at the same time */
  parallel: number;
}

export interface ProvinceResult {
  created: string[];
  played: number;
  tickets: number;
  /** offices whose history stopped, with the reason (the others went on) */
  failed: { office: string; reason: string }[];
}

/** Creates the offices that are missing; an office that exists keeps its configuration. */
export async function createProvinceOffices(redis: RedisClient, chosen: readonly ProvinceOffice[]): Promise<string[]> {
  const store = new OfficeStore(redis);
  const created: string[] = [];
  for (const o of chosen) {
    if (await store.exists(o.id)) continue;
    try {
      await store.save(provinceOfficeConfig(o), { create: true });
      created.push(o.id);
    } catch (err) {
      // another run created it meanwhile
      if (!(err instanceof DomainError && err.code === 'conflict')) throw err;
    }
  }
  if (await store.exists(DEMO_OFFICE_ID)) {
    const { config } = await store.get(DEMO_OFFICE_ID, true);
    if (config.group === undefined) await store.save({ ...config, group: DEMO_OFFICE_GROUP });
  }
  return created;
}

export async function simulateProvince(redis: RedisClient, opts: ProvinceOptions): Promise<ProvinceResult> {
  if (!(Number.isInteger(opts.offices) && opts.offices >= 1 && opts.offices <= PROVINCE.length)) {
    throw new Error(`--offices must be a whole number from 1 to ${PROVINCE.length} (the communes and wards of the demo province)`);
  }
  const { offices, parallel, log, ...history } = opts;
  const chosen = PROVINCE.slice(0, offices);
  const created = await createProvinceOffices(redis, chosen);
  if (created.length) log(`created ${created.length} offices: ${created.join(', ')}`);

  const result: ProvinceResult = { created, played: 0, tickets: 0, failed: [] };
  // one line per hundred office days played, whichever offices they were in
  const progress = { days: 0, tickets: 0, started: Date.now() };
  const onDay = (tickets: number) => {
    progress.tickets += tickets;
    if (++progress.days % 100 === 0) {
      log(`  ${progress.days} office days, ${progress.tickets} tickets so far (${((Date.now() - progress.started) / 60_000).toFixed(1)} min)`);
    }
  };
  const waiting = [...chosen];
  const worker = async () => {
    for (let o = waiting.shift(); o; o = waiting.shift()) {
      const office = o.id;
      const started = Date.now();
      try {
        const done = await simulateHistory(redis, {
          ...history,
          office,
          profile: profileOf(o),
          onDay,
          log: (line) => log(`${office}: ${line}`),
        });
        result.played += done.played;
        result.tickets += done.tickets;
        log(`${office} (${o.group}): ${done.played} days, ${done.tickets} tickets in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        result.failed.push({ office, reason });
        log(`${office}: stopped: ${reason}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, chosen.length)) }, worker));
  return result;
}
