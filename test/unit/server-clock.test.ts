/** The server's clock of a board or console element: the device's clock plus the server's offset, read again each second while on the page. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ServerClock } from '../../shared/ui/server-clock.js';

function fakeHost() {
  const host = {
    controllers: [] as ReactiveController[],
    updates: 0,
    addController(c: ReactiveController) {
      host.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host satisfies ReactiveControllerHost;
}

describe('ServerClock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 10, 25, 1, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('adds the offset the server reported, and reads the device clock again each second only while connected', () => {
    const host = fakeHost();
    let offset = 5_000;
    const clock = new ServerClock(host, () => offset);
    expect(host.controllers).toEqual([clock]);
    const start = Date.now();
    expect(clock.now()).toBe(start + 5_000);

    clock.hostConnected();
    vi.advanceTimersByTime(999);
    expect(host.updates).toBe(0);
    expect(clock.now()).toBe(start + 5_000); // still the last tick
    vi.advanceTimersByTime(1);
    expect(host.updates).toBe(1);
    expect(clock.now()).toBe(start + 1_000 + 5_000);
    offset = -2_000; // a new snapshot from the server counts at once
    expect(clock.now()).toBe(start + 1_000 - 2_000);
    vi.advanceTimersByTime(2_000);
    expect(host.updates).toBe(3);
    expect(clock.now()).toBe(start + 3_000 - 2_000);

    clock.hostDisconnected();
    vi.advanceTimersByTime(5_000);
    expect(host.updates).toBe(3);
    expect(clock.now()).toBe(start + 3_000 - 2_000);
  });
});
