/** Deadlines in working days: weekends (non-working weekdays) and the office's days off are skipped. */
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { addDays, weekdayOf } from '../../shared/office-time.js';

export function isWorkingDay(config: Pick<OfficeConfig, 'workingDays' | 'daysOff'>, date: string): boolean {
  return config.workingDays.includes(weekdayOf(date)) && !config.daysOff.includes(date);
}

/** The date `n` working days after `date` (the filing day itself does not count). */
export function addWorkingDays(config: Pick<OfficeConfig, 'workingDays' | 'daysOff'>, date: string, n: number): string {
  let d = date;
  let left = n;
  // guard: an office with no working days still gets a deadline
  for (let i = 0; left > 0 && i < 3660; i++) {
    d = addDays(d, 1);
    if (isWorkingDay(config, d) || config.workingDays.length === 0) left--;
  }
  return d;
}
