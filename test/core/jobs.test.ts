/** The day-close job: scheduled at each office's closing time in its zone, re-scheduled on change, run by the worker. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { officeDate, addDays } from '../../shared/office-time.js';
import { keys } from '../../server/redis/keys.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('day-close jobs', () => {
  let t: TestApp;
  let workers: Workers;
  beforeAll(async () => {
    t = await startTestApp();
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
  });
  afterAll(async () => {
    await workers.queues.dayClose.removeJobScheduler(`close-${t.office}`);
    await workers.close();
    await t.close();
  });

  it('registers one scheduler per office at its closing time, in its time zone, idempotently', async () => {
    const find = async () => (await workers.queues.dayClose.getJobSchedulers()).filter((s) => s.key === `close-${t.office}`);
    // the demo office closes at 24:00: the run at the next midnight closes the day that just ended
    expect(await find()).toMatchObject([{ pattern: '0 0 * * *', tz: 'Asia/Ho_Chi_Minh' }]);
    await workers.scheduleOffice(t.office);
    expect(await find()).toHaveLength(1);

    const { config } = await t.app.ctx.offices.get(t.office, true);
    await t.app.ctx.offices.save({ ...config, closingTime: '17:30' });
    await poll(async () => (await find())[0]?.pattern, 10_000).toBe('30 17 * * *');
  });

  it('expires the waiting tickets of an earlier day when the job runs', async () => {
    const yesterday = addDays(officeDate(Date.now(), 'Asia/Ho_Chi_Minh'), -1);
    t.clock.set(Date.parse(`${yesterday}T03:00:00Z`));
    const old = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    t.clock.real = true;
    const job = await workers.queues.dayClose.add('close-day', { office: t.office }, { jobId: `test-close-${t.office}` });
    await poll(async () => await job.getState()).toBe('completed');
    const after = await t.request('GET', `/tickets/${old.id}?token=${old.token}`);
    expect(after.body.ticket.status).toBe('expired');
    expect(await t.redis.sismember(keys.closedDays(t.office), yesterday)).toBe(1);
  });
});
