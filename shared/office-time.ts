/**
 * Office-local calendar arithmetic. Every date the system stores or reports is the
 * office's own (Asia/Ho_Chi_Minh by default), never UTC or the server's zone: a ticket
 * taken at 06:30 local on the 25th is numbered on the 25th even though UTC still says the 24th.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface OfficeClock {
  /** YYYY-MM-DD in the office's zone */
  date: string;
  /** 0-23 */
  hour: number;
  minute: number;
  /** minutes since local midnight */
  minuteOfDay: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** the last answer per zone: zone offsets are whole minutes, so it holds for the whole minute */
const lastClock = new Map<string, { minute: number; clock: OfficeClock }>();

export function officeClock(ms: number, timeZone: string): OfficeClock {
  const minute = Math.floor(ms / 60_000);
  const hit = lastClock.get(timeZone);
  if (hit?.minute === minute) return { ...hit.clock };
  const clock = computeClock(ms, timeZone);
  lastClock.set(timeZone, { minute, clock });
  return { ...clock };
}

function computeClock(ms: number, timeZone: string): OfficeClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour,
    minute,
    minuteOfDay: hour * 60 + minute,
    weekday: WEEKDAYS[parts.weekday!] ?? 0,
  };
}

export function officeDate(ms: number, timeZone: string): string {
  return officeClock(ms, timeZone).date;
}

/** "07:30" → 450 */
/** The UTC date (YYYY-MM-DD) of an instant: what the event stream names a ticket's day by (scripts/includes/office-dates.lua). */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function parseHHMM(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h! * 60 + m!;
}

/** Calendar arithmetic on YYYY-MM-DD strings (zone-free: a date is a label). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` months earlier, or that month's last day where it is shorter (31 March → 28 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * A range moved `months` months earlier, day for day (1–20 November → 1–20 October); a range that
 * ends on a month's last day ends on the last day of the month it moves to (to 30 November → to 31 October).
 */
export function monthsBefore(range: { from: string; to: string }, months: number): { from: string; to: string } {
  const monthEnds = addDays(range.to, 1).endsWith('-01');
  const to = addMonths(range.to, -months);
  return { from: addMonths(range.from, -months), to: monthEnds ? addDays(addMonths(`${to.slice(0, 7)}-01`, 1), -1) : to };
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Inclusive list of dates from..to; empty when from > to. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The UTC instant of a local wall-clock time in the office's zone (handles fixed and DST zones). */
export function officeInstant(date: string, minuteOfDay: number, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000;
  let ms = guess;
  for (let i = 0; i < 3; i++) {
    const c = officeClock(ms, timeZone);
    const seen = Date.parse(`${c.date}T00:00:00Z`) + c.minuteOfDay * 60_000;
    ms += guess - seen;
  }
  return ms;
}
