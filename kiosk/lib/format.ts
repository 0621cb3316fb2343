/** Dates, clock and names as citizens read them, in the office's own time zone. */
import { getLang } from '../../shared/i18n/translate.js';

export function clockText(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}

export function dateText(ms: number, timeZone: string): string {
  const lang = getLang();
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(ms),
  );
}

export function dateTimeText(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).format(new Date(ms));
}

/** A calendar day (`YYYY-MM-DD`) as a citizen reads it: "thứ Ba, 24/11" or "Tuesday 24 Nov". */
export function dayText(date: string): string {
  const lang = getLang();
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: lang === 'vi' ? 'numeric' : 'short',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The Vietnamese name, or the English one when the citizen chose English and one exists. */
export function localName(item: { name: string; nameEn?: string | undefined }): string {
  return getLang() === 'en' && item.nameEn ? item.nameEn : item.name;
}

export function hoursText(hours: { from: string; to: string }[]): string {
  return hours.map((h) => `${h.from}–${h.to}`).join(', ');
}

/** A fresh random id for an idempotency key or a device. */
export function randomKey(prefix = 'k'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
