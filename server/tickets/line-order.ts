/**
 * A service's waiting line in the order call-next takes it (strict priority): the priority line's
 * due entries (priority tickets, appointments from `callAheadMinutes` before their slot), then the
 * ordinary line, then the appointments not yet due. What the phones are told and "turn near" use it.
 */
import type { ChainableCommander } from 'ioredis';
import { keys } from '../redis/keys.js';

/** Queues the reads of one service's line into `pipe`; `take` turns their replies into the line. */
export function readLine(pipe: ChainableCommander, office: string, date: string, serviceId: string, now: number, limit: number) {
  const pq = keys.queue(office, date, serviceId, true);
  const nq = keys.queue(office, date, serviceId, false);
  const at = String(now);
  pipe.zrangebyscore(pq, '-inf', at, 'LIMIT', 0, limit);
  pipe.zrange(nq, '0', String(limit - 1));
  pipe.zrangebyscore(pq, `(${at}`, '+inf', 'LIMIT', 0, limit);
  pipe.zcard(pq);
  pipe.zcard(nq);
  return {
    /** how many replies of the pipeline this line takes */
    replies: 5,
    take(replies: unknown[]): { order: string[]; total: number } {
      const [due, ordinary, later, p, n] = replies as [string[], string[], string[], number, number];
      return { order: [...due, ...ordinary, ...later].slice(0, limit), total: p + n };
    },
  };
}
