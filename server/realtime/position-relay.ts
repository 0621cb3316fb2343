/**
 * The waiting lines' order for the phones (queue.positions), instead of every waiting phone reading
 * its ticket again on each change: one read of the changed services' lines per office at most every
 * 100 ms (merged as the waiting counts are, queue-broadcast.ts), one message to the office's phones.
 * The one reaction that reads Redis: what it sends is the order the scripts keep, not in the event.
 * An office no phone has followed for a day is not read at all (a mark each joining phone renews,
 * `keys.phonesFollowing`): most calls of a province come from offices whose citizens hold paper.
 */
import { officeDate } from '../../shared/office-time.js';
import { POSITIONS_LISTED, type QueuePositions } from '../../shared/events.js';
import { serviceSeconds } from '../../shared/wait-estimate.js';
import type { Context } from '../context.js';
import type { DomainEvents } from '../domain-events.js';
import { keys } from '../redis/keys.js';
import { readLine } from '../tickets/line-order.js';
import type { IoServer } from './event-relay.js';
import { QueueBroadcast } from './queue-broadcast.js';
import { rooms } from './rooms.js';

export function positionRelay(ctx: Context, io: IoServer) {
  const lines = new QueueBroadcast<{ id: string }>((office, services) => {
    phonesFollow(ctx, io, office)
      .then(async (follow) => {
        if (!follow) return;
        const message = await readLines(
          ctx,
          office,
          services.map((s) => s.id),
        );
        if (message.services.length) io.to(rooms.phones(office)).emit('queue.positions', message);
      })
      .catch((err) => ctx.log.warn({ err }, 'queue.positions relay failed'));
  });
  return {
    // a ticket joining the end of a line moves nobody: its own phone reads its position when it joins
    queueChanged: ({ office, services, behindEveryone }: DomainEvents['queue.changed']) =>
      behindEveryone ||
      lines.change(
        office,
        services.map((s) => ({ id: s.id })),
      ),
    stop: () => lines.stop(),
  };
}

/** How long the mark of a joining phone lasts: longer than an office day, the life of what it follows. */
const FOLLOWING_SECONDS = 26 * 3600;

export async function markPhonesFollowing(ctx: Context, office: string): Promise<void> {
  await ctx.redis.set(keys.phonesFollowing(office), '1', 'EX', FOLLOWING_SECONDS);
}

/** A phone of this process follows the office, or one of any process joined within the mark's life. */
async function phonesFollow(ctx: Context, io: IoServer, office: string): Promise<boolean> {
  if (io.of('/').adapter.rooms.get(rooms.phones(office))?.size) return true;
  return (await ctx.redis.exists(keys.phonesFollowing(office))) === 1;
}

async function readLines(ctx: Context, office: string, serviceIds: string[]): Promise<QueuePositions> {
  const { config } = await ctx.offices.get(office);
  const date = officeDate(ctx.clock(), config.timeZone);
  const services = config.services.filter((s) => serviceIds.includes(s.id));
  const pipe = ctx.redis.pipeline();
  const lines = services.map((s) => readLine(pipe, office, date, s.id, ctx.clock(), POSITIONS_LISTED));
  pipe.hgetall(keys.serviceStats(office));
  pipe.hgetall(keys.counters(office));
  const res = (await pipe.exec())!.map(([, v]) => v);
  const base = lines.reduce((n, l) => n + l.replies, 0);
  const stats = res[base] as Record<string, string>;
  const counters = res[base + 1] as Record<string, string>;
  const open = new Set(Object.entries(counters).flatMap(([id, raw]) => (JSON.parse(raw).status === 'open' ? [id] : [])));
  return {
    office,
    services: services.map((s, i) => {
      const offset = lines.slice(0, i).reduce((n, l) => n + l.replies, 0);
      const { order, total } = lines[i]!.take(res.slice(offset, offset + lines[i]!.replies));
      return {
        id: s.id,
        order,
        total,
        serviceSeconds: serviceSeconds(Number(stats[s.id]) || null, s.avgServiceMinutes),
        openCounters: config.counters.filter((c) => c.services.includes(s.id) && open.has(c.id)).length,
      };
    }),
  };
}
