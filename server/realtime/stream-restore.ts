/**
 * Connection state recovery over the socket.io stream (stream-adapter.ts): what a screen that
 * reconnects with an offset missed. Offsets are `<entry>:<n>:<process>:<seq>`: the stream entry the
 * screen had up to place `n` (`end`: all of it), and how many broadcasts the process that delivered
 * it had delivered by then. A process delivers its own broadcasts before writing them, so some of
 * those stand later in the stream than the entry named: they are skipped by their `seq`. A packet
 * replayed to a restored session carries the short form `<entry>:<n>` (everything after it).
 */
import { MessageType } from 'socket.io-adapter';
import type { RedisClient } from '../redis/scripts.js';

export const STREAM = 'qms:socket.io';
/** restoring a session reads the stream in pages of this many entries, at most this many pages */
const RESTORE_PAGE = 1000;
const RESTORE_PAGES = 100;

/** One entry's messages: `[type, data]` each, a broadcast's with its `seq`, in the order they were published. */
export type Batch = [MessageType, unknown, number?][];

/** `<entry>:<n>[:<process>:<seq>]` */
const OFFSET = /^(\d+-\d+):(\d+|end)(?::([0-9a-f]+):(\d+))?$/;

/** The entry's fields (`[name, value, …]`) by name. */
export function fieldsOf(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) out[raw[i]!] = raw[i + 1]!;
  return out;
}

/** Whether stream id `a` comes after `b`. */
export function isAfter(a: string, b: string): boolean {
  const [am, as] = a.split('-').map(BigInt) as [bigint, bigint];
  const [bm, bs] = b.split('-').map(BigInt) as [bigint, bigint];
  return am > bm || (am === bm && as > bs);
}

/**
 * A packet a process delivered to its sockets while a session was being restored (the restoring
 * socket, in no room yet, did not get it): its own broadcast (`seq`) or another process's (`entry`).
 */
export interface Delivered {
  data: unknown[];
  rooms: string[];
  except: string[];
  seq?: number;
  entry?: string;
}

interface Restoring {
  redis: RedisClient;
  nsp: string;
  /** the restoring process's adapter id */
  uid: string;
  rooms: string[];
  offset: string;
  /** what the process delivered meanwhile, filled until this returns */
  delivered: Delivered[];
}

/** The packets the session's rooms missed after `offset`, oldest first. Throws when they cannot all be known. */
export async function missedPackets({ redis, nsp, uid, rooms, offset, delivered }: Restoring): Promise<unknown[][]> {
  const at = OFFSET.exec(offset);
  if (!at) throw new Error('invalid offset');
  const [entryId, from, by, seq] = [at[1]!, at[2] === 'end' ? Infinity : Number(at[2]) + 1, at[3], Number(at[4] ?? 0)];
  const heard = (opts: { rooms: string[]; except: string[] }) =>
    (opts.rooms.length === 0 || rooms.some((r) => opts.rooms.includes(r))) && rooms.every((r) => !opts.except.includes(r));
  const missed: unknown[][] = [];
  // this process's broadcasts read in the stream: the ones delivered meanwhile beyond them were not written yet
  let ownRead = 0;
  const replay = (id: string, fields: string[], from: number) => {
    const f = fieldsOf(fields);
    if (f.nsp !== nsp || !f.batch) return;
    for (const [i, [type, data, n]] of (JSON.parse(f.batch) as Batch).entries()) {
      if (f.uid === uid && n !== undefined) ownRead = Math.max(ownRead, n);
      // the delivering process's broadcasts up to `seq` reached the screen before its offset
      if (i < from || type !== MessageType.BROADCAST || (by !== undefined && f.uid === by && n !== undefined && n <= seq)) continue;
      const { packet, opts } = data as { packet: { data: unknown[] }; opts: { rooms: string[]; except: string[] } };
      if (heard(opts)) missed.push([...packet.data, `${id}:${i}`]);
    }
  };
  // the entry must still be there: an older one trimmed away may have held packets the screen missed
  const [first] = await redis.xrange(STREAM, entryId, entryId);
  if (!first) throw new Error('offset not found');
  replay(entryId, first[1], from);
  let cursor = entryId;
  for (let page = 0; page < RESTORE_PAGES; page++) {
    const entries = await redis.xrange(STREAM, `(${cursor}`, '+', 'COUNT', RESTORE_PAGE);
    for (const [id, fields] of entries) {
      replay(id, fields, 0);
      cursor = id;
    }
    if (entries.length < RESTORE_PAGE) break;
  }
  for (const d of delivered) {
    const unread = d.seq !== undefined ? d.seq > ownRead : isAfter(d.entry!, cursor);
    if (unread && heard(d)) missed.push(d.data);
  }
  return missed;
}
