/**
 * kill -9 of a server process under load, then a restart: nothing acknowledged is lost (kiosks
 * retry with their idempotency key, through the other process while the first is down), and a
 * board whose session could not be recovered asks for a full snapshot and is current again.
 */
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { decodeDay } from '../../server/tickets/ticket-codec.js';
import { officeDate } from '../../shared/office-time.js';
import { login, postJson, sleep, startServerProcess, startTestRedis, tempDir, waitFor, type ServerProcess, type TestRedis } from './processes.js';

const OFFICE = 'tay-mo';
const PASSWORD = 'crash-test-pass';

describe('kill -9 of a server process under load', () => {
  const dir = tempDir('qms-crash-');
  let redis: TestRedis;
  let p1: ServerProcess;
  let p2: ServerProcess;
  let board: Socket | undefined;

  beforeAll(async () => {
    redis = await startTestRedis({ dir: join(dir.path, 'redis') });
    const env = { REDIS_URL: redis.url, DEMO_PASSWORD: PASSWORD, DATA_DIR: join(dir.path, 'data'), RATE_LIMITS: 'issue=100000,login=1000' };
    p1 = await startServerProcess({ env: { ...env, WORKERS: 'in-process' } });
    p2 = await startServerProcess({ env: { ...env, WORKERS: 'none' } });
  });

  afterAll(async () => {
    board?.disconnect();
    await p1?.kill('SIGKILL');
    await p2?.kill('SIGKILL');
    await redis?.stop('SIGKILL');
    dir.remove();
  });

  it('loses no acknowledged ticket and the board resynchronises', async () => {
    const officer = await login(p2.url, 'canbo2', PASSWORD);
    const staff = { cookie: officer.cookie, 'x-csrf-token': officer.csrf };
    expect((await postJson(`${p2.url}/api/v1/offices/${OFFICE}/counters/2/open`, {}, staff)).status).toBe(200);

    // the board on the process that will be killed; like the real screens, it asks for a full
    // snapshot (join) whenever a connection was not recovered
    const snapshots: any[] = [];
    const calls: any[] = [];
    board = ioClient(p1.url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 500 });
    board.on('connect', () => {
      if (board!.recovered) return;
      board!.emit('join' as never, { office: OFFICE, role: 'board' } as never, ((r: any) => r.ok && snapshots.push(r.data)) as never);
    });
    board.on('ticket.called' as never, ((c: any) => calls.push(c)) as never);
    await waitFor('the first snapshot', () => snapshots.length === 1);

    const acked = new Map<string, string>();
    let stop = false;
    const kiosk = async (k: number) => {
      for (let tap = 0; !stop; tap++) {
        const key = `crash-${k}-${String(tap).padStart(5, '0')}`;
        for (let attempt = 0; ; attempt++) {
          // a kiosk behind the load balancer: a failed request goes to whichever process answers
          const base = attempt % 2 === 0 ? p1.url : p2.url;
          const res = await postJson(`${base}/api/v1/offices/${OFFICE}/tickets`, {
            serviceId: ['chung-thuc', 'tra-ket-qua', 'tu-phap'][k],
            idempotencyKey: key,
          }).catch(() => ({ status: 0, body: undefined }));
          if (res.status === 201 || res.status === 200) {
            const known = acked.get(key);
            if (known) expect(res.body.ticket.id).toBe(known);
            acked.set(key, res.body.ticket.id);
            await sleep(15);
            break;
          }
          if (res.status !== 0 && res.status !== 503) throw new Error(`kiosk got ${res.status} ${JSON.stringify(res.body)}`);
          await sleep(30);
        }
      }
    };
    const load = Promise.all([0, 1, 2].map(kiosk));
    await waitFor('tickets before the crash', () => acked.size >= 20, 60_000);
    await p1.kill('SIGKILL');
    // while the first process is down, a call is made through the second: the board misses it
    const missed = await postJson(`${p2.url}/api/v1/offices/${OFFICE}/counters/2/call-next`, {}, staff);
    expect(missed.status).toBe(200);
    await sleep(800);
    await p1.start();
    await waitFor('the board to resynchronise', () => snapshots.length >= 2, 60_000);
    const afterRestart = acked.size;
    await waitFor('tickets after the restart', () => acked.size >= afterRestart + 5, 60_000);
    stop = true;
    await load;

    // the fresh snapshot shows what happened while the board was away
    const snap = snapshots.at(-1).board;
    expect(snap.counters.find((c: any) => c.id === '2').ticket.id).toBe(missed.body.ticket.id);
    expect(snap.recent[0].ticket.id).toBe(missed.body.ticket.id);

    // and live events flow again, across processes
    const next = await postJson(`${p2.url}/api/v1/offices/${OFFICE}/counters/2/call-next`, {}, staff);
    expect(next.status).toBe(200);
    await waitFor('the live call on the resynchronised board', () => calls.some((c) => c.ticket.id === next.body.ticket.id), 10_000);

    const check = new Redis(redis.url);
    try {
      const date = officeDate(Date.now(), 'Asia/Ho_Chi_Minh');
      const stored = decodeDay(await check.hgetall(keys.tickets(OFFICE, date)), OFFICE, date).map((x) => x.id);
      for (const id of acked.values()) expect(stored).toContain(id);
      expect(stored.length).toBe(acked.size);
      expect(acked.size).toBeGreaterThan(20);
    } finally {
      check.disconnect();
    }
  });
});
