import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes, serviceSeconds } from '../../shared/wait-estimate.js';

describe('wait estimate', () => {
  it('shares people ahead over the open counters, with at least one', () => {
    expect(estimateWaitMinutes(0, 600, 2)).toBe(0);
    expect(estimateWaitMinutes(4, 600, 2)).toBe(20);
    expect(estimateWaitMinutes(4, 600, 0)).toBe(40);
    expect(estimateWaitMinutes(1, 61, 1)).toBe(2);
  });

  it('uses recent service times, kept near the configured typical time', () => {
    expect(serviceSeconds(null, 10)).toBe(600);
    expect(serviceSeconds(0, 10)).toBe(600);
    expect(serviceSeconds(420, 10)).toBe(420);
    expect(serviceSeconds(3, 10)).toBe(150);
    expect(serviceSeconds(99_999, 10)).toBe(2400);
  });
});
