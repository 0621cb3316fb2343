/**
 * One-time upgrades of data written by earlier versions, for every office: month rollups built from
 * day rollups (server/reports/month-rollups.ts), and the old hash of unpaired device heartbeats
 * dropped. Once a pass has covered every office, a deployment-wide marker records it and later
 * starts skip the pass: offices created since hold no such data (the scripts write month rollups
 * as they go, and nothing writes the old device hash any more).
 *
 * At every start, the office directory's first version (without short names) is dropped and the
 * current one filled from the configurations where it lacks an office: one command each time, and
 * a process of the previous version still running during an update may write the old one again.
 */
import type { Context } from '../context.js';
import { dropLegacyDeviceList } from '../devices/device-store.js';
import { keys } from '../redis/keys.js';
import { ensureMonthRollups } from '../reports/month-rollups.js';
import { officeDirectory } from './office-directory.js';

/** Bump when an upgrade is added: the next start then passes over every office once more. */
const UPGRADES = { 'office-data': '1' };

/** Runs the upgrades still due; returns the offices looked at (0 when the marker says it is done). */
export async function upgradeOldOfficeData(ctx: Context): Promise<number> {
  await ctx.redis.del(keys.legacyOfficeDirectory());
  // filled here once, not by the first views to read it at the same time
  await officeDirectory(ctx);
  if ((await ctx.redis.hget(keys.dataUpgrades(), 'office-data')) === UPGRADES['office-data']) return 0;
  const offices = await ctx.offices.list();
  for (const office of offices) {
    const rebuilt = await ensureMonthRollups(ctx, office);
    if (rebuilt.length) ctx.log.info({ office, months: rebuilt }, 'month rollups rebuilt from day rollups');
    if (await dropLegacyDeviceList(ctx, office)) ctx.log.info({ office }, 'old unpaired device list removed');
  }
  await ctx.redis.hset(keys.dataUpgrades(), 'office-data', UPGRADES['office-data']);
  return offices.length;
}
