/**
 * The hall's announcements, one at a time: every call and recall is queued in arrival order,
 * none is dropped, none plays twice (deduplicated by its call id), and the next starts only when
 * the previous has finished (or failed). The player is injected, so this is tested without audio.
 */
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
  | { type: 'end'; id: string; at: number; error?: string };

export type PlayFn<T extends QueuedAnnouncement> = (item: T) => Promise<void>;

export class AnnouncementQueue<T extends QueuedAnnouncement = QueuedAnnouncement> {
  private readonly pending: T[] = [];
  private readonly seen = new Set<string>();
  private running = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly play: PlayFn<T>,
    private readonly onEvent: (e: AnnouncementEvent) => void = () => {},
    private readonly now: () => number = () => Date.now(),
  ) {}

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
    this.pending.push(item);
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
      for (let item = this.pending.shift(); item; item = this.pending.shift()) {
        this.onEvent({ type: 'start', id: item.id, at: this.now() });
        try {
          await this.play(item);
          this.onEvent({ type: 'end', id: item.id, at: this.now() });
        } catch (err) {
          this.onEvent({ type: 'end', id: item.id, at: this.now(), error: err instanceof Error ? err.message : String(err) });
        }
      }
    } finally {
      this.running = false;
    }
  }
}
