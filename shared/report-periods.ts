/**
 * Grouping office-local dates into report periods. A date is a label (YYYY-MM-DD in the office's
 * zone, as the scripts stored it), so the arithmetic here is zone-free. The server words reports
 * and exports in the office's language (Vietnamese); a page in English words a period again from
 * its key (`periodLabel`, `inspectionTitle`).
 */
import { addDays, weekdayOf } from './office-time.js';
import type { Grouping } from './schemas/report-queries.js';
import { rl, WEEKDAY_NAMES } from './i18n/report-label-messages.js';
import type { Lang } from './i18n/translate.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: string): { year: number; week: number } {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - day + 3); // Thursday of this week
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return { year, week };
}

/** Monday of the date's week. */
export function weekStart(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${pad(last)}`;
}

const dm = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;
/** Reports and exports are in the office's language. */
const OFFICE_LANG: Lang = 'vi';

/** A report's range: a week it cuts is labelled with the days of it inside the range. */
export interface DateRange {
  from: string;
  to: string;
}

/** The period key of a date for a time grouping, and its label (in Vietnamese unless told). */
export function periodOf(date: string, by: Grouping, lang: Lang = OFFICE_LANG, range?: DateRange): { key: string; label: string } {
  const weekdayName = (d: string) => WEEKDAY_NAMES[lang][weekdayOf(d)]!;
  switch (by) {
    case 'day':
      return { key: date, label: `${weekdayName(date)} ${dm(date)}/${date.slice(0, 4)}` };
    case 'week': {
      const { year, week } = isoWeek(date);
      const start = weekStart(date);
      const [first, last] = [range && range.from > start ? range.from : start, range && range.to < addDays(start, 6) ? range.to : addDays(start, 6)];
      return { key: `${year}-W${pad(week)}`, label: rl('weekLabel', { week, year, from: dm(first), to: dm(last) }, lang) };
    }
    case 'month':
      return { key: date.slice(0, 7), label: rl('monthLabel', { month: Number(date.slice(5, 7)), year: date.slice(0, 4) }, lang) };
    case 'quarter': {
      const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
      return { key: `${date.slice(0, 4)}-Q${q}`, label: rl('quarterLabel', { quarter: q, year: date.slice(0, 4) }, lang) };
    }
    case 'year':
      return { key: date.slice(0, 4), label: rl('yearLabel', { year: date.slice(0, 4) }, lang) };
    case 'weekday': {
      const w = weekdayOf(date);
      // Monday first, Sunday last, as Vietnamese calendars show a week
      return { key: String((w + 6) % 7), label: weekdayName(date) };
    }
    default:
      throw new Error(`${by} is not a time grouping`);
  }
}

/** The self-inspection periods: the week (Monday–Sunday) or month holding `date`. */
export function inspectionPeriod(kind: 'week' | 'month', date: string, lang: Lang = OFFICE_LANG): { id: string; from: string; to: string; title: string } {
  if (kind === 'week') {
    const from = weekStart(date);
    const { year, week } = isoWeek(from);
    return {
      id: `week-${year}-W${pad(week)}`,
      from,
      to: addDays(from, 6),
      title: rl('weeklyInspectionTitle', { week, year, from: dm(from), to: `${dm(addDays(from, 6))}/${addDays(from, 6).slice(0, 4)}` }, lang),
    };
  }
  const from = monthStart(date);
  return {
    id: `month-${date.slice(0, 7)}`,
    from,
    to: monthEnd(date),
    title: rl('monthlyInspectionTitle', { month: Number(date.slice(5, 7)), year: date.slice(0, 4) }, lang),
  };
}

/** A date inside the period a key of `periodOf` names (for a weekday key, a day of that weekday). */
function dateOfKey(by: Grouping, key: string): string | undefined {
  if (by === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(key)) return key;
  if (by === 'month' && /^\d{4}-\d{2}$/.test(key)) return `${key}-01`;
  if (by === 'year' && /^\d{4}$/.test(key)) return `${key}-01-01`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (by === 'quarter' && quarter) return `${quarter[1]}-${pad((Number(quarter[2]) - 1) * 3 + 1)}-01`;
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  // 4 January is always in week 1
  if (by === 'week' && week) return addDays(weekStart(`${week[1]}-01-04`), (Number(week[2]) - 1) * 7);
  // Monday 0 … Sunday 6; 5 January 1970 was a Monday
  if (by === 'weekday' && /^[0-6]$/.test(key)) return addDays('1970-01-05', Number(key));
  return undefined;
}

/** The label of a time period's key in a language; undefined for a key that is no time period. */
export function periodLabel(by: Grouping, key: string, lang: Lang, range?: DateRange): string | undefined {
  const date = dateOfKey(by, key);
  return date === undefined ? undefined : periodOf(date, by, lang, range).label;
}

/** The title of a self-inspection report (`week-2026-W47`, `month-2026-11`) in a language. */
export function inspectionTitle(id: string, lang: Lang): string | undefined {
  const week = /^week-(\d{4}-W\d{2})$/.exec(id);
  if (week) return inspectionPeriod('week', dateOfKey('week', week[1]!)!, lang).title;
  const month = /^month-(\d{4}-\d{2})$/.exec(id);
  return month ? inspectionPeriod('month', `${month[1]}-01`, lang).title : undefined;
}
