/**
 * Several server processes on one Redis: the socket.io Redis streams adapter carries events
 * between them. A kiosk on the first process, a board on the second and a console on the third:
 * the call made on the third reaches the board on the second.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import { login, postJson, startServerProcess, startTestRedis, tempDir, type ServerProcess, type TestRedis } from './processes.js';

const PASSWORD = 'multi-process-pass';
const OFFICE = 'tay-mo';

function connect(url: string, cookie?: string): Promise<Socket> {
  const s = ioClient(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...(cookie ? { extraHeaders: { cookie } } : {}) });
  return new Promise((res, rej) => {
    s.once('connect', () => res(s));
    s.once('connect_error', rej);
  });
}

const emitAck = (s: Socket, event: string, body?: unknown) => new Promise<any>((res) => (body === undefined ? s.emit(event, res) : s.emit(event, body, res)));

describe('three server processes on one Redis', () => {
  const dir = tempDir('qms-multi-');
  let redis: TestRedis;
  const procs: ServerProcess[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = await startTestRedis({ dir: join(dir.path, 'redis') });
    const env = { REDIS_URL: redis.url, DEMO_PASSWORD: PASSWORD, DATA_DIR: join(dir.path, 'data') };
    // started together, as systemd would: the demo seed must survive the race
    procs.push(
      ...(await Promise.all([
        startServerProcess({ env: { ...env, WORKERS: 'in-process' } }),
        startServerProcess({ env: { ...env, WORKERS: 'none' } }),
        startServerProcess({ env: { ...env, WORKERS: 'none' } }),
      ])),
    );
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all(procs.map((p) => p.kill('SIGKILL')));
    await redis?.stop('SIGKILL');
    dir.remove();
  });

  it('a call made on the third process reaches a board on the second', async () => {
    const [p1, p2, p3] = procs as [ServerProcess, ServerProcess, ServerProcess];

    const kiosk = await connect(p1.url);
    sockets.push(kiosk);
    expect((await emitAck(kiosk, 'join', { office: OFFICE, role: 'kiosk' })).ok).toBe(true);

    const board = await connect(p2.url);
    sockets.push(board);
    const joined = await emitAck(board, 'join', { office: OFFICE, role: 'board' });
    expect(joined.ok).toBe(true);

    const officer = await login(p3.url, 'canbo2', PASSWORD);
    const consoleSocket = await connect(p3.url, officer.cookie);
    sockets.push(consoleSocket);
    const headers = { cookie: officer.cookie, 'x-csrf-token': officer.csrf };
    expect((await postJson(`${p3.url}/api/v1/offices/${OFFICE}/counters/2/open`, {}, headers)).status).toBe(200);
    expect((await emitAck(consoleSocket, 'join', { office: OFFICE, role: 'counter', counter: '2' })).ok).toBe(true);

    // the kiosk takes a ticket through the first process; the board hears the queue change
    const queueSeen = new Promise<any>((res) => board.on('queue.changed', res));
    const issued = await postJson(`${p1.url}/api/v1/offices/${OFFICE}/tickets`, { serviceId: 'chung-thuc', idempotencyKey: 'multi-process-0001' });
    expect(issued.status).toBe(201);
    expect((await queueSeen).services).toContainEqual({ id: 'chung-thuc', waiting: 1 });

    const called = new Promise<any>((res) => board.on('ticket.called', res));
    const reply = await postJson(`${p3.url}/api/v1/offices/${OFFICE}/counters/2/call-next`, {}, headers);
    expect(reply.status).toBe(200);
    const call = await Promise.race([called, new Promise((_, rej) => setTimeout(() => rej(new Error('no ticket.called on the board')), 10_000))]);
    expect(call).toMatchObject({ office: OFFICE, counterId: '2', ticket: { id: issued.body.ticket.id, number: issued.body.ticket.number } });
    expect(JSON.stringify(call)).not.toContain(issued.body.ticket.token);
  });
});
