/**
 * What a start does for each office, and that a start does it only where needed: the job schedulers
 * written only when missing or changed, the upgrades of older data once per deployment.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createQueue, QUEUE } from '../../server/jobs/queues.js';
import { startWorkers } from '../../server/jobs/workers.js';
import { upgradeOldOfficeData } from '../../server/offices/data-upgrades.js';
import { OfficeStore } from '../../server/offices/office-store.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { createRedis } from '../../server/redis/connect.js';
import { keys } from '../../server/redis/keys.js';
import { reportQueues } from '../../server/reports/report-jobs.js';
import { startTestApp, uniqueOffice, type TestApp } from '../support/test-app.js';

describe('the job schedulers at start', () => {
  let t: TestApp;
  let second: string;
  beforeAll(async () => {
    t = await startTestApp();
    second = uniqueOffice();
    await t.app.ctx.offices.save({ ...demoOffice(), id: second }, { create: true });
  });
  afterAll(async () => t.close());

  it('are written where missing or changed, not again at each start', async () => {
    const offices = [t.office, second];
    const start = async () => {
      const w = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: false, offices });
      const { schedulers } = await w.officeWork;
      await w.close();
      return schedulers;
    };
    // day close, weekly and monthly self-inspection, for each office
    expect(await start()).toBe(6);
    expect(await start()).toBe(0);

    // the closing time changed while no process ran (another process's save, no listener here)
    const elsewhere = new OfficeStore(t.redis);
    const { config } = await elsewhere.get(second, true);
    await elsewhere.save({ ...config, closingTime: '17:30' });
    expect(await start()).toBe(1);
    const queue = reportQueues(t.redis, t.app.ctx.jobPrefix);
    const dayClose = createQueue(QUEUE.dayClose, t.redis, t.app.ctx.jobPrefix);
    const closing = await dayClose.getJobSchedulers();
    await dayClose.close();
    expect(closing.filter((s) => s.key === `close-${second}`)).toMatchObject([{ pattern: '30 17 * * *', tz: 'Asia/Ho_Chi_Minh' }]);
    const inspections = (await queue.snapshots.getJobSchedulers()).filter((s) => s.key.endsWith(second));
    expect(inspections.map((s) => s.key).sort()).toEqual([`monthly-${second}`, `weekly-${second}`]);
  });
});

describe('the upgrades of data from earlier versions', () => {
  let t: TestApp;
  beforeAll(async () => {
    // a Redis database of its own: the upgrade passes over every office of the deployment
    t = await startTestApp({ redis: createRedis({ url: `${inject('redisUrl')}/9` }) });
    await t.redis.hdel(keys.dataUpgrades(), 'office-data');
  });
  afterAll(async () => t.close());

  it('pass over the offices once, then a marker skips them', async () => {
    await t.redis.hset(keys.legacyDevices(t.office), 'made-up', '1');
    expect(await upgradeOldOfficeData(t.app.ctx)).toBeGreaterThanOrEqual(1);
    expect(await t.redis.exists(keys.legacyDevices(t.office))).toBe(0);
    expect(await t.redis.get(keys.monthRollupsBuilt(t.office))).toBe('1');

    await t.redis.hset(keys.legacyDevices(t.office), 'made-up', '1');
    expect(await upgradeOldOfficeData(t.app.ctx)).toBe(0);
    expect(await t.redis.exists(keys.legacyDevices(t.office))).toBe(1);
  });

  it('replace the directory of before short names at every start: the old one goes, the new one is filled from the configurations', async () => {
    for (const start of [1, 2]) {
      // a process of the previous version, still running during an update, writes the old directory
      await t.redis.hset(keys.legacyOfficeDirectory(), t.office, JSON.stringify({ name: 'old' }));
      await t.redis.hdel(keys.officeDirectory(), t.office);
      await upgradeOldOfficeData(t.app.ctx);
      expect(await t.redis.exists(keys.legacyOfficeDirectory()), `start ${start}`).toBe(0);
      // the start filled the entry: read straight from the hash, not through the reader that fills it
      const { config } = await t.app.ctx.offices.get(t.office);
      expect(config.shortName).toBeTruthy();
      expect(JSON.parse((await t.redis.hget(keys.officeDirectory(), t.office))!), `start ${start}`).toEqual({
        name: config.name,
        shortName: config.shortName,
        ...(config.group ? { group: config.group } : {}),
      });
    }
  });
});
