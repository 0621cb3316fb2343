/** Number, duration and date formats of the report pages: Vietnamese (1.234,5; 25/11/2026). */
import { t } from '../../shared/i18n/reports-messages.js';
import { formatNumber } from '../../shared/i18n/translate.js';
import { tt } from '../../shared/i18n/report-table-messages.js';

export const int = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatNumber(n, 0));
export const dec = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '–' : formatNumber(n, digits));
/** seconds → "12,5 phút" (or "1 giờ 05 phút" past an hour) */
export function minutes(seconds: number | null | undefined, unit = true): string {
  if (seconds === null || seconds === undefined) return '–';
  const m = seconds / 60;
  if (m >= 60 && unit) {
    const h = Math.floor(m / 60);
    return tt('hoursMinutes', { h, m: String(Math.round(m - h * 60)).padStart(2, '0') });
  }
  return unit ? t('minutesValue', { n: formatNumber(m, 1) }) : formatNumber(m, 1);
}
export const pct = (share: number | null | undefined, digits = 1) => (share === null || share === undefined ? '–' : `${formatNumber(share * 100, digits)}%`);
/** A card's colour from a share against its target: none where there is no figure ("–" is neither good nor bad). */
export const shareTone = (share: number | null | undefined, target: number): '' | 'good' | 'warn' =>
  share === null || share === undefined ? '' : share < target ? 'warn' : 'good';
/** YYYY-MM-DD → 25/11/2026 */
export const dmy = (date: string) => date.split('-').reverse().join('/');
/** ms → "25/11/2026 14:05" in the office's zone */
export function dateTime(ms: number, timeZone = 'Asia/Ho_Chi_Minh'): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(ms));
}
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
