/**
 * How a recipient appears in logs and the delivery log: enough to tell two apart when helping a
 * citizen on the phone, never the whole number (Decree 356/2025 on personal data) and never a
 * push endpoint, which is itself the key to send to that phone.
 */
import type { PushSubscription } from './message-kinds.js';

/** "0912345678" → "*******678" */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 3 ? '***' : `${'*'.repeat(digits.length - 3)}${digits.slice(-3)}`;
}

/** "https://fcm.googleapis.com/fcm/send/abc…xyz" → "fcm.googleapis.com/…" */
export function maskSubscription(sub: PushSubscription): string {
  try {
    return `${new URL(sub.endpoint).host}/…`;
  } catch {
    return 'push/…';
  }
}

export function maskRecipient(to: string | PushSubscription): string {
  return typeof to === 'string' ? maskPhone(to) : maskSubscription(to);
}
