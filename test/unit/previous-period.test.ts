/**
 * The ranking's previous period (issue 13, item 3): what a range is compared with when the caller
 * names none. A range from the 1st to a day of a month (this month so far) is compared with the same
 * days of the month before, not with as many days just before it (on the 1st: the last of the month
 * before). The page names the quarter's and the year's (test/unit/ranking-periods.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { previousPeriod } from '../../server/supervision/ranking.js';

const before = (from: string, to: string) => {
  const p = previousPeriod(from, to);
  return [p.from, p.to];
};

describe('the previous period of a ranking', () => {
  it('whole months: as many whole months just before', () => {
    expect(before('2026-11-01', '2026-11-30')).toEqual(['2026-10-01', '2026-10-31']);
    expect(before('2026-10-01', '2026-11-30')).toEqual(['2026-08-01', '2026-09-30']);
    expect(before('2026-01-01', '2026-12-31')).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('a few days not from the 1st: as many days just before', () => {
    expect(before('2026-10-31', '2026-11-03')).toEqual(['2026-10-27', '2026-10-30']);
    expect(before('2026-11-18', '2026-11-18')).toEqual(['2026-11-17', '2026-11-17']);
  });

  it('this month so far: the same days of the month before (the last day of a shorter month at most)', () => {
    expect(before('2026-12-01', '2026-12-01')).toEqual(['2026-11-01', '2026-11-01']);
    expect(before('2026-11-01', '2026-11-20')).toEqual(['2026-10-01', '2026-10-20']);
    expect(before('2026-03-01', '2026-03-30')).toEqual(['2026-02-01', '2026-02-28']);
    // the first month of a quarter so far reads the same as the quarter so far: the month before
    expect(before('2026-10-01', '2026-10-20')).toEqual(['2026-09-01', '2026-09-20']);
  });

  it('from the 1st over months: the same days as many months before', () => {
    expect(before('2026-10-01', '2026-12-01')).toEqual(['2026-07-01', '2026-09-01']);
    expect(before('2026-10-01', '2026-11-15')).toEqual(['2026-08-01', '2026-09-15']);
    expect(before('2026-01-01', '2026-12-01')).toEqual(['2025-01-01', '2025-12-01']);
    expect(before('2026-04-01', '2026-05-31')).toEqual(['2026-02-01', '2026-03-31']);
    expect(before('2028-03-01', '2028-03-30')).toEqual(['2028-02-01', '2028-02-29']);
  });

  it('from the 1st into the next year: as many months before', () => {
    expect(before('2026-11-01', '2027-01-15')).toEqual(['2026-08-01', '2026-10-15']);
  });
});
