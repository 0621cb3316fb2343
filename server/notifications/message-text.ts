/**
 * The text of a notification, from the catalogue (shared/i18n/notification-messages.ts), and its
 * ASCII form for SMS: many phones and gateways bill a Unicode SMS as two or three, so the SMS goes
 * without diacritics and the full text travels beside it for gateways that send Unicode (or Zalo).
 */
import { notificationText } from '../../shared/i18n/notification-messages.js';
import type { Lang } from '../../shared/i18n/translate.js';
import type { Notification } from './message-kinds.js';

export function composeText(message: Notification): string {
  const params = Object.fromEntries(Object.entries(message.data).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<
    string,
    string | number
  >;
  return notificationText(message.kind, params, message.lang ?? 'vi');
}

/** The title of a push notification on the phone. */
export function pushTitle(lang: Lang = 'vi'): string {
  return notificationText('pushTitle', {}, lang);
}

/**
 * Vietnamese without diacritics ("Tư pháp – Hộ tịch" → "Tu phap - Ho tich"): the combining marks
 * that NFD splits off are dropped, and đ/Đ, which NFD keeps whole, become d/D. Anything else
 * outside printable ASCII becomes "?", so a gateway never meets a character it must guess at.
 */
export function asciiFallback(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7E]/g, '?');
}
