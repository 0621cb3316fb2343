/** The simulated day's timeline: actions run in time order (ties in the order they were added). */
interface Entry {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

export class Agenda {
  private entries: Entry[] = [];
  private added = 0;

  /** `at` is rounded to the millisecond: the scripts take whole milliseconds only. */
  add(when: number, run: () => Promise<void>): void {
    const at = Math.round(when);
    const e = { at, seq: this.added++, run };
    let i = this.entries.length;
    while (i > 0 && this.entries[i - 1]!.at > at) i--;
    this.entries.splice(i, 0, e);
  }

  /** Runs every action, setting the clock to its time first; actions may add more. */
  async play(setClock: (ms: number) => void): Promise<void> {
    for (let e = this.entries.shift(); e; e = this.entries.shift()) {
      setClock(e.at);
      await e.run();
    }
  }
}
