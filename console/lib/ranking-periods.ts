/**
 * The ranking's periods: presets counted from the province's today (the server's date in
 * Vietnam, never the browser's), or a custom range. Whole months and years, so the API compares
 * them with the whole months before; "this month", "this quarter" and "this year" run to today.
 */
import { addDays, monthsBefore } from '../../shared/office-time.js';

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodKind = PeriodPreset | 'custom';
export const DEFAULT_PERIOD: PeriodPreset = 'lastMonth';

export interface Range {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function presetRange(preset: PeriodPreset, today: string): Range {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const monthStart = `${today.slice(0, 7)}-01`;
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart, to: today };
    case 'lastMonth': {
      const end = addDays(monthStart, -1);
      return { from: `${end.slice(0, 7)}-01`, to: end };
    }
    case 'thisQuarter':
      return { from: `${year}-${pad(month - ((month - 1) % 3))}-01`, to: today };
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/**
 * The period a preset is compared with where the API's own choice (as many whole months before, or
 * the same days of as many months before) is not the one meant: the quarter so far with the same
 * days of the quarter before, the year so far with the same days of the year before.
 */
export function comparedWith(kind: PeriodKind, range: Range): Range | undefined {
  if (kind === 'thisQuarter') return monthsBefore(range, 3);
  if (kind === 'thisYear') return monthsBefore(range, 12);
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date (30 February reads back as another day) */
export function isDate(s: string | null | undefined): s is string {
  if (!s || !DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The period a page address asks for (`?period=thisYear`, or `?from=…&to=…`), else the default. */
export function periodFromAddress(params: URLSearchParams, today: string): Range & { kind: PeriodKind } {
  const [from, to] = [params.get('from'), params.get('to')];
  if (isDate(from) && isDate(to) && from <= to) return { kind: 'custom', from, to };
  const asked = params.get('period') as PeriodPreset | null;
  const kind = asked && PERIOD_PRESETS.includes(asked) ? asked : DEFAULT_PERIOD;
  return { kind, ...presetRange(kind, today) };
}

/** YYYY-MM-DD → 25/11/2026 */
export const dmy = (date: string) => date.split('-').reverse().join('/');
