/**
 * The province's live walls hear of changes (issue 13). Domain events only mark which part of
 * which office changed; once a second the relay reads those parts of those offices in one
 * pipeline (server/supervision/office-vitals.ts), rebuilds their rows and sends the rows that
 * differ, whole, as one `supervision.changed` per room: every office's wall, each group's, each
 * office given by name. Time alone also changes a row (a wait passing its target, a pause growing
 * long, a screen falling silent): every few seconds the held rows are rebuilt, and the offices
 * whose rows time changed are read again before they are sent (another process may have changed
 * them). The first tick after a wall looks (and each minute) reads whole the offices not held yet,
 * a hundred a tick. Only a process with walls connected watches time; every process sends the
 * changes of its own events.
 *
 * Nothing is read while nobody watches: a wall's snapshot sets a key with a TTL that every
 * process's relay checks once a tick. Each process sends the changes its own domain functions
 * announced; the socket.io adapter carries them to walls connected elsewhere.
 */
import type { LiveOfficeRow } from '../../shared/schemas/supervision.js';
import type { Context } from '../context.js';
import { officeDirectory } from '../offices/office-directory.js';
import { keys } from '../redis/keys.js';
import { liveRow } from '../supervision/live-row.js';
import { ALL_PARTS, readVitals, type OfficeVitals, type VitalPart } from '../supervision/office-vitals.js';
import type { IoServer } from './event-relay.js';
import { rooms } from './rooms.js';

export interface SupervisionRelayOptions {
  /** how often changes are read and sent (default 1 s) */
  intervalMs?: number;
  /** every how many ticks the held rows are rebuilt for time alone (default 5) */
  timeEvery?: number;
  /** every how many ticks offices not held yet are read whole (default 60; the first tick after a wall looks) */
  sweepEvery?: number;
  /** offices read whole per tick while sweeping (default 100) */
  sweepChunk?: number;
}

export function supervisionRelay(ctx: Context, io: IoServer, opts: SupervisionRelayOptions = {}) {
  const dirty = new Map<string, Set<VitalPart>>();
  const held = new Map<string, { vitals: OfficeVitals; sent: string }>();
  let ticks = 0;
  let busy = false;
  /** offices not held yet remain to be read, a chunk a tick */
  let sweeping = false;
  /** offices this sweep has read (or tried to: one deleted meanwhile is not tried again until the next) */
  const swept = new Set<string>();
  let failed = new Map<string, Set<VitalPart>>();

  const hasLocalWalls = () => {
    for (const room of io.of('/').adapter.rooms.keys()) if (room.startsWith('sup:')) return true;
    return false;
  };

  const mark = (office: string, parts: readonly VitalPart[]) => {
    let set = dirty.get(office);
    if (!set) dirty.set(office, (set = new Set()));
    for (const p of parts) set.add(p);
  };

  /** What a wall shows of a row, without what moves by itself between deltas. */
  const shown = (row: LiveOfficeRow) => JSON.stringify({ ...row, at: 0, longestWaitSeconds: 0 });

  async function tick(): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      const batch = new Map(dirty);
      failed = batch;
      dirty.clear();
      if (!(await ctx.redis.exists(keys.supervisionWatched()))) {
        held.clear();
        ticks = 0;
        sweeping = false;
        return;
      }
      const now = ctx.clock();
      ticks++;
      // time alone is watched by the processes that hold walls (their deltas reach walls elsewhere through the adapter)
      const walls = hasLocalWalls();
      const timePass = walls && ticks % (opts.timeEvery ?? 5) === 0;
      const sweep = walls && ticks % (opts.sweepEvery ?? 60) === 1;
      if (timePass) {
        // a row that time alone would change is read again first: another process may have changed the office meanwhile
        for (const [id, h] of held) if (!batch.has(id) && shown(liveRow(h.vitals, now)) !== h.sent) batch.set(id, new Set(ALL_PARTS));
      }
      if (!batch.size && !sweep && !sweeping) return;
      const directory = await officeDirectory(ctx);
      // offices this process holds nothing of yet (just watched, or new): read whole, a chunk a tick, so time passes reach every office
      if (sweep) swept.clear();
      if (walls && (sweeping || sweep)) {
        const unheld = directory.filter((o) => !held.has(o.id) && !batch.has(o.id) && !swept.has(o.id)).slice(0, opts.sweepChunk ?? 100);
        for (const o of unheld) {
          batch.set(o.id, new Set(ALL_PARTS));
          swept.add(o.id);
        }
        sweeping = unheld.length > 0;
      }
      const known = new Map(directory.map((o) => [o.id, o]));
      const wanted = [...batch]
        .filter(([id]) => known.has(id))
        .map(([id, parts]) => ({ office: known.get(id)!, parts: [...parts], held: held.get(id)?.vitals }));
      const changed: LiveOfficeRow[] = [];
      for (const v of await readVitals(ctx, wanted)) {
        const row = liveRow(v, now);
        const key = shown(row);
        if (held.get(v.office.id)?.sent !== key) changed.push(row);
        held.set(v.office.id, { vitals: v, sent: key });
      }
      send(changed, now);
    } catch (err) {
      // the changes of this tick are read again on the next
      for (const [id, parts] of failed) mark(id, [...parts]);
      ctx.log.warn({ err }, 'supervision relay tick failed');
    } finally {
      busy = false;
    }
  }

  function send(changed: LiveOfficeRow[], now: number): void {
    if (!changed.length) return;
    io.to(rooms.supervisionAll()).emit('supervision.changed', { offices: changed, serverTime: now });
    const byGroup = new Map<string, LiveOfficeRow[]>();
    for (const row of changed) {
      if (row.group !== null) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);
      io.to(rooms.supervisionOffice(row.id)).emit('supervision.changed', { offices: [row], serverTime: now });
    }
    for (const [group, rows] of byGroup) io.to(rooms.supervisionGroup(group)).emit('supervision.changed', { offices: rows, serverTime: now });
  }

  const timer = setInterval(() => void tick(), opts.intervalMs ?? 1000);
  timer.unref();

  const today = ({ office }: { office: string }) => mark(office, ['today']);
  return {
    ticketIssued: today,
    ticketCalled: today,
    ticketUpdated: today,
    queueChanged: today,
    ratingReceived: today,
    counterChanged: ({ office }: { office: string }) => mark(office, ['counters']),
    complaintChanged: ({ office }: { office: string }) => mark(office, ['complaints']),
    devicesChanged: ({ office }: { office: string }) => mark(office, ['devices']),
    officeChanged: ({ office }: { office: string }) => mark(office, ALL_PARTS),
    stop: () => clearInterval(timer),
  };
}
