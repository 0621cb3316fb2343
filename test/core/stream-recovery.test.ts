/**
 * The stream adapter with two processes and a real screen: process A serves the screen (a socket.io
 * client), process B only broadcasts. A's own broadcasts reach the screen before their stream write,
 * B's through the stream; a disconnect reaches the screen before anything broadcast after it; and a
 * session restored while A and B go on broadcasting gets each missed packet exactly once.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Server } from 'socket.io';
import { io as ioClient, type Socket } from 'socket.io-client';
import { createRedis } from '../../server/redis/connect.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { streamAdapter } from '../../server/realtime/stream-adapter.js';
import { uniqueOffice } from '../support/test-app.js';
import { poll } from '../support/page-helpers.js';

const recovery = { connectionStateRecovery: { maxDisconnectionDuration: 60_000 } };
const idOf = (io: Server) => (io.of('/').adapter as unknown as { id: string }).id;

describe('the stream adapter between two processes', () => {
  let redisA: RedisClient;
  let redisB: RedisClient;
  let a: Server;
  let b: Server;
  let port: number;
  const screens: Socket[] = [];

  beforeAll(async () => {
    [redisA, redisB] = [createRedis({ url: inject('redisUrl') }), createRedis({ url: inject('redisUrl') })];
    const http = createServer();
    a = new Server(http, { ...recovery, adapter: streamAdapter(redisA) });
    a.on('connection', (s) => void s.join(String(s.handshake.query.room)));
    b = new Server({ ...recovery, adapter: streamAdapter(redisB) });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    port = (http.address() as AddressInfo).port;
  });
  afterAll(async () => {
    screens.forEach((s) => s.disconnect());
    b.of('/').adapter.close();
    await a.close();
    redisA.disconnect();
    redisB.disconnect();
  });

  /** A screen on A in `room`, with every event it hears (its arguments, the offset last). */
  async function screen(room: string) {
    const s = ioClient(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false, query: { room } });
    screens.push(s);
    const heard: { event: string; args: unknown[] }[] = [];
    s.onAny((event: string, ...args: unknown[]) => heard.push({ event, args }));
    await new Promise<void>((res, rej) => (s.once('connect', () => res()), s.once('connect_error', rej)));
    await poll(async () => a.of('/').adapter.rooms.get(room)?.size).toBe(1);
    // once A's reader has its place in the stream, A's own broadcasts carry the `end` form
    await poll(async () => {
      a.to(room).emit('probe');
      await new Promise((r) => setTimeout(r, 20));
      return String(heard.at(-1)?.args.at(-1)).includes(':end:');
    }).toBe(true);
    return { socket: s, heard, last: (event: string) => heard.filter((h) => h.event === event).at(-1)?.args };
  }

  it("gives the screen its own process's broadcast at once and the other's through the stream, each offset naming its place", async () => {
    const room = `r-${uniqueOffice()}`;
    const s = await screen(room);
    a.to(room).emit('own', 1);
    await poll(async () => s.last('own')).toBeDefined();
    const [, own] = s.last('own') as [number, string];
    const [, , uid, seq] = own.split(':');
    expect(uid).toBe(idOf(a));
    b.to(room).emit('other', 2);
    await poll(async () => s.last('other')).toBeDefined();
    const [, other] = s.last('other') as [number, string];
    const fromB = (await redisA.xrevrange('qms:socket.io', '+', '-', 'COUNT', 1000)).find(([, f]) => f[f.indexOf('uid') + 1] === idOf(b));
    // B's entry, place 0, and how many of A's broadcasts the screen had then (the `own` one last)
    expect(other).toBe(`${fromB![0]}:0:${idOf(a)}:${seq}`);
  });

  it('disconnects a screen before anything broadcast after the disconnect reaches it', async () => {
    const room = `r-${uniqueOffice()}`;
    const s = await screen(room);
    const gone = new Promise((r) => s.socket.once('disconnect', r));
    a.in(room).disconnectSockets(true);
    a.to(room).emit('after', 1);
    await gone;
    await new Promise((r) => setTimeout(r, 100));
    expect(s.heard.map((h) => h.event)).not.toContain('after');
  });

  it('gives a session restored while both processes broadcast each missed packet exactly once', async () => {
    const room = `r-${uniqueOffice()}`;
    const s = await screen(room);
    const adapter = a.of('/').adapter;
    const start = s.last('probe')!.at(-1) as string;
    const pid = `pid-${room}`;
    adapter.persistSession({ pid, sid: 'sid', rooms: [room], data: {} } as never);
    await poll(async () => redisA.exists(`qms:sio-session:${pid}`)).toBe(1);

    // during the restore's last read of the stream: A broadcasts `y` just after the read is sent (its write
    // follows the read), and B broadcasts `z`, which A's reader delivers before the read's reply is handled
    const xrange = redisA.xrange.bind(redisA) as (...args: unknown[]) => Promise<[string, string[]][]>;
    let hooked = false;
    (redisA as unknown as { xrange: unknown }).xrange = (...args: unknown[]) => {
      const read = xrange(...args);
      if (hooked || !String(args[1]).startsWith('(')) return read;
      hooked = true;
      a.to(room).emit('y', 2);
      return read.then(async (entries) => {
        b.to(room).emit('z', 3);
        await poll(async () => s.last('z')).toBeDefined();
        return entries;
      });
    };
    try {
      // `x` just before the restore: not yet written when it starts
      a.to(room).emit('x', 1);
      const session = (await adapter.restoreSession(pid, start)) as unknown as { missedPackets: unknown[][] };
      expect(hooked).toBe(true);
      expect(session.missedPackets.map((p) => p[0])).toEqual(['x', 'y', 'z']);
    } finally {
      (redisA as unknown as { xrange: unknown }).xrange = xrange;
    }
  });
});
