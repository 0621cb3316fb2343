/**
 * The ranking tab's pure parts: the period presets from the province's today (quarters, month and
 * year ends, leap years), the address read back (bad values fall back), and how a value and its
 * change are written and judged (the column's direction, a change too small to show is none).
 */
import { describe, expect, it } from 'vitest';
import { readChoice } from '../../console/lib/ranking-address.js';
import { ariaSort, changeOf, formatValue, rankHint } from '../../console/lib/ranking-columns.js';
import { comparedWith, periodFromAddress, presetRange } from '../../console/lib/ranking-periods.js';
import { rankingQuery } from '../../console/lib/ranking-address.js';
import { setLang } from '../../shared/i18n/translate.js';

describe('ranking periods', () => {
  it('counts the presets from the given today', () => {
    expect(presetRange('thisMonth', '2026-11-03')).toEqual({ from: '2026-11-01', to: '2026-11-03' });
    expect(presetRange('lastMonth', '2026-11-03')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('thisQuarter', '2026-11-03')).toEqual({ from: '2026-10-01', to: '2026-11-03' });
    expect(presetRange('thisQuarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetRange('thisQuarter', '2026-06-01')).toEqual({ from: '2026-04-01', to: '2026-06-01' });
    expect(presetRange('thisYear', '2026-11-03')).toEqual({ from: '2026-01-01', to: '2026-11-03' });
    expect(presetRange('lastYear', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('compares the quarter and the year so far with the same days of the quarter and the year before; the rest as the API does', () => {
    const at = (p: Parameters<typeof presetRange>[0], today: string) => comparedWith(p, presetRange(p, today));
    expect(at('thisQuarter', '2026-12-01')).toEqual({ from: '2026-07-01', to: '2026-09-01' });
    expect(at('thisQuarter', '2026-10-20')).toEqual({ from: '2026-07-01', to: '2026-07-20' });
    expect(at('thisQuarter', '2026-11-30')).toEqual({ from: '2026-07-01', to: '2026-08-31' });
    expect(at('thisYear', '2026-02-10')).toEqual({ from: '2025-01-01', to: '2025-02-10' });
    expect(at('thisYear', '2028-02-29')).toEqual({ from: '2027-01-01', to: '2027-02-28' });
    for (const p of ['thisMonth', 'lastMonth', 'lastYear', 'custom'] as const)
      expect(comparedWith(p, { from: '2026-11-01', to: '2026-11-20' })).toBeUndefined();
    const choice = {
      kind: 'thisQuarter' as const,
      ...presetRange('thisQuarter', '2026-10-20'),
      group: null,
      sort: 'issued' as const,
      bestFirst: true,
      reportId: undefined,
    };
    expect(Object.fromEntries(new URLSearchParams(rankingQuery(choice)))).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-20',
      previousFrom: '2026-07-01',
      previousTo: '2026-07-20',
    });
    expect(new URLSearchParams(rankingQuery({ ...choice, kind: 'thisMonth' })).has('previousFrom')).toBe(false);
  });

  it('reads the address: two good dates, else a known preset, else last month', () => {
    const read = (q: string) => periodFromAddress(new URLSearchParams(q), '2026-11-03');
    expect(read('from=2026-09-29&to=2026-10-31&period=thisYear')).toEqual({ kind: 'custom', from: '2026-09-29', to: '2026-10-31' });
    expect(read('period=thisYear')).toEqual({ kind: 'thisYear', from: '2026-01-01', to: '2026-11-03' });
    expect(read('from=2026-10-31&to=2026-10-01')).toEqual({ kind: 'lastMonth', from: '2026-10-01', to: '2026-10-31' });
    expect(read('from=2026-02-30&to=2026-03-01&period=nonsense')).toMatchObject({ kind: 'lastMonth' });
    expect(readChoice('?group=Khác&sort=bogus&dir=worst&report=month-2026-13', '2026-11-03', ['Huyện Đông Anh (cũ)'])).toMatchObject({
      group: null,
      sort: 'satisfactionIndex',
      bestFirst: false,
      reportId: undefined,
    });
    expect(readChoice('?group=Huy%E1%BB%87n+%C4%90%C3%B4ng+Anh+(c%C5%A9)&report=month-2026-10', '2026-11-03', ['Huyện Đông Anh (cũ)'])).toMatchObject({
      group: 'Huyện Đông Anh (cũ)',
      bestFirst: true,
      reportId: 'month-2026-10',
    });
  });
});

describe('ranking values and changes', () => {
  it('writes numbers the Vietnamese way, shares to the tenth of a percent', () => {
    setLang('vi');
    expect(formatValue('int', 49453)).toBe('49.453');
    expect(formatValue('minutes', 12.345)).toBe('12,3');
    expect(formatValue('minutes', 180, true)).toBe('180,0+');
    expect(formatValue('percent', 0.96349)).toBe('96,3%');
    expect(formatValue('percent', null)).toBe('–');
  });

  it('judges a change by the column’s direction, and one too small to show as none', () => {
    setLang('vi');
    expect(changeOf('meanWaitMinutes', 'minutes', 12.26, 10)).toEqual({ arrow: '▲', size: '2,3', signed: '+2,3', verdict: 'worse' });
    expect(changeOf('meanWaitMinutes', 'minutes', 4, 4.5)).toMatchObject({ arrow: '▼', verdict: 'better' });
    expect(changeOf('satisfactionIndex', 'percent', 0.9123, 0.9)).toMatchObject({ arrow: '▲', size: '1,2', verdict: 'better' });
    expect(changeOf('complaints', 'int', 5, 2)).toMatchObject({ arrow: '▲', verdict: 'worse' });
    expect(changeOf('satisfactionIndex', 'percent', 0.9004, 0.9)).toMatchObject({ arrow: '=', verdict: 'same' });
    expect(changeOf('issued', 'int', 3, null)).toBeNull();
    // the change of the two figures as shown: 10,3 against 10,1 is +0,2 (the exact 0.12 would show +0,1)
    expect(changeOf('meanWaitMinutes', 'minutes', 10.26, 10.14)).toMatchObject({ signed: '+0,2' });
    expect(changeOf('satisfactionIndex', 'percent', 0.7234, 0.7156)).toMatchObject({ signed: '+0,7' }); // 72,3 − 71,6 (exactly 0,78)
    // a rank's hint: the previous rank, or that there was none then (not that the office is unranked now)
    expect(rankHint(3, 5)).toBe('Hạng kỳ trước: 5');
    expect(rankHint(3, null)).toBe('Kỳ trước chưa xếp hạng (không có dữ liệu)');
    expect(rankHint(null, 2)).toBe('Chưa xếp hạng (không có dữ liệu)');
    expect(ariaSort('meanWaitMinutes', true)).toBe('ascending');
    expect(ariaSort('satisfactionIndex', true)).toBe('descending');
    expect(ariaSort('satisfactionIndex', false)).toBe('ascending');
  });
});
