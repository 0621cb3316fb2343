/**
 * The socket.io stream adapter: the broadcasts of one turn go to the stream as one entry, each with
 * its own offset, and a restored session gets exactly what its socket's rooms missed after its offset.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Server } from 'socket.io';
import { createRedis } from '../../server/redis/connect.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { streamAdapter } from '../../server/realtime/stream-adapter.js';
import { uniqueOffice } from '../support/test-app.js';
import { poll } from '../support/page-helpers.js';

describe('the stream adapter', () => {
  let redis: RedisClient;
  let io: Server;
  beforeAll(() => {
    redis = createRedis({ url: inject('redisUrl') });
    io = new Server({ connectionStateRecovery: { maxDisconnectionDuration: 60_000 }, adapter: streamAdapter(redis) });
  });
  afterAll(() => {
    // a server without an HTTP server: closing its adapter stops its reading
    io.of('/').adapter.close();
    redis.disconnect();
  });

  it('writes one entry per turn and replays the rest of it, then later entries, for the rooms of a restored session', async () => {
    const room = `r-${uniqueOffice()}`;
    const adapter = io.of('/').adapter;
    const packet = (event: string, n: number) => ({ type: 2, nsp: '/', data: [event, { n }] as unknown[] });
    const to = (r: string) => ({ rooms: new Set([r]), except: new Set<string>() });
    const [a, b, other, c] = [packet('a', 1), packet('b', 2), packet('x', 3), packet('c', 4)];
    // a socket of this process in both rooms (offsets are added to what a local socket hears)
    await adapter.addAll(`sid-${room}`, new Set([room, `${room}-other`]));
    await Promise.all([adapter.broadcast(a, to(room)), adapter.broadcast(b, to(room)), adapter.broadcast(other, to(`${room}-other`))]);
    const offsets = [a, b, other].map((p) => p.data.at(-1) as string);
    // one entry, three places in it
    expect(new Set(offsets.map((o) => o.split(':')[0])).size).toBe(1);
    expect(offsets.map((o) => o.split(':')[1])).toEqual(['0', '1', '2']);
    await adapter.broadcast(c, to(room));
    expect((c.data.at(-1) as string).split(':')[0]).not.toBe(offsets[0]!.split(':')[0]);

    // a socket in `room` that had received `a` only
    adapter.persistSession({ pid: `pid-${room}`, sid: 'sid', rooms: [room], data: { who: 'board' } } as never);
    await poll(async () => redis.exists(`qms:sio-session:pid-${room}`)).toBe(1);
    const session = (await adapter.restoreSession(`pid-${room}`, offsets[0]!)) as unknown as { data: unknown; missedPackets: unknown[][] };
    expect(session.data).toEqual({ who: 'board' });
    expect(session.missedPackets).toEqual([
      ['b', { n: 2 }, offsets[1]],
      ['c', { n: 4 }, c.data.at(-1)],
    ]);
    // once: the session is taken
    await expect(adapter.restoreSession(`pid-${room}`, offsets[0]!)).rejects.toThrow();
    adapter.delAll(`sid-${room}`);
  });

  it('writes a broadcast no socket of this process hears to the stream only, where the other processes and restored sessions read it', async () => {
    const room = `r-${uniqueOffice()}`;
    const adapter = io.of('/').adapter;
    const p = { type: 2, nsp: '/', data: ['ticket.updated', { n: 7 }] as unknown[] };
    await adapter.broadcast(p, { rooms: new Set([room]), except: new Set<string>() });
    // not encoded for this process: no offset added to the packet
    expect(p.data).toEqual(['ticket.updated', { n: 7 }]);
    const entries = await redis.xrevrange('qms:socket.io', '+', '-', 'COUNT', 20);
    const batches = entries.map(
      ([, fields]) => JSON.parse(fields[fields.indexOf('batch') + 1]!) as [number, { packet: { data: unknown[] }; opts: { rooms: string[] } }][],
    );
    const mine = batches.flat().find(([, d]) => d.opts?.rooms?.includes(room));
    expect(mine?.[1].packet.data).toEqual(['ticket.updated', { n: 7 }]);
  });
});
