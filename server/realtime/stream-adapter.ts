/**
 * The socket.io adapter every process of a deployment shares (@socket.io/redis-streams-adapter):
 * each broadcast is written to one Redis stream and every process delivers it to its own sockets,
 * so a call made through one process reaches a board connected to another; a screen that
 * reconnects within two minutes gets what it missed from the stream (connection state recovery).
 *
 * Each process also reads back its own entries, which it has already delivered: they are dropped
 * before their payload is decoded (the adapter decodes every entry, then ignores its own).
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { RedisClient } from '../redis/scripts.js';

export interface StreamAdapterOptions {
  /** entries kept: must cover the event rate × the recovery window */
  maxLen?: number;
}

type Adapter = ReturnType<ReturnType<typeof createAdapter>>;
interface RawEntry {
  uid?: string;
}

export function streamAdapter(redis: RedisClient, opts: StreamAdapterOptions = {}) {
  const make = createAdapter(redis, { streamName: 'qms:socket.io', maxLen: opts.maxLen ?? 100_000, sessionKeyPrefix: 'qms:sio-session:' });
  // socket.io calls it with `new`: a function, not an arrow, returning the adapter it made
  return function adapterOf(nsp: unknown): Adapter {
    const adapter = make(nsp);
    const own = (adapter as unknown as { uid: string }).uid;
    const decode = adapter.onRawMessage.bind(adapter);
    adapter.onRawMessage = (raw: RawEntry, offset: string) => (raw.uid === own ? undefined : decode(raw as never, offset));
    return adapter;
  };
}
