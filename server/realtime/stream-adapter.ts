/**
 * The socket.io adapter the processes of a deployment share: every broadcast is written to one Redis
 * stream, and every process delivers each entry to its own sockets, so a call made through one
 * process reaches a board connected to another. A screen that reconnects within two minutes gets
 * what it missed from the stream (connection state recovery).
 *
 * The same design as @socket.io/redis-streams-adapter, which it replaces, with what a province's
 * load showed (docs/performance.md): the broadcasts of one turn of the event loop (a call is five:
 * the call, the ticket to the phone and to the console, the counts, the counter) go to the stream
 * as one entry, one XADD instead of one each; a process skips its own entries, which it has
 * already delivered, without decoding them; a broadcast none of its sockets hears goes to the stream
 * only; and a process delivers its own broadcasts to its sockets at once, not after the stream
 * write's round trip to Redis (which, under a province's load, queues behind every office's script).
 *
 * Other changes to rooms (disconnecting a session's sockets, a revoked device's) go the same way: this
 * process's sockets first, so none hears a broadcast sent after it. Resuming a screen from its
 * offset: stream-restore.ts.
 *
 * Payloads are JSON (the application sends no binary). Cross-process fetchSockets, serverSideEmit
 * and broadcasts with acknowledgements are not supported (the application uses none): they fail
 * rather than quietly answering for this process alone.
 */
import { Adapter, ClusterAdapter, MessageType, type BroadcastOptions, type ClusterMessage, type ClusterResponse, type Session } from 'socket.io-adapter';
import { fieldsOf, missedPackets, STREAM, type Batch, type Delivered } from './stream-restore.js';
import type { Namespace } from 'socket.io';
import type { RedisClient } from '../redis/scripts.js';

const SESSION_PREFIX = 'qms:sio-session:';

export interface StreamAdapterOptions {
  /** entries kept: must cover the event rate × the recovery window */
  maxLen?: number;
}

interface Shared {
  redis: RedisClient;
  maxLen: number;
  adapters: Map<string, StreamAdapter>;
  /** the last entry the reader has handled (delivered, or skipped as this process's own), `0-0` for an empty stream; unknown until it has looked */
  seen?: string;
  stop(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Options = { rooms: string[]; except: string[]; flags: BroadcastOptions['flags'] };
const encoded = (opts: BroadcastOptions): Options => ({ rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags ?? {} });

class StreamAdapter extends ClusterAdapter {
  /** messages waiting for this turn's entry, each already encoded (as it was when published) */
  private pending: { json: string; done: (offset: string) => void; fail: (err: unknown) => void }[] = [];
  /** broadcasts this adapter has published (and delivered to its own sockets, where any heard them) */
  private seq = 0;
  /** broadcasts still waiting for their write before their delivery (before the reader knew its place) */
  private waitingForWrite = 0;
  /** what this process delivers while sessions are restored, one list a restore */
  private readonly restoring = new Set<Delivered[]>();

  constructor(
    nsp: Namespace,
    private readonly shared: Shared,
  ) {
    super(nsp);
  }

  get id(): string {
    return this.uid;
  }

  /** An entry of another process: each of its messages, with its offset. */
  receive(entryId: string, batch: Batch, from: string): void {
    for (const [i, [type, data]] of batch.entries()) {
      const offset = `${entryId}:${i}:${this.uid}:${this.seq}`;
      if (type === MessageType.BROADCAST && this.restoring.size) {
        const { packet, opts } = data as { packet: { data: unknown[] }; opts: Options };
        this.caught({ data: [...packet.data, offset], rooms: opts.rooms, except: opts.except, entry: entryId });
      }
      this.onMessage({ uid: from, nsp: this.nsp.name, type, data } as ClusterMessage, offset);
    }
  }

  /**
   * Delivered to this process's sockets at once, then written to the stream with the turn's other
   * messages. A broadcast none of them hears (a phone's ticket followed elsewhere, a screen of
   * another process) is not encoded for nobody. Until the reader has looked at the stream there is no
   * place in it to name: the delivery then waits for the write, as socket.io's cluster adapter does,
   * and later broadcasts wait behind it, in order.
   */
  override async broadcast(packet: Parameters<ClusterAdapter['broadcast']>[0], opts: BroadcastOptions): Promise<void> {
    const seen = this.shared.seen;
    if (opts.flags?.local) return super.broadcast(packet, opts);
    if (seen === undefined || this.waitingForWrite > 0) {
      this.waitingForWrite++;
      return super.broadcast(packet, opts).finally(() => this.waitingForWrite--);
    }
    const seq = ++this.seq;
    const data = { packet, opts: encoded(opts) };
    // encoded for the stream before the local delivery adds the offset to the packet
    let json: string;
    try {
      json = JSON.stringify([MessageType.BROADCAST, data, seq]);
    } catch {
      return; // as the cluster adapter: a broadcast that cannot be written is not the caller's failure
    }
    const written = this.enqueue(json);
    const offset = `${seen}:end:${this.uid}:${seq}`;
    const withOffset = this.nsp.server.opts.connectionStateRecovery && packet.type === 2 && packet.id === undefined && !opts.flags?.volatile;
    if (this.restoring.size)
      this.caught({ data: withOffset ? [...packet.data, offset] : [...packet.data], rooms: data.opts.rooms, except: data.opts.except, seq });
    if (this.heardHere(opts)) {
      if (withOffset) packet.data.push(offset);
      Adapter.prototype.broadcast.call(this, packet, opts);
    }
    await written.catch(() => {});
  }

  override async disconnectSockets(opts: BroadcastOptions, close: boolean): Promise<void> {
    if (!opts.flags?.local) this.enqueue(JSON.stringify([MessageType.DISCONNECT_SOCKETS, { opts: encoded(opts), close }])).catch(() => {});
    Adapter.prototype.disconnectSockets.call(this, opts, close);
  }

  override async addSockets(opts: BroadcastOptions, rooms: string[]): Promise<void> {
    if (!opts.flags?.local) this.enqueue(JSON.stringify([MessageType.SOCKETS_JOIN, { opts: encoded(opts), rooms }])).catch(() => {});
    Adapter.prototype.addSockets.call(this, opts, rooms);
  }

  override async delSockets(opts: BroadcastOptions, rooms: string[]): Promise<void> {
    if (!opts.flags?.local) this.enqueue(JSON.stringify([MessageType.SOCKETS_LEAVE, { opts: encoded(opts), rooms }])).catch(() => {});
    Adapter.prototype.delSockets.call(this, opts, rooms);
  }

  private caught(d: Delivered): void {
    for (const list of this.restoring) list.push(d);
  }

  private heardHere(opts: BroadcastOptions): boolean {
    if (!opts.rooms.size) return this.sids.size > 0;
    for (const room of opts.rooms) if (this.rooms.has(room)) return true;
    return false;
  }

  protected override doPublish(message: ClusterMessage): Promise<string> {
    if (message.type === MessageType.FETCH_SOCKETS || message.type === MessageType.SERVER_SIDE_EMIT || ('data' in message && 'requestId' in message.data)) {
      return Promise.reject(new Error('this adapter does not carry fetchSockets, serverSideEmit or acknowledged broadcasts between processes'));
    }
    return this.enqueue(JSON.stringify([message.type, 'data' in message ? message.data : null]));
  }

  /** A message for this turn's entry; resolves to its offset once the entry is written. */
  private enqueue(json: string): Promise<string> {
    return new Promise((done, fail) => {
      if (!this.pending.length) setImmediate(() => this.flush());
      this.pending.push({ json, done, fail });
    });
  }

  protected override doPublishResponse(_requesterUid: string, _response: ClusterResponse): Promise<void> {
    return Promise.reject(new Error('this adapter carries no responses between processes'));
  }

  override serverCount(): Promise<number> {
    return Promise.reject(new Error('this adapter does not count the processes'));
  }

  private flush(): void {
    const batch = this.pending;
    if (!batch.length) return;
    this.pending = [];
    const body = `[${batch.map((p) => p.json).join(',')}]`;
    this.shared.redis.xadd(STREAM, 'MAXLEN', '~', this.shared.maxLen, '*', 'uid', this.uid, 'nsp', this.nsp.name, 'batch', body).then(
      (id) => batch.forEach((p, i) => p.done(`${id}:${i}`)),
      (err) => batch.forEach((p) => p.fail(err)),
    );
  }

  override persistSession(session: Session): void {
    const ms = this.nsp.server.opts.connectionStateRecovery.maxDisconnectionDuration;
    this.shared.redis.set(SESSION_PREFIX + session.pid, JSON.stringify(session), 'PX', ms).catch(() => {});
  }

  /**
   * The restoring socket joins its rooms only once this returns: what this process delivers
   * meanwhile is kept for it, and this turn's broadcasts are written before the stream is read.
   */
  override async restoreSession(pid: string, offset: string): Promise<Session> {
    this.flush();
    const delivered: Delivered[] = [];
    this.restoring.add(delivered);
    try {
      const raw = await this.shared.redis.getdel(SESSION_PREFIX + pid);
      if (!raw) throw new Error('session not found');
      const session = JSON.parse(raw) as Session & { missedPackets: unknown[][] };
      session.missedPackets = await missedPackets({ redis: this.shared.redis, nsp: this.nsp.name, uid: this.uid, rooms: session.rooms, offset, delivered });
      return session;
    } finally {
      this.restoring.delete(delivered);
    }
  }

  override close(): void {
    this.shared.adapters.delete(this.nsp.name);
    if (!this.shared.adapters.size) this.shared.stop();
  }
}

/** The adapter of one socket.io server (`new Server({ adapter: streamAdapter(redis) })`). */
export function streamAdapter(redis: RedisClient, opts: StreamAdapterOptions = {}) {
  const reader = (redis as { duplicate(): RedisClient }).duplicate();
  reader.on('error', () => {}); // the main connection reports Redis errors
  let stopped = false;
  const shared: Shared = {
    redis,
    maxLen: opts.maxLen ?? 100_000,
    adapters: new Map(),
    stop() {
      stopped = true;
      reader.disconnect();
    },
  };
  void (async () => {
    // from the stream's last entry (the place this process's first broadcasts name), not `$`: nothing written meanwhile is missed
    let offset: string | undefined;
    while (!stopped) {
      try {
        if (offset === undefined) {
          const [last] = await reader.xrevrange(STREAM, '+', '-', 'COUNT', 1);
          // an offset naming `0-0` cannot be resumed (restores find no such entry): those screens read a snapshot
          offset = shared.seen = last?.[0] ?? '0-0';
        }
        const reply = (await reader.xread('COUNT', 100, 'BLOCK', 5000, 'STREAMS', STREAM, offset)) as [string, [string, string[]][]][] | null;
        for (const [id, raw] of reply?.[0]?.[1] ?? []) {
          const f = fieldsOf(raw);
          const adapter = f.nsp !== undefined ? shared.adapters.get(f.nsp) : undefined;
          // this process's own entries were delivered when they were broadcast
          if (adapter && f.batch && f.uid !== adapter.id) adapter.receive(id, JSON.parse(f.batch) as Batch, f.uid!);
          offset = shared.seen = id;
        }
      } catch {
        if (!stopped) await sleep(100);
      }
    }
  })();
  // socket.io calls it with `new`: a function, not an arrow, returning the adapter it made
  return function adapterOf(nsp: Namespace): StreamAdapter {
    const adapter = new StreamAdapter(nsp, shared);
    shared.adapters.set(nsp.name, adapter);
    return adapter;
  };
}
