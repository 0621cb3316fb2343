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
 * Offsets (what a screen sends back to resume) are `<entry>:<n>:<process>:<seq>`: the stream entry
 * the screen had up to place `n` (`end`: all of it), and how many broadcasts of the process that
 * delivered it (its adapter's uid) had been delivered by then. A restored session gets every later
 * entry for the rooms its socket was in, less that process's first `seq` broadcasts, which the screen
 * already had although they may stand later in the stream (written after they were delivered).
 *
 * Payloads are JSON (the application sends no binary). Cross-process fetchSockets, serverSideEmit
 * and broadcasts with acknowledgements are not supported (the application uses none): they fail
 * rather than quietly answering for this process alone.
 */
import { Adapter, ClusterAdapter, MessageType, type BroadcastOptions, type ClusterMessage, type ClusterResponse, type Session } from 'socket.io-adapter';
import type { Namespace } from 'socket.io';
import type { RedisClient } from '../redis/scripts.js';

const STREAM = 'qms:socket.io';
const SESSION_PREFIX = 'qms:sio-session:';
/** restoring a session reads the stream in pages of this many entries, at most this many pages */
const RESTORE_PAGE = 1000;
const RESTORE_PAGES = 100;

export interface StreamAdapterOptions {
  /** entries kept: must cover the event rate × the recovery window */
  maxLen?: number;
}

/** One entry's messages: `[type, data]` each, a broadcast's with its `seq`, in the order they were published. */
type Batch = [MessageType, unknown, number?][];

interface Shared {
  redis: RedisClient;
  maxLen: number;
  adapters: Map<string, StreamAdapter>;
  /** the last entry the reader has handled (delivered, or skipped as this process's own); unknown until it has read one */
  seen?: string;
  stop(): void;
}

/** `<entry>:<n>[:<process>:<seq>]` (the short form: a packet replayed to a restored session) */
const OFFSET = /^(\d+-\d+):(\d+|end)(?::([0-9a-f]+):(\d+))?$/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The entry's fields (`[name, value, …]`) by name. */
function fieldsOf(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) out[raw[i]!] = raw[i + 1]!;
  return out;
}

class StreamAdapter extends ClusterAdapter {
  /** messages waiting for this turn's entry, each already encoded (as it was when published) */
  private pending: { json: string; done: (offset: string) => void; fail: (err: unknown) => void }[] = [];
  /** broadcasts this adapter has published (and delivered to its own sockets, where any heard them) */
  private seq = 0;

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
    for (const [i, [type, data]] of batch.entries())
      this.onMessage({ uid: from, nsp: this.nsp.name, type, data } as ClusterMessage, `${entryId}:${i}:${this.uid}:${this.seq}`);
  }

  /**
   * Delivered to this process's sockets at once, then written to the stream with the turn's other
   * messages. A broadcast none of them hears (a phone's ticket followed elsewhere, a screen of
   * another process) is not encoded for nobody. Until the reader has read an entry there is no
   * place in the stream to name: the delivery then waits for the write, as socket.io's cluster adapter does.
   */
  override async broadcast(packet: Parameters<ClusterAdapter['broadcast']>[0], opts: BroadcastOptions): Promise<void> {
    const seen = this.shared.seen;
    if (opts.flags?.local || (seen === undefined && this.heardHere(opts))) return super.broadcast(packet, opts);
    const seq = ++this.seq;
    const data = { packet, opts: { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags ?? {} } };
    // encoded for the stream before the local delivery adds the offset to the packet
    const written = this.enqueue(JSON.stringify([MessageType.BROADCAST, data, seq]));
    if (this.heardHere(opts)) {
      if (this.nsp.server.opts.connectionStateRecovery && packet.type === 2 && packet.id === undefined && !opts.flags?.volatile)
        packet.data.push(`${seen}:end:${this.uid}:${seq}`);
      Adapter.prototype.broadcast.call(this, packet, opts);
    }
    await written.catch(() => {}); // as the cluster adapter: a broadcast that cannot reach Redis is not the caller's failure
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

  override async restoreSession(pid: string, offset: string): Promise<Session> {
    const at = OFFSET.exec(offset);
    if (!at) throw new Error('invalid offset');
    const [entryId, from, uid, seq] = [at[1]!, at[2] === 'end' ? Infinity : Number(at[2]) + 1, at[3], Number(at[4] ?? 0)];
    // the entry must still be there: an older one trimmed away may have held packets the screen missed
    const [raw, first] = await Promise.all([this.shared.redis.getdel(SESSION_PREFIX + pid), this.shared.redis.xrange(STREAM, entryId, entryId)]);
    if (!raw || !first.length) throw new Error('session or offset not found');
    const session = JSON.parse(raw) as Session & { missedPackets: unknown[][] };
    session.missedPackets = [];
    const replay = (id: string, fields: string[], from: number) => {
      const f = fieldsOf(fields);
      if (f.nsp !== this.nsp.name || !f.batch) return;
      // the delivering process's broadcasts up to `seq` reached the screen before its offset
      const delivered = (n: number | undefined) => uid !== undefined && f.uid === uid && n !== undefined && n <= seq;
      for (const [i, [type, data, n]] of (JSON.parse(f.batch) as Batch).entries()) {
        if (i < from || type !== MessageType.BROADCAST || delivered(n)) continue;
        const { packet, opts } = data as { packet: { data: unknown[] }; opts: { rooms: string[]; except: string[] } };
        const included = opts.rooms.length === 0 || session.rooms.some((r) => opts.rooms.includes(r));
        if (included && session.rooms.every((r) => !opts.except.includes(r))) {
          packet.data.push(`${id}:${i}`);
          session.missedPackets.push(packet.data);
        }
      }
    };
    replay(entryId, first[0]![1], from);
    let cursor = entryId;
    for (let page = 0; page < RESTORE_PAGES; page++) {
      const entries = await this.shared.redis.xrange(STREAM, `(${cursor}`, '+', 'COUNT', RESTORE_PAGE);
      for (const [id, fields] of entries) {
        replay(id, fields, 0);
        cursor = id;
      }
      if (entries.length < RESTORE_PAGE) break;
    }
    return session;
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
          shared.seen = last?.[0];
          offset = last?.[0] ?? '0-0';
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
