/**
 * The live wall (issue 13): every office of a supervisor's scope as it stands now. The snapshot
 * a page loads (`GET /supervision/live`, the socket's join) reads every office's vitals in one
 * pipeline; afterwards the page applies `supervision.changed` deltas (realtime/supervision-relay.ts).
 */
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { SupervisionLive } from '../../shared/schemas/supervision.js';
import type { Context } from '../context.js';
import type { DirectoryEntry } from '../offices/office-directory.js';
import { keys } from '../redis/keys.js';
import { liveRow } from './live-row.js';
import { ALL_PARTS, readVitals } from './office-vitals.js';
import { supervisedOffices } from './scope.js';

/** How long the relays keep reading changes after a supervisor last looked (any process). */
export const WATCH_SECONDS = 600;

/** The offices of the scope, narrowed to one group when asked. */
export async function wallOffices(ctx: Context, user: SessionUser, group?: string): Promise<DirectoryEntry[]> {
  const offices = await supervisedOffices(ctx, user);
  return group === undefined ? offices : offices.filter((o) => o.group === group);
}

export async function liveWall(ctx: Context, user: SessionUser, group?: string): Promise<SupervisionLive> {
  const offices = await wallOffices(ctx, user, group);
  // the relays of every process read and send changes while someone watches
  await ctx.redis.set(keys.supervisionWatched(), '1', 'EX', WATCH_SECONDS);
  const vitals = await readVitals(
    ctx,
    offices.map((office) => ({ office, parts: ALL_PARTS })),
  );
  const now = ctx.clock();
  return { offices: vitals.map((v) => liveRow(v, now)), serverTime: now };
}
