/**
 * The deployment's directory of offices: each office's name, short name and group in one hash,
 * written with every configuration save, so a supervisor's scope and the province views need one
 * read instead of one configuration per office. An office saved before the directory (or its key's
 * current version) existed is added when the directory is next read: at start-up, by the data
 * upgrades (server/offices/data-upgrades.ts).
 */
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';

export interface DirectoryEntry {
  id: string;
  name: string;
  /** what the province's views show where the full name is too long ("UBND xã …") */
  shortName?: string;
  group?: string;
}

export const directoryEntry = (config: OfficeConfig): string =>
  JSON.stringify({ name: config.name, ...(config.shortName ? { shortName: config.shortName } : {}), ...(config.group ? { group: config.group } : {}) });

/** Every office of the deployment with its names and group, sorted by id. */
export async function officeDirectory(ctx: Context): Promise<DirectoryEntry[]> {
  const [ids, raw] = await Promise.all([ctx.redis.smembers(keys.offices()), ctx.redis.hgetall(keys.officeDirectory())]);
  const missing = ids.filter((id) => !raw[id]);
  for (const id of missing) {
    // an id listed without a configuration (never finished, or removed by hand) is no office
    const config = await ctx.offices.get(id).then(
      (o) => o.config,
      () => undefined,
    );
    if (!config) continue;
    raw[id] = directoryEntry(config);
    await ctx.redis.hset(keys.officeDirectory(), id, raw[id]);
  }
  return ids
    .filter((id) => raw[id])
    .sort()
    .map((id) => ({ id, ...(JSON.parse(raw[id]!) as Omit<DirectoryEntry, 'id'>) }));
}
