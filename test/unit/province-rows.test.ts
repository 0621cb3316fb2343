/** The live wall's rows in the browser: deltas by id (an older row never replaces a newer one), the local wait, sorting and filters. */
import { describe, expect, it } from 'vitest';
import { applyRows, groupsOf, longestWait, matches, overTarget, shownName, sortRows, totals } from '../../console/state/province-rows.js';
import { folded } from '../../shared/folded-text.js';
import type { LiveOfficeRow } from '../../shared/schemas/supervision.js';

const AT = Date.UTC(2026, 10, 18, 2, 0);
function row(id: string, over: Partial<LiveOfficeRow> = {}): LiveOfficeRow {
  return {
    id,
    name: `UBND xã ${id}`,
    shortName: null,
    group: 'Huyện Đông Anh (cũ)',
    date: '2026-11-18',
    waiting: 0,
    longestWaitSeconds: 0,
    waitingSince: null,
    targetWaitMinutes: null,
    countersOpen: 1,
    countersPaused: 0,
    countersClosed: 5,
    issuedToday: 0,
    servedToday: 0,
    satisfactionToday: null,
    ratingsToday: 0,
    overdueComplaints: 0,
    screensOffline: 0,
    alerts: [],
    at: AT,
    ...over,
  };
}

describe('province rows', () => {
  it('applies a delta by id, adds an office it did not hold, and drops a row older than the one held', () => {
    const held = new Map([['a', row('a', { issuedToday: 3 })]]);
    const next = applyRows(held, [row('a', { issuedToday: 4, at: AT + 1000 }), row('b')]);
    expect(next.get('a')?.issuedToday).toBe(4);
    expect([...next.keys()]).toEqual(['a', 'b']);
    expect(applyRows(next, [row('a', { issuedToday: 2, at: AT - 1 })]).get('a')?.issuedToday).toBe(4);
    expect(held.get('a')?.issuedToday).toBe(3);
  });

  it('counts the longest wait on from waitingSince and the server clock', () => {
    const r = row('a', { waitingSince: AT - 14 * 60_000, targetWaitMinutes: 15 });
    expect(longestWait(r, AT)).toBe(840);
    expect(overTarget(r, AT)).toBe(false);
    expect(overTarget(r, AT + 61_000)).toBe(true);
    expect(longestWait(row('b'), AT)).toBeNull();
  });

  it('sorts offices with alerts first by default, any column either way with empty figures last', () => {
    const rows = [
      row('a', { waiting: 5, satisfactionToday: 0.9 }),
      row('b', { waiting: 1, alerts: [{ kind: 'long_wait', count: 1 }] }),
      row('c', {
        waiting: 9,
        alerts: [
          { kind: 'screen_offline', count: 1 },
          { kind: 'complaint_overdue', count: 2 },
        ],
        satisfactionToday: 0.5,
      }),
    ];
    const ids = (sorted: LiveOfficeRow[]) => sorted.map((r) => r.id);
    expect(ids(sortRows(rows, { key: 'alerts', dir: 'desc' }, AT))).toEqual(['c', 'b', 'a']);
    expect(ids(sortRows(rows, { key: 'waiting', dir: 'asc' }, AT))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRows(rows, { key: 'satisfaction', dir: 'desc' }, AT))).toEqual(['a', 'c', 'b']);
    expect(ids(sortRows(rows, { key: 'satisfaction', dir: 'asc' }, AT))).toEqual(['c', 'a', 'b']);
    expect(totals(rows)).toEqual({ offices: 3, waiting: 15, issued: 0, served: 0, withAlerts: 2 });
  });

  it('filters by group and by text without case or diacritics', () => {
    const a = row('dong-anh', { name: 'UBND xã Đông Anh' });
    const b = row('loose', { group: null });
    expect(folded('Đông Anh')).toBe('dong anh');
    expect(matches(a, { kind: 'all' }, 'dong anh')).toBe(true);
    expect(matches(a, { kind: 'all' }, 'HUYEN DONG')).toBe(true);
    expect(matches(a, { kind: 'none' }, '')).toBe(false);
    expect(matches(b, { kind: 'none' }, '')).toBe(true);
    expect(matches(a, { kind: 'group', group: 'Huyện Đông Anh (cũ)' }, '')).toBe(true);
    expect(matches(b, { kind: 'group', group: 'Huyện Đông Anh (cũ)' }, '')).toBe(false);
    expect(groupsOf([a, b, row('x', { group: 'Huyện Ba Vì (cũ)' })])).toEqual({ groups: ['Huyện Ba Vì (cũ)', 'Huyện Đông Anh (cũ)'], ungrouped: true });
  });

  it('shows, finds and sorts an office by its short name where it has one, its full name still found', () => {
    const long = 'Trung tâm Phục vụ hành chính công';
    const b = row('b', { name: `${long} xã Bát Tràng`, shortName: 'UBND xã Bát Tràng' });
    const a = row('a', { name: `${long} xã Văn Điển`, shortName: 'UBND phường An Khánh' });
    const c = row('c', { name: 'UBND xã Cổ Loa' });
    expect([a, b, c].map(shownName)).toEqual(['UBND phường An Khánh', 'UBND xã Bát Tràng', 'UBND xã Cổ Loa']);
    expect(sortRows([c, b, a], { key: 'name', dir: 'asc' }, AT).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    // by the place's own name, "xã" and "phường" interleaved (not every ward before every commune)
    const d = row('d', { name: 'UBND phường Tây Mỗ' });
    const e = row('e', { name: 'Trung tâm Phục vụ hành chính công thị trấn Đông Anh' });
    expect(sortRows([d, c, e, b, a], { key: 'name', dir: 'asc' }, AT).map((r) => r.id)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(matches(b, { kind: 'all' }, 'bat trang')).toBe(true);
    expect(matches(a, { kind: 'all' }, 'an khanh')).toBe(true);
    expect(matches(a, { kind: 'all' }, 'van dien')).toBe(true);
  });
});
