/**
 * BullMQ workers have stopped taking jobs after a Redis outage (STACK-NOTES trap 7): their
 * connection never came back `ready`, or the worker stopped running. The watchdog looks at each
 * worker every few seconds; one that stays unhealthy while Redis itself answers is closed (with a
 * time limit: `worker.close()` has none) and recreated on a fresh connection.
 */
import type { Worker } from 'bullmq';
import type { Context } from '../context.js';
import type { RedisClient } from '../redis/scripts.js';

export interface WatchdogOptions {
  /** how often to look (ms) */
  everyMs?: number;
  /** how long a worker may stay unhealthy while Redis answers before it is recreated (ms) */
  graceMs?: number;
}

interface Inspectable {
  isRunning(): boolean;
  opts: { connection?: unknown };
  blockingConnection?: { status?: string; client?: Promise<RedisClient> };
}

const withTimeout = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<void>((r) => setTimeout(r, ms))]);

/** Is the worker running with a ready main and blocking connection? */
async function healthy(worker: Worker): Promise<boolean> {
  const w = worker as unknown as Inspectable;
  if (!w.isRunning()) return false;
  const conn = w.opts.connection as RedisClient | undefined;
  if (conn && conn.status !== 'ready') return false;
  const blocking = await withTimeout(w.blockingConnection?.client ?? Promise.resolve(undefined), 200);
  return !blocking || (blocking as RedisClient).status === 'ready';
}

/**
 * Watches `workers` (kept in place: a recreated worker replaces its entry). `make(i)` builds the
 * worker for slot i again. Returns a stop function.
 */
export function watchWorkers(ctx: Context, workers: Worker[], make: (i: number) => Worker, opts: WatchdogOptions = {}): () => void {
  const everyMs = opts.everyMs ?? 5_000;
  const graceMs = opts.graceMs ?? 30_000;
  const unhealthySince = new Map<number, number>();
  let busy = false;
  let stopped = false;

  const check = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      for (let i = 0; i < workers.length; i++) {
        const w = workers[i]!;
        if (await healthy(w)) {
          unhealthySince.delete(i);
          continue;
        }
        const since = unhealthySince.get(i) ?? Date.now();
        unhealthySince.set(i, since);
        if (Date.now() - since < graceMs) continue;
        // only when Redis answers: during an outage every worker is unhealthy and that is expected
        const redisUp = await withTimeout(
          ctx.redis.ping().then(
            () => true,
            () => false,
          ),
          1000,
        );
        if (redisUp !== true || stopped) continue;
        ctx.log.warn({ queue: w.name }, 'worker stuck after a Redis outage: recreating it');
        await withTimeout(
          w.close(true).catch(() => {}),
          5_000,
        );
        (w.opts.connection as RedisClient | undefined)?.disconnect();
        workers[i] = make(i);
        unhealthySince.delete(i);
        ctx.metrics.jobFailures.inc({ queue: `${w.name}:worker-recreated` });
      }
    } catch (err) {
      ctx.log.warn({ err }, 'worker watchdog check failed');
    } finally {
      busy = false;
    }
  };

  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
