/**
 * A wall screen pages through the offices by itself (`?cycle=20`: every 20 seconds), since nobody
 * scrolls a television: a screenful further each time, back to the top after the last. The table's
 * headings stay on top (they are sticky). Someone using the page (a key, a click, the wheel) holds
 * it where it is for a minute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageParam } from '../../shared/ui/api-client.js';

const HOLD_MS = 60_000;
/** the share of a screen a page moves: a few rows of the last stay in view */
const STEP = 0.8;

export class WallCycle implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private heldUntil = 0;
  private readonly hold = () => (this.heldUntil = Date.now() + HOLD_MS);

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const seconds = Number(pageParam('cycle'));
    if (!Number.isFinite(seconds) || seconds < 1) return;
    for (const e of ['keydown', 'pointerdown', 'wheel']) window.addEventListener(e, this.hold, { passive: true });
    this.timer = setInterval(() => this.next(), Math.min(seconds, 600) * 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    for (const e of ['keydown', 'pointerdown', 'wheel']) window.removeEventListener(e, this.hold);
  }

  private next(): void {
    if (Date.now() < this.heldUntil) return;
    const end = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo({ top: window.scrollY >= end - 2 ? 0 : Math.min(end, window.scrollY + window.innerHeight * STEP), behavior: 'instant' });
  }
}
