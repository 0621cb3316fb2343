/**
 * Grouping office-local dates into report periods. A date is a label (YYYY-MM-DD in the office's
 * zone, as the scripts stored it), so the arithmetic here is zone-free.
 */
import { addDays, weekdayOf } from '../../shared/office-time.js';
import type { Grouping } from '../../shared/schemas/report-queries.js';
import { rl, WEEKDAY_NAMES } from '../../shared/i18n/report-label-messages.js';

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
const LANG = 'vi';
const weekdayName = (date: string) => WEEKDAY_NAMES[LANG][weekdayOf(date)]!;

/** The period key of a date for a time grouping, and its Vietnamese label. */
export function periodOf(date: string, by: Grouping): { key: string; label: string } {
  switch (by) {
    case 'day':
      return { key: date, label: `${weekdayName(date)} ${dm(date)}/${date.slice(0, 4)}` };
    case 'week': {
      const { year, week } = isoWeek(date);
      const start = weekStart(date);
      return { key: `${year}-W${pad(week)}`, label: rl('weekLabel', { week, year, from: dm(start), to: dm(addDays(start, 6)) }, LANG) };
    }
    case 'month':
      return { key: date.slice(0, 7), label: rl('monthLabel', { month: Number(date.slice(5, 7)), year: date.slice(0, 4) }, LANG) };
    case 'quarter': {
      const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
      return { key: `${date.slice(0, 4)}-Q${q}`, label: rl('quarterLabel', { quarter: q, year: date.slice(0, 4) }, LANG) };
    }
    case 'year':
      return { key: date.slice(0, 4), label: rl('yearLabel', { year: date.slice(0, 4) }, LANG) };
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
export function inspectionPeriod(kind: 'week' | 'month', date: string): { id: string; from: string; to: string; title: string } {
  if (kind === 'week') {
    const from = weekStart(date);
    const { year, week } = isoWeek(from);
    return {
      id: `week-${year}-W${pad(week)}`,
      from,
      to: addDays(from, 6),
      title: rl('weeklyInspectionTitle', { week, year, from: dm(from), to: `${dm(addDays(from, 6))}/${addDays(from, 6).slice(0, 4)}` }, LANG),
    };
  }
  const from = monthStart(date);
  return {
    id: `month-${date.slice(0, 7)}`,
    from,
    to: monthEnd(date),
    title: rl('monthlyInspectionTitle', { month: Number(date.slice(5, 7)), year: date.slice(0, 4) }, LANG),
  };
}
