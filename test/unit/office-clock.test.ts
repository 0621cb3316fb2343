/** The office clock, remembered per minute, still turns over at local midnight and is never shared. */
import { describe, expect, it } from 'vitest';
import { officeClock } from '../../shared/office-time.js';

describe('officeClock', () => {
  it('turns over at local midnight, per zone, and hands out copies', () => {
    const before = Date.UTC(2026, 10, 24, 16, 59, 59, 999); // 23:59:59.999 in Hà Nội
    const a = officeClock(before, 'Asia/Ho_Chi_Minh');
    expect(a).toMatchObject({ date: '2026-11-24', hour: 23, minute: 59, weekday: 2 });
    a.date = 'changed';
    expect(officeClock(before - 30_000, 'Asia/Ho_Chi_Minh').date).toBe('2026-11-24');
    expect(officeClock(before + 1, 'Asia/Ho_Chi_Minh')).toMatchObject({ date: '2026-11-25', hour: 0, minute: 0, weekday: 3 });
    expect(officeClock(before + 1, 'UTC')).toMatchObject({ date: '2026-11-24', hour: 17, minute: 0 });
    expect(officeClock(before + 1, 'Asia/Kolkata')).toMatchObject({ date: '2026-11-24', hour: 22, minute: 30 });
  });
});
