/**
 * Job schedulers (BullMQ) kept as they should be: at start every office's schedulers are compared
 * with what is registered, in one read of the queue's schedulers, and only those missing or changed
 * are written. Upserting all of them at each start made the start grow with the office count
 * (three upserts per office). All writes of one process go one after another (STACK-NOTES trap 6:
 * concurrent upserts have had bugs), each reading the office's configuration when its turn comes,
 * so a change saved meanwhile is never overwritten by an older one.
 */
import type { Queue } from 'bullmq';

export interface WantedScheduler {
  id: string;
  pattern: string;
  tz: string;
  name: string;
  data: object;
}

export class ScheduleKeeper {
  private chain: Promise<unknown> = Promise.resolve();

  /** Runs `write` after every write queued before it. */
  serial<T>(write: () => Promise<T>): Promise<T> {
    const run = this.chain.then(write, write);
    this.chain = run.catch(() => {});
    return run;
  }

  /** Upserts a scheduler (idempotent), in turn. */
  upsert(queue: Queue, want: () => Promise<WantedScheduler>): Promise<void> {
    return this.serial(async () => {
      const w = await want();
      await queue.upsertJobScheduler(w.id, { pattern: w.pattern, tz: w.tz }, { name: w.name, data: w.data });
    });
  }

  /**
   * For each id, the scheduler `want(id)` describes is registered unless one with the same pattern,
   * zone, name and data already is. Returns how many were written.
   */
  async keep(queue: Queue, ids: string[], want: (id: string) => Promise<WantedScheduler>, stopped: () => boolean = () => false): Promise<number> {
    const registered = new Map((await queue.getJobSchedulers(0, -1)).map((s) => [s.key, s]));
    let written = 0;
    for (const id of ids) {
      if (stopped()) break;
      const w = await want(id);
      const r = registered.get(w.id);
      if (r && r.pattern === w.pattern && r.tz === w.tz && r.name === w.name && JSON.stringify(r.template?.data ?? {}) === JSON.stringify(w.data)) continue;
      await this.upsert(queue, () => want(id));
      written++;
    }
    return written;
  }
}
