/**
 * A section that shows server state kept fresh, as a Lit reactive controller: it loads when the
 * element connects and again every interval while it stays connected (the admin page's devices and
 * webhook deliveries).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PeriodicLoad implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly load: () => Promise<void>,
    private readonly everyMs: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
    this.timer = setInterval(() => void this.load(), this.everyMs);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
