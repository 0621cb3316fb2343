/**
 * Queue changes go to the screens at most every `everyMs` per office. A quiet office sends each
 * change at once; under a rush (a kiosk queue at opening time, a benchmark) one broadcast carries
 * the newest state of everything changed since the last, instead of one Redis stream write and one
 * message to every screen per ticket. Items with the same `id` replace each other (waiting counts
 * are absolute; a ticket's newest state supersedes its older one), so merging loses nothing.
 */
export class QueueBroadcast<T extends { id: string } = { id: string; waiting: number }> {
  private readonly pending = new Map<string, Map<string, T>>();
  private readonly lastSent = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly send: (office: string, items: T[]) => void,
    private readonly everyMs = 100,
  ) {}

  change(office: string, items: T[]): void {
    const waitFor = (this.lastSent.get(office) ?? -Infinity) + this.everyMs - Date.now();
    if (waitFor <= 0 && !this.timers.has(office)) {
      this.flush(office, items);
      return;
    }
    const merged = this.pending.get(office) ?? new Map<string, T>();
    for (const item of items) merged.set(item.id, item);
    this.pending.set(office, merged);
    if (!this.timers.has(office)) {
      const timer = setTimeout(
        () => {
          this.timers.delete(office);
          const due = this.pending.get(office);
          this.pending.delete(office);
          if (due) this.flush(office, [...due.values()]);
        },
        Math.max(0, waitFor),
      );
      timer.unref();
      this.timers.set(office, timer);
    }
  }

  stop(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.pending.clear();
  }

  private flush(office: string, items: T[]): void {
    this.lastSent.set(office, Date.now());
    this.send(office, items);
  }
}
