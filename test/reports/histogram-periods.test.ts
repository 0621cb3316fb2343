/** The histogram mirror of the scripts' histogram include, percentiles from buckets, and report periods at year ends. */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createRedis } from '../../server/redis/connect.js';
import { includeSource } from '../../server/redis/scripts.js';
import { bucketBounds, bucketOf, percentile } from '../../server/reports/histogram.js';
import { inspectionPeriod, inspectionTitle, isoWeek, periodLabel, periodOf } from '../../shared/report-periods.js';
import { datesBetween } from '../../shared/office-time.js';

describe('histogram', () => {
  it('puts every duration in the same bucket as the Lua scripts do', async () => {
    const redis = createRedis({ url: inject('redisUrl') });
    const seconds = [0, 1, 59, 60, 61, 119, 120, 3599, 3600, 3601, 3899, 3900, 4199, 10_799, 10_800, 10_801, 50_000];
    const lua = `${includeSource('histogram')}\nlocal out = {}\nfor i, s in ipairs(ARGV) do out[i] = bucket(tonumber(s)) end\nreturn out`;
    const fromLua = (await redis.eval(lua, 0, ...seconds.map(String))) as number[];
    redis.disconnect();
    expect(seconds.map(bucketOf)).toEqual(fromLua);
    for (const s of seconds) {
      const { lo, hi } = bucketBounds(bucketOf(s));
      expect(s).toBeGreaterThanOrEqual(lo);
      expect(s).toBeLessThan(hi);
    }
  });

  it('reads the nearest-rank percentile within its bucket', () => {
    const hist = new Array(85).fill(0);
    // ten waits: 30 s ×5 (bucket 0), 150 s ×4 (bucket 2), 4000 s ×1 (bucket 61)
    hist[0] = 5;
    hist[2] = 4;
    hist[61] = 1;
    expect(percentile(hist, 0.5)).toMatchObject({ bucket: 0 });
    expect(percentile(hist, 0.6)).toMatchObject({ bucket: 2 });
    expect(percentile(hist, 0.9)).toMatchObject({ bucket: 2 });
    expect(percentile(hist, 1)).toMatchObject({ bucket: 61 });
    const p = percentile(hist, 0.6)!;
    expect(p.value).toBeGreaterThanOrEqual(120);
    expect(p.value).toBeLessThan(180);
    hist[84] = 100;
    expect(percentile(hist, 0.9)).toEqual({ value: 10_800, bucket: 84, overflow: true });
    expect(percentile(new Array(85).fill(0), 0.5)).toBeNull();
  });
});

describe('periods', () => {
  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(periodOf('2026-11-25', 'week')).toMatchObject({ key: '2026-W48', label: 'Tuần 48/2026 (23/11–29/11)' });
  });

  it('labels months, quarters, weekdays in Vietnamese', () => {
    expect(periodOf('2026-11-25', 'month')).toEqual({ key: '2026-11', label: 'Tháng 11/2026' });
    expect(periodOf('2026-11-25', 'quarter')).toEqual({ key: '2026-Q4', label: 'Quý IV/2026' });
    expect(periodOf('2026-11-25', 'weekday')).toEqual({ key: '2', label: 'Thứ Tư' });
    expect(periodOf('2026-11-29', 'weekday')).toEqual({ key: '6', label: 'Chủ nhật' });
  });

  it('finds the self-inspection week and month, February of a leap year included', () => {
    expect(inspectionPeriod('week', '2026-11-29')).toMatchObject({ id: 'week-2026-W48', from: '2026-11-23', to: '2026-11-29' });
    expect(inspectionPeriod('month', '2028-02-10')).toMatchObject({ id: 'month-2028-02', from: '2028-02-01', to: '2028-02-29' });
  });

  it("words a period again from its key in either language, the key's own period for every date of three years", () => {
    for (const by of ['day', 'week', 'month', 'quarter', 'year', 'weekday'] as const) {
      for (const date of datesBetween('2025-12-25', '2028-01-05')) {
        const { key, label } = periodOf(date, by);
        expect(periodLabel(by, key, 'vi')).toBe(label);
        expect(periodLabel(by, key, 'en')).toBe(periodOf(date, by, 'en').label);
      }
    }
    expect(periodLabel('day', '2026-11-18', 'en')).toBe('Wednesday 18/11/2026');
    expect(periodLabel('week', '2026-W01', 'en')).toBe('Week 1/2026 (29/12–04/01)');
    expect(periodLabel('weekday', '6', 'en')).toBe('Sunday');
    expect(periodLabel('month', '2026-10', 'en')).toBe('October 2026');
    // a week cut by the range's ends is labelled with the days it holds
    const range = { from: '2026-10-01', to: '2026-12-01' };
    expect(periodOf('2026-10-02', 'week', 'vi', range).label).toBe('Tuần 40/2026 (01/10–04/10)');
    expect(periodLabel('week', '2026-W49', 'en', range)).toBe('Week 49/2026 (30/11–01/12)');
    expect(periodLabel('week', '2026-W45', 'en', range)).toBe('Week 45/2026 (02/11–08/11)');
    expect(periodLabel('month', '2026-10', 'vi')).toBe('Tháng 10/2026');
    expect(periodLabel('service', 'tu-phap', 'en')).toBeUndefined();
    expect(periodLabel('week', '2026-11', 'en')).toBeUndefined();
    expect(inspectionTitle('week-2026-W47', 'en')).toBe('Self-inspection report, week 47/2026 (16/11–22/11/2026)');
    expect(inspectionTitle('month-2026-11', 'vi')).toBe(inspectionPeriod('month', '2026-11-05').title);
    expect(inspectionTitle('month-2026-11', 'en')).toBe('Self-inspection report, month 11/2026');
  });
});
