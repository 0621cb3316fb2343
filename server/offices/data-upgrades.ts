/**
 * One-time upgrades of data written by earlier versions, for every office: month rollups built from
 * day rollups (server/reports/month-rollups.ts), and the old hash of unpaired device heartbeats
 * dropped; for the deployment, the office directory of before short names dropped (its next version
 * fills itself from the configurations, server/offices/office-directory.ts). Once a pass has covered every office, a deployment-wide marker records it and later
 * starts skip the pass: offices created since hold no such data (the scripts write month rollups
 * as they go, and nothing writes the old device hash any more).
 */
import type { Context } from '../context.js';
import { dropLegacyDeviceList } from '../devices/device-store.js';
import { keys } from '../redis/keys.js';
import { ensureMonthRollups } from '../reports/month-rollups.js';

/** Bump when an upgrade is added: the next start then passes over every office once more. */
const UPGRADES = { 'office-data': '1', 'office-directory': '2' };

/** Runs the upgrades still due; returns the offices looked at (0 when the marker says it is done). */
export async function upgradeOldOfficeData(ctx: Context): Promise<number> {
  if ((await ctx.redis.hget(keys.dataUpgrades(), 'office-directory')) !== UPGRADES['office-directory']) {
    await ctx.redis.del(keys.officeDirectoryV1());
    await ctx.redis.hset(keys.dataUpgrades(), 'office-directory', UPGRADES['office-directory']);
  }
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
