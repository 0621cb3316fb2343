/**
 * The live wall's rows in the browser: the join's snapshot, then `supervision.changed` deltas
 * applied by office id (whole rows), never a new read per delta. Plus the wall's filters and
 * sorting, and the longest wait counted on locally from `waitingSince` and the server's clock.
 */
import { folded } from '../../shared/folded-text.js';
import type { LiveOfficeRow } from '../../shared/schemas/supervision.js';
import { byPlaceName } from '../../shared/office-name-order.js';

const SORT_KEYS = ['alerts', 'name', 'group', 'waiting', 'longestWait', 'counters', 'issued', 'served', 'satisfaction', 'overdue', 'screens'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
/** offices needing attention first */
export const DEFAULT_SORT: Sort = { key: 'alerts', dir: 'desc' };
/** The order in the page address (`?order=waiting-desc`, none for the default); an unknown one reads as the default. */
export const orderParam = (s: Sort): string | null => (s.key === DEFAULT_SORT.key && s.dir === DEFAULT_SORT.dir ? null : `${s.key}-${s.dir}`);
export function orderFromParam(value: string): Sort {
  const [key, dir] = value.split('-');
  return (SORT_KEYS as readonly string[]).includes(key!) && (dir === 'asc' || dir === 'desc') ? { key: key as SortKey, dir } : DEFAULT_SORT;
}

/** the direction a first click on a column sorts by: names A→Z, figures largest first */
export const firstDir = (key: SortKey): Sort['dir'] => (key === 'name' || key === 'group' ? 'asc' : 'desc');

/** The name the wall shows: the short one ("UBND xã …") where the office has one; a centre's full names share their first words. */
export const shownName = (row: LiveOfficeRow): string => row.shortName ?? row.name;

/** Applies a delta's rows by id; a row older than the one held (a delta read before the snapshot) is dropped. */
export function applyRows(held: ReadonlyMap<string, LiveOfficeRow>, rows: readonly LiveOfficeRow[]): Map<string, LiveOfficeRow> {
  const next = new Map(held);
  for (const row of rows) {
    const old = next.get(row.id);
    if (!old || row.at >= old.at) next.set(row.id, row);
  }
  return next;
}

/** Seconds the longest-waiting citizen has waited at `serverNow` (null: nobody waits). */
export function longestWait(row: LiveOfficeRow, serverNow: number): number | null {
  if (row.waitingSince === null) return null;
  return Math.max(0, Math.floor((serverNow - row.waitingSince) / 1000));
}

export const overTarget = (row: LiveOfficeRow, serverNow: number): boolean => {
  const wait = longestWait(row, serverNow);
  return wait !== null && row.targetWaitMinutes !== null && wait > row.targetWaitMinutes * 60;
};

/** The group select's value: every group, offices of no group, or one group by name. */
export type GroupFilter = { kind: 'all' } | { kind: 'none' } | { kind: 'group'; group: string };

export function matches(row: LiveOfficeRow, group: GroupFilter, text: string): boolean {
  if (group.kind === 'none' && row.group !== null) return false;
  if (group.kind === 'group' && row.group !== group.group) return false;
  const q = folded(text.trim());
  return !q || folded(`${row.name} ${row.shortName ?? ''} ${row.id} ${row.group ?? ''}`).includes(q);
}

/** The groups of the rows, sorted the Vietnamese way, and whether some office has none. */
export function groupsOf(rows: Iterable<LiveOfficeRow>): { groups: string[]; ungrouped: boolean } {
  const groups = new Set<string>();
  let ungrouped = false;
  for (const r of rows) {
    if (r.group === null) ungrouped = true;
    else groups.add(r.group);
  }
  return { groups: [...groups].sort((a, b) => a.localeCompare(b, 'vi')), ungrouped };
}

const alertWeight = (r: LiveOfficeRow) => r.alerts.length * 1000 + r.alerts.reduce((a, x) => a + x.count, 0);

function figure(row: LiveOfficeRow, key: SortKey, serverNow: number): number | string | null {
  switch (key) {
    case 'alerts':
      return alertWeight(row);
    case 'name':
      return shownName(row);
    case 'group':
      return row.group;
    case 'waiting':
      return row.waiting;
    case 'longestWait':
      return longestWait(row, serverNow);
    case 'counters':
      return row.countersOpen;
    case 'issued':
      return row.issuedToday;
    case 'served':
      return row.servedToday;
    case 'satisfaction':
      return row.satisfactionToday;
    case 'overdue':
      return row.overdueComplaints;
    case 'screens':
      return row.screensOffline;
  }
}

/** Sorted rows: by the column (empty figures last in either direction), then by name for equal figures. */
export function sortRows(rows: readonly LiveOfficeRow[], sort: Sort, serverNow: number): LiveOfficeRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: LiveOfficeRow, b: LiveOfficeRow) => byPlaceName(shownName(a), shownName(b)) || a.id.localeCompare(b.id);
  return [...rows].sort((a, b) => {
    const [x, y] = [figure(a, sort.key, serverNow), figure(b, sort.key, serverNow)];
    if (x === y) return sort.key === 'alerts' ? b.waiting - a.waiting || byName(a, b) : byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x !== 'string' || typeof y !== 'string' ? Number(x) - Number(y) : sort.key === 'name' ? byPlaceName(x, y) : x.localeCompare(y, 'vi');
    return c * sign || byName(a, b);
  });
}

/** The summary tiles over the rows shown. */
export function totals(rows: readonly LiveOfficeRow[]) {
  return {
    offices: rows.length,
    waiting: rows.reduce((a, r) => a + r.waiting, 0),
    issued: rows.reduce((a, r) => a + r.issuedToday, 0),
    served: rows.reduce((a, r) => a + r.servedToday, 0),
    withAlerts: rows.filter((r) => r.alerts.length > 0).length,
  };
}
