/**
 * The hall's announcements, one at a time: every call and recall is queued in arrival order,
 * none is dropped, none plays twice (deduplicated by its call id), and the next starts only when
 * the previous has finished (or failed). Before each part of a call the queue chooses how much to
 * say (announcement-plan.ts), so the voice keeps up with the board when calls queue up. The
 * player and the clock are injected, so this is tested without audio and without waiting.
 */
import { chooseStyle, MAX_LAG_MS, nextPart, type Part, type PlannedCall, type Style } from './announcement-plan.js';

export interface QueuedAnnouncement {
  /** unique per call and recall (CallEvent.callId) */
  id: string;
  ticketNumber: string;
  counterNumber: number;
  recall: boolean;
}

export type AnnouncementEvent =
  | { type: 'queued'; id: string; at: number; pending: number }
  | { type: 'start'; id: string; at: number }
  | { type: 'part'; id: string; at: number; part: Part; style: Style }
  | { type: 'end'; id: string; at: number; error?: string };

export interface AnnouncementQueueOptions<T extends QueuedAnnouncement> {
  /** plays one part of a call; resolves when it and its pause are over */
  playPart: (item: T, part: Part) => Promise<void>;
  /** how long a part lasts, pause included (ms), for planning */
  partMs: (item: T, part: Part) => number;
  onEvent?: (e: AnnouncementEvent) => void;
  now?: () => number;
  /** the longest a call should wait behind others (ms); the board scales it with its playback speed */
  maxLagMs?: number;
}

export class AnnouncementQueue<T extends QueuedAnnouncement = QueuedAnnouncement> {
  private readonly pending: PlannedCall<T>[] = [];
  private readonly seen = new Set<string>();
  private running = false;
  private idle: Promise<void> = Promise.resolve();
  private readonly onEvent: (e: AnnouncementEvent) => void;
  private readonly now: () => number;

  constructor(private readonly opts: AnnouncementQueueOptions<T>) {
    this.onEvent = opts.onEvent ?? (() => {});
    this.now = opts.now ?? (() => Date.now());
  }

  /** Marks ids as already heard (calls in a snapshot): they are never announced. */
  markSeen(ids: Iterable<string>): void {
    for (const id of ids) this.seen.add(id);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** Queues an announcement; false when this call id was queued or seen before. */
  enqueue(item: T): boolean {
    if (this.seen.has(item.id)) return false;
    this.seen.add(item.id);
    this.pending.push({ item, queuedAt: this.now() });
    this.onEvent({ type: 'queued', id: item.id, at: this.now(), pending: this.pending.length });
    if (!this.running) this.idle = this.drain();
    return true;
  }

  get size(): number {
    return this.pending.length + (this.running ? 1 : 0);
  }

  /** Resolves when everything queued so far has been played. */
  whenIdle(): Promise<void> {
    return this.running ? this.idle : Promise.resolve();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      // the first call of a run breaks a silence; the ones after it follow straight on
      let afterSilence = true;
      for (let next = this.pending.shift(); next; next = this.pending.shift(), afterSilence = false) {
        const { item } = next;
        this.onEvent({ type: 'start', id: item.id, at: this.now() });
        try {
          await this.say(item, afterSilence);
          this.onEvent({ type: 'end', id: item.id, at: this.now() });
        } catch (err) {
          this.onEvent({ type: 'end', id: item.id, at: this.now(), error: err instanceof Error ? err.message : String(err) });
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Says one call part by part, choosing again before each part as calls arrive behind it. */
  private async say(item: T, afterSilence: boolean): Promise<void> {
    const said: Part[] = [];
    for (;;) {
      const style = chooseStyle({
        now: this.now(),
        current: { item, said, afterSilence },
        waiting: this.pending,
        partMs: this.opts.partMs,
        maxLagMs: this.opts.maxLagMs ?? MAX_LAG_MS,
      });
      const part = nextPart(said, style, afterSilence);
      if (!part) return;
      this.onEvent({ type: 'part', id: item.id, at: this.now(), part, style });
      await this.opts.playPart(item, part);
      said.push(part);
    }
  }
}
