/**
 * Redis restarts under load: while it is down, clients get a clear 503 (never a 500); afterwards
 * every acknowledged ticket and rating is there, kiosks that retried with their idempotency key
 * hold no duplicates, and the BullMQ workers take jobs again (recreated by the watchdog if stuck).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { createRedis } from '../../server/redis/connect.js';
import { keys } from '../../server/redis/keys.js';
import { decodeDay } from '../../server/tickets/ticket-codec.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { officeDate } from '../../shared/office-time.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { sleep, startTestRedis, tempDir, waitFor, type TestRedis } from './processes.js';

describe('a Redis restart under load', () => {
  const dir = tempDir('qms-restart-');
  let redis: TestRedis;
  let client: RedisClient;
  let t: TestApp;
  let workers: Workers;
  let officer: StaffClient;

  beforeAll(async () => {
    redis = await startTestRedis({ dir: join(dir.path, 'redis') });
    client = createRedis({ url: redis.url });
    client.on('error', () => {});
    t = await startTestApp({ redis: client });
    workers = await startWorkers(t.app.ctx, { url: redis.url }, { run: true, offices: [t.office], watchdog: { everyMs: 200, graceMs: 1500 } });
    officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
  });

  afterAll(async () => {
    await workers?.close();
    await t?.close();
    client?.disconnect();
    await redis?.stop('SIGKILL');
    dir.remove();
  });

  it('keeps every acknowledged ticket and rating, answers 503 while down, and resumes the workers', async () => {
    const acked = new Map<string, { id: string; token: string }>(); // idempotency key → ticket
    const ratings = new Set<string>();
    const statuses = new Map<number, number>();
    let stop = false;
    let down = false;

    // four kiosks: each tap has its own idempotency key, retried until it is acknowledged
    const kiosk = async (k: number) => {
      for (let tap = 0; !stop; tap++) {
        const key = `kiosk-${k}-tap-${String(tap).padStart(5, '0')}`;
        for (;;) {
          const res = await t
            .request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: key })
            .catch(() => ({ status: 0, body: undefined }));
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 503) expect(res.body.error.code).toBe('unavailable');
          if (res.status === 201 || res.status === 200) {
            const known = acked.get(key);
            if (known) expect(res.body.ticket.id).toBe(known.id);
            acked.set(key, { id: res.body.ticket.id, token: res.body.ticket.token });
            break;
          }
          await sleep(down ? 100 : 20);
        }
      }
    };
    // one officer calls, completes, and the citizen rates
    const counter = async () => {
      while (!stop) {
        const called = await officer.request('POST', `/offices/${t.office}/counters/1/call-next`).catch(() => ({ status: 0, body: undefined }));
        statuses.set(called.status, (statuses.get(called.status) ?? 0) + 1);
        if (called.status === 200) {
          const ticket = [...acked.values()].find((x) => x.id === called.body.ticket.id);
          const done = await officer.request('POST', `/offices/${t.office}/counters/1/complete`).catch(() => ({ status: 0 }));
          if (done.status === 200 && ticket) {
            const r = await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4 }).catch(() => ({ status: 0 }));
            if (r.status === 201) ratings.add(ticket.id);
          }
        }
        await sleep(down ? 100 : 30);
      }
    };

    const load = Promise.all([0, 1, 2, 3].map(kiosk).concat(counter()));
    // under load, however slow the machine: tickets issued and rated before the outage
    await waitFor('tickets and ratings before the outage', () => acked.size >= 20 && ratings.size >= 3, 60_000);
    down = true;
    await redis.stop('SIGKILL');
    // down until the clients have met it, however slow the machine: each gets a clear 503
    await waitFor('a 503 while Redis is down', () => (statuses.get(503) ?? 0) > 0, 60_000);
    const ready = await fetch(`${t.base}/readyz`);
    expect(ready.status).toBe(503);
    await redis.start();
    down = false;
    const beforeRestart = acked.size;
    await waitFor('tickets after the restart', () => acked.size >= beforeRestart + 10, 60_000);
    stop = true;
    await load;

    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(503) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0);
    expect(acked.size).toBeGreaterThan(20);
    expect(ratings.size).toBeGreaterThan(3);

    const date = officeDate(Date.now(), 'Asia/Ho_Chi_Minh');
    const stored = await client.hgetall(keys.tickets(t.office, date));
    const ids = decodeDay(stored, t.office, date).map((x) => x.id);
    // every acknowledged ticket is there, and the retried taps made no duplicates
    for (const { id } of acked.values()) expect(ids).toContain(id);
    expect(ids.length).toBe(acked.size);
    const idem = await client.hgetall(keys.idempotency(t.office, date));
    expect(Object.keys(idem).length).toBe(acked.size);
    const storedRatings = await client.hgetall(keys.ratings(t.office, date));
    for (const id of ratings) expect(Object.keys(storedRatings)).toContain(id.split('_')[2]);

    // the workers take jobs again
    const jobDate = '2020-02-03';
    await client.zadd(keys.days(t.office), 20200203, jobDate);
    await workers.queues.dayClose.add('close-day', { office: t.office }, { jobId: `after-restart-${t.office}` });
    await waitFor('a day-close job after the restart', async () => (await client.sismember(keys.closedDays(t.office), jobDate)) === 1, 30_000, 200);
  });

  it('recreates a worker whose connection never comes back', async () => {
    const before = workers.workers[0]!;
    // what a stuck worker looks like: its connection is gone and will not reconnect
    (before.opts.connection as RedisClient).disconnect();
    await waitFor('the watchdog to replace the worker', () => workers.workers[0] !== before, 15_000, 100);
    const jobDate = '2020-02-04';
    await client.zadd(keys.days(t.office), 20200204, jobDate);
    await workers.queues.dayClose.add('close-day', { office: t.office }, { jobId: `after-recreate-${t.office}` });
    await waitFor('a day-close job on the new worker', async () => (await client.sismember(keys.closedDays(t.office), jobDate)) === 1, 30_000, 200);
  });
});
