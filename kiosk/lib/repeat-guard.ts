/**
 * The office's repeat guard on a rating screen: a press of the same choice again within the
 * interval (a double tap, an impatient second press) is ignored, so a chip tapped twice stays on.
 * A different choice is always taken, and so is "send": a guard that swallowed the send left the
 * citizen with no rating and no word why.
 */
export class RepeatGuard {
  private last?: { choice: string; at: number };

  constructor(private readonly intervalMs: () => number) {}

  /** Whether this press counts. Only a press that counts starts a new interval. */
  press(choice: string, now = Date.now()): boolean {
    if (this.last && this.last.choice === choice && now - this.last.at < this.intervalMs()) return false;
    this.last = { choice, at: now };
    return true;
  }

  /** A new citizen: nothing pressed yet. */
  reset(): void {
    this.last = undefined;
  }
}
