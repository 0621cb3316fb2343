/**
 * The socket.io stream adapter: a process delivers its broadcasts to its own sockets at once and
 * writes the turn's broadcasts to the stream as one entry; a restored session gets exactly what its
 * socket's rooms missed after its offset, less what the delivering process had already given it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Server } from 'socket.io';
import { createRedis } from '../../server/redis/connect.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { streamAdapter } from '../../server/realtime/stream-adapter.js';
import { uniqueOffice } from '../support/test-app.js';
import { poll } from '../support/page-helpers.js';

const STREAM = 'qms:socket.io';
const BROADCAST = 3; // socket.io-adapter's MessageType.BROADCAST
const packet = (event: string, n: number) => ({ type: 2, nsp: '/', data: [event, { n }] as unknown[] });
const to = (r: string) => ({ rooms: new Set([r]), except: new Set<string>() });
const offsetOf = (p: { data: unknown[] }) => p.data.at(-1) as string;
/** the adapter's process id, as its entries and offsets name it */
const idOf = (adapter: unknown) => (adapter as { id: string }).id;

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

  /** A socket of this process in `rooms`, once the adapter's reader has a place in the stream to name. */
  async function localSocket(rooms: string[]) {
    const adapter = io.of('/').adapter;
    const sid = `sid-${rooms[0]}`;
    adapter.addAll(sid, new Set(rooms));
    await poll(async () => {
      const probe = packet('probe', 0);
      await adapter.broadcast(probe, to(rooms[0]!));
      return offsetOf(probe).includes(':end:');
    }).toBe(true);
    return { adapter, sid };
  }

  /** This adapter's newest stream entry: its messages as written. */
  async function newestEntry(uid: string) {
    for (const [id, fields] of await redis.xrevrange(STREAM, '+', '-', 'COUNT', 1000)) {
      const f = Object.fromEntries(fields.flatMap((v, i) => (i % 2 ? [] : [[v, fields[i + 1]]])));
      if (f.uid === uid) return { id, batch: JSON.parse(f.batch!) as [number, { packet: { data: unknown[] } }, number][] };
    }
    throw new Error('no entry of this adapter');
  }

  it("delivers a broadcast to this process's sockets before the stream write, and writes the turn's broadcasts as one entry", async () => {
    const room = `r-${uniqueOffice()}`;
    const { adapter, sid } = await localSocket([room, `${room}-other`]);
    const [a, b, other] = [packet('a', 1), packet('b', 2), packet('x', 3)];
    const writing = Promise.all([adapter.broadcast(a, to(room)), adapter.broadcast(b, to(room)), adapter.broadcast(other, to(`${room}-other`))]);
    // delivered (its offset added) before the write has been sent, let alone answered
    const offsets = [a, b, other].map(offsetOf);
    const parts = offsets.map((o) => o.split(':'));
    expect(parts.map((p) => p.slice(1, 3))).toEqual(Array(3).fill(['end', idOf(adapter)]));
    const seqs = parts.map((p) => Number(p[3]));
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
    await writing;
    // one entry, written as the packets were before the local delivery added its offset
    const { batch } = await newestEntry(idOf(adapter));
    expect(batch.map(([type, data, seq]) => [type, data.packet.data, seq])).toEqual([
      [BROADCAST, ['a', { n: 1 }], seqs[0]],
      [BROADCAST, ['b', { n: 2 }], seqs[1]],
      [BROADCAST, ['x', { n: 3 }], seqs[2]],
    ]);
    adapter.delAll(sid);
  });

  it('replays to a restored session what its rooms missed after its offset, and nothing it had', async () => {
    const room = `r-${uniqueOffice()}`;
    const { adapter, sid } = await localSocket([room]);
    const [a, b, c] = [packet('a', 1), packet('b', 2), packet('c', 4)];
    await Promise.all([adapter.broadcast(a, to(room)), adapter.broadcast(b, to(room)), adapter.broadcast(packet('x', 3), to(`${room}-other`))]);
    const first = await newestEntry(idOf(adapter));
    await adapter.broadcast(c, to(room));
    const second = await newestEntry(idOf(adapter));

    // a socket in `room` that had received `a` only
    adapter.persistSession({ pid: `pid-${room}`, sid: 'sid', rooms: [room], data: { who: 'board' } } as never);
    await poll(async () => redis.exists(`qms:sio-session:pid-${room}`)).toBe(1);
    const session = (await adapter.restoreSession(`pid-${room}`, offsetOf(a))) as unknown as { data: unknown; missedPackets: unknown[][] };
    expect(session.data).toEqual({ who: 'board' });
    expect(session.missedPackets).toEqual([
      ['b', { n: 2 }, `${first.id}:1`],
      ['c', { n: 4 }, `${second.id}:0`],
    ]);
    // once: the session is taken
    await expect(adapter.restoreSession(`pid-${room}`, offsetOf(a))).rejects.toThrow();
    adapter.delAll(sid);
  });

  it("skips the delivering process's broadcasts that its offset counts, though written after the entry it names", async () => {
    // written as two other processes write: P's entry, then Q's, whose first broadcast Q had delivered
    // to its screen before P's entry reached it (Q delivers its own at once and writes them after)
    const room = `r-${uniqueOffice()}`;
    const opts = { rooms: [room], except: [], flags: {} };
    const entry = (uid: string, items: [string, number?][]) =>
      redis.xadd(STREAM, '*', 'uid', uid, 'nsp', '/', 'batch', JSON.stringify(items.map(([e, seq]) => [BROADCAST, { packet: packet(e, 0), opts }, seq])));
    const p = await entry('aaaa', [['from-p']]);
    await entry('bbbb', [
      ['q-5', 5],
      ['q-6', 6],
    ]);
    const adapter = io.of('/').adapter;
    const restore = async (offset: string) => {
      adapter.persistSession({ pid: `pid-${room}`, sid: 'sid', rooms: [room], data: {} } as never);
      await poll(async () => redis.exists(`qms:sio-session:pid-${room}`)).toBe(1);
      const s = (await adapter.restoreSession(`pid-${room}`, offset)) as unknown as { missedPackets: unknown[][] };
      return s.missedPackets.map((d) => d[0]);
    };
    // Q's screen had P's broadcast and Q's first five
    expect(await restore(`${p}:0:bbbb:5`)).toEqual(['q-6']);
    // a packet replayed to a restored session names its place only: everything after it
    expect(await restore(`${p}:0`)).toEqual(['q-5', 'q-6']);
    // another process's count says nothing of Q's
    expect(await restore(`${p}:0:cccc:9`)).toEqual(['q-5', 'q-6']);
    // `end`: all of the named entry
    expect(await restore(`${p}:end:bbbb:0`)).toEqual(['q-5', 'q-6']);
    await expect(restore(`${p}:x`)).rejects.toThrow('invalid offset');
  });

  it('writes a broadcast no socket of this process hears to the stream only, where the other processes and restored sessions read it', async () => {
    const room = `r-${uniqueOffice()}`;
    const adapter = io.of('/').adapter;
    const p = { type: 2, nsp: '/', data: ['ticket.updated', { n: 7 }] as unknown[] };
    await adapter.broadcast(p, { rooms: new Set([room]), except: new Set<string>() });
    // not encoded for this process: no offset added to the packet
    expect(p.data).toEqual(['ticket.updated', { n: 7 }]);
    const entries = await redis.xrevrange(STREAM, '+', '-', 'COUNT', 1000);
    const batches = entries.map(
      ([, fields]) => JSON.parse(fields[fields.indexOf('batch') + 1]!) as [number, { packet: { data: unknown[] }; opts: { rooms: string[] } }][],
    );
    const mine = batches.flat().find(([, d]) => d.opts?.rooms?.includes(room));
    expect(mine?.[1].packet.data).toEqual(['ticket.updated', { n: 7 }]);
  });
});
