/**
 * Waiting counts go to the screens at most every `everyMs` per office. A quiet office sends each
 * change at once; under a rush (a kiosk queue at opening time, a benchmark) one broadcast carries
 * the newest count of every service changed since the last, instead of one Redis stream write and
 * one message to every screen per ticket. Counts are absolute, so merging loses nothing.
 */
type Services = { id: string; waiting: number }[];

export class QueueBroadcast {
  private readonly pending = new Map<string, Map<string, number>>();
  private readonly lastSent = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly send: (office: string, services: Services) => void,
    private readonly everyMs = 100,
  ) {}

  change(office: string, services: Services): void {
    const waitFor = (this.lastSent.get(office) ?? -Infinity) + this.everyMs - Date.now();
    if (waitFor <= 0 && !this.timers.has(office)) {
      this.flush(office, services);
      return;
    }
    const merged = this.pending.get(office) ?? new Map<string, number>();
    for (const s of services) merged.set(s.id, s.waiting);
    this.pending.set(office, merged);
    if (!this.timers.has(office)) {
      const timer = setTimeout(() => {
        this.timers.delete(office);
        const due = this.pending.get(office);
        this.pending.delete(office);
        if (due) this.flush(office, [...due].map(([id, waiting]) => ({ id, waiting })));
      }, Math.max(0, waitFor));
      timer.unref();
      this.timers.set(office, timer);
    }
  }

  stop(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.pending.clear();
  }

  private flush(office: string, services: Services): void {
    this.lastSent.set(office, Date.now());
    this.send(office, services);
  }
}
