/**
 * A Lit reactive controller for an element that shows a time or a time elapsed: the server's clock
 * (this device's clock plus the offset the server reported, so every screen agrees), read again
 * and the element re-rendered each second while the element is on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ServerClock implements ReactiveController {
  private deviceNow = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly offsetMs: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      this.deviceNow = Date.now();
      this.host.requestUpdate();
    }, 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }

  /** the server's time (ms) at the last tick */
  now(): number {
    return this.deviceNow + this.offsetMs();
  }
}
