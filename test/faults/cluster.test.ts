/**
 * The server and BullMQ on a Redis Cluster: a local three-master cluster started with
 * `redis-server --cluster-enabled`. Every office's keys share one slot (its hash tag), so offices
 * spread over the masters; the ticket lifecycle, the socket.io streams adapter, sessions, rate
 * limits and the day-close job all work there.
 */
import { join } from 'node:path';
import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRedis, createRedis, UnsafeRedisError } from '../../server/redis/connect.js';
import { createLogger } from '../../server/observability/logger.js';
import { keys } from '../../server/redis/keys.js';
import { decodeTicket } from '../../server/tickets/ticket-codec.js';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { emitAck, nextEvent, PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';
import { postJson, startServerProcess, startTestCluster, tempDir, waitFor } from './processes.js';

describe('on a three-master Redis Cluster', () => {
  const dir = tempDir('qms-cluster-');
  let cluster: Awaited<ReturnType<typeof startTestCluster>>;
  let redis: Cluster;
  let t: TestApp;
  let workers: Workers | undefined;
  const offices: string[] = [];

  /** The master (by port) that holds an office's slot. */
  async function masterOf(office: string): Promise<number> {
    const slot = (await redis.cluster('KEYSLOT', keys.config(office))) as number;
    const slots = (await redis.cluster('SLOTS')) as unknown as [number, number, [string, number]][];
    return slots.find(([from, to]) => slot >= from && slot <= to)![2][1];
  }

  beforeAll(async () => {
    cluster = await startTestCluster(dir.path);
    redis = createRedis({ url: '', clusterNodes: cluster.seeds }) as Cluster;
    t = await startTestApp({ redis });
    offices.push(t.office);
    // two more offices, chosen so that the three live on three different masters
    const used = new Set([await masterOf(t.office)]);
    for (let i = 0; used.size < 3 && i < 200; i++) {
      const id = `cl-${i}-${t.office}`;
      const port = await masterOf(id);
      if (used.has(port)) continue;
      used.add(port);
      await t.app.ctx.offices.save({ ...demoOffice(), id }, { create: true });
      await t.app.users.upsert(
        { username: `officer-${id}`, name: 'Cán bộ', role: 'officer', offices: [id], counters: [], password: PASSWORD, disabled: false },
        { create: true },
      );
      offices.push(id);
    }
  });

  afterAll(async () => {
    await workers?.close();
    await t?.close();
    redis?.disconnect();
    await cluster?.stop();
    dir.remove();
  });

  it('spreads the offices over the three masters', async () => {
    expect(offices).toHaveLength(3);
    expect(new Set(await Promise.all(offices.map(masterOf))).size).toBe(3);
  });

  it('runs the ticket lifecycle for each office, with calls pushed to a board', async () => {
    for (const office of offices) {
      const board = await t.socket();
      expect((await emitAck(board, 'join', { office, role: 'board' })).ok).toBe(true);

      const issued = await t.request('POST', `/offices/${office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: `cluster-${office}` });
      expect(issued.status).toBe(201);
      const again = await t.request('POST', `/offices/${office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: `cluster-${office}` });
      expect(again.body.ticket.id).toBe(issued.body.ticket.id);

      const officer = await t.login(office === t.office ? `officer1-${office}` : `officer-${office}`);
      const path = `/offices/${office}/counters/1`;
      expect((await officer.request('POST', `${path}/open`)).status).toBe(200);
      const seen = nextEvent(board, 'ticket.called', (c: any) => c.ticket.id === issued.body.ticket.id);
      const called = await officer.request('POST', `${path}/call-next`);
      expect(called.status).toBe(200);
      await seen;
      expect((await officer.request('POST', `${path}/start`)).status).toBe(200);
      expect((await officer.request('POST', `${path}/complete`)).body.ticket.status).toBe('done');
      const rated = await t.request('POST', `/tickets/${issued.body.ticket.id}/rating`, { token: issued.body.ticket.token, score: 4 });
      expect(rated.status).toBe(201);
      const complaint = await t.request('POST', `/offices/${office}/complaints`, { topic: 'other', message: 'Cụm Redis' });
      expect(complaint.status).toBe(201);
      const status = await t.request('GET', `/tickets/${issued.body.ticket.id}?token=${issued.body.ticket.token}`);
      expect(status.body.ticket).toMatchObject({ status: 'done', rated: true });
      expect((await t.request('GET', `/offices/${office}/board`)).status).toBe(200);
    }
  });

  it('runs BullMQ day-close jobs on the cluster', async () => {
    workers = await startWorkers(t.app.ctx, { url: '', clusterNodes: cluster.seeds }, { run: true });
    const office = offices[1]!;
    // a ticket left waiting on an earlier day: the day-close job expires it
    const date = '2020-01-06';
    await redis.zadd(keys.days(office), 20200106, date);
    await redis.hset(
      keys.tickets(office, date),
      'A001',
      JSON.stringify({ id: `${office}_${date}_A001`, number: 'A001', date, serviceId: 'tu-phap', status: 'waiting', priority: false, issuedAt: 1, hour: '08' }),
    );
    await redis.zadd(keys.queue(office, date, 'tu-phap', false), 1, 'A001');
    await workers.queues.dayClose.add('close-day', { office }, { jobId: `cluster-close-${office}` });
    await waitFor('the day closed', async () => (await redis.sismember(keys.closedDays(office), date)) === 1, 30_000, 200);
    // written in the long form of before the ticket codec: it still reads, and is saved in the short form
    expect(decodeTicket((await redis.hget(keys.tickets(office, date), 'A001'))!, office, date, 'A001').status).toBe('expired');
  });

  it('refuses a cluster with a master that can evict keys, checked as soon as it connects', async () => {
    const one = new Redis(cluster.nodes[2]!.url);
    await one.config('SET', 'maxmemory-policy', 'allkeys-lru');
    // one seed node, checked at once (as main.ts does): the check must wait for the cluster's
    // masters, not only look at the seeds it was given
    const fresh = createRedis({ url: '', clusterNodes: [cluster.seeds[0]!] });
    try {
      await expect(checkRedis(fresh, createLogger('silent'))).rejects.toBeInstanceOf(UnsafeRedisError);
    } finally {
      await one.config('SET', 'maxmemory-policy', 'noeviction');
      one.disconnect();
      fresh.disconnect();
    }
  });

  it('starts `server/main.ts` with REDIS_CLUSTER_NODES and serves the demo office', async () => {
    const proc = await startServerProcess({
      env: { REDIS_CLUSTER_NODES: cluster.seeds.join(','), DEMO_PASSWORD: 'cluster-demo-pass', DATA_DIR: join(dir.path, 'data'), WORKERS: 'in-process' },
    });
    try {
      const issued = await postJson(`${proc.url}/api/v1/offices/tay-mo/tickets`, { serviceId: 'tu-phap' });
      expect(issued.status).toBe(201);
    } finally {
      await proc.kill();
    }
  });
});
