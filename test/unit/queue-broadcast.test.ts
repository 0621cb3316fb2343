/** Waiting counts: sent at once when the office is quiet, merged (newest count per service) in a rush. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueueBroadcast } from '../../server/realtime/queue-broadcast.js';

describe('queue broadcast', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends a lone change at once, and a rush as one message with the newest counts', () => {
    const sent: [string, { id: string; waiting: number }[]][] = [];
    const q = new QueueBroadcast((office, services) => sent.push([office, services]), 100);
    q.change('a', [{ id: 'x', waiting: 1 }]);
    expect(sent).toEqual([['a', [{ id: 'x', waiting: 1 }]]]);

    q.change('a', [{ id: 'x', waiting: 2 }]);
    q.change('a', [{ id: 'y', waiting: 1 }]);
    q.change('a', [{ id: 'x', waiting: 3 }]);
    q.change('b', [{ id: 'x', waiting: 7 }]); // another office is not held back
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(100);
    expect(sent.slice(2)).toEqual([
      [
        'a',
        [
          { id: 'x', waiting: 3 },
          { id: 'y', waiting: 1 },
        ],
      ],
    ]);

    // nothing pending, the interval passed: at once again
    vi.advanceTimersByTime(100);
    q.change('a', [{ id: 'x', waiting: 2 }]);
    expect(sent.at(-1)).toEqual(['a', [{ id: 'x', waiting: 2 }]]);
  });

  it("merges any items by id, keeping each one's newest state", () => {
    const sent: [string, { id: string; status: string }[]][] = [];
    const q = new QueueBroadcast<{ id: string; status: string }>((office, items) => sent.push([office, items]), 100);
    q.change('a', [{ id: 't1', status: 'waiting' }]);
    q.change('a', [{ id: 't2', status: 'waiting' }]);
    q.change('a', [{ id: 't2', status: 'waiting' }]);
    q.change('a', [{ id: 't1', status: 'serving' }]);
    q.change('a', [{ id: 't1', status: 'cancelled' }]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([
      ['a', [{ id: 't1', status: 'waiting' }]],
      [
        'a',
        [
          { id: 't2', status: 'waiting' },
          { id: 't1', status: 'cancelled' },
        ],
      ],
    ]);
  });

  it('drops what is pending when stopped', () => {
    const sent: unknown[] = [];
    const q = new QueueBroadcast((...a) => sent.push(a), 100);
    q.change('a', [{ id: 'x', waiting: 1 }]);
    q.change('a', [{ id: 'x', waiting: 2 }]);
    q.stop();
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
  });
});
