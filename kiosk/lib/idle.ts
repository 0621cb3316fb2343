/** Calls `onIdle` when nobody touched the screen for `ms` (kiosk: back to the start screen). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export class IdleController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly reset = () => this.arm();

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const e of EVENTS) window.addEventListener(e, this.reset, { passive: true, capture: true });
    this.arm();
  }

  hostDisconnected(): void {
    for (const e of EVENTS) window.removeEventListener(e, this.reset, { capture: true });
    clearTimeout(this.timer);
  }

  arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.onIdle(), this.ms);
  }
}
