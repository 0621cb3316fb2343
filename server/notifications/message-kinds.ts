/**
 * What the office tells a citizen, kind by kind, with the values each text needs. Callers (the
 * booking code, the ticket reactions) pass these; the texts come from the catalogue in
 * shared/i18n/notification-messages.ts. Dates are office-local `YYYY-MM-DD`, times `HH:mm`.
 */

/** A booked slot as the citizen reads it. */
export interface SlotData {
  bookingId: string;
  officeName: string;
  serviceName: string;
  /** office-local date of the slot, YYYY-MM-DD */
  date: string;
  /** office-local start of the slot, HH:mm */
  time: string;
  /** the phone page of the booking (a push opens it when tapped) */
  url?: string;
}

export interface NotificationData {
  /** the one-time code that proves the phone number; only ever sent by SMS */
  otp: { code: string; validMinutes: number };
  booking_confirmed: SlotData;
  /** the day before the slot */
  reminder_day_before: SlotData;
  /** shortly before the slot (30 minutes by default) */
  reminder_soon: SlotData & { minutes: number };
  /** the office's "N people ahead" threshold was reached */
  turn_near: { ticketId: string; number: string; ahead: number; officeName: string; url?: string };
  called: { ticketId: string; number: string; counterNumber: number; url?: string };
  booking_cancelled: SlotData;
}

export type NotificationKind = keyof NotificationData;

export const NOTIFICATION_KINDS = [
  'otp',
  'booking_confirmed',
  'reminder_day_before',
  'reminder_soon',
  'turn_near',
  'called',
  'booking_cancelled',
] as const satisfies readonly NotificationKind[];

/** A Web Push subscription as the browser's PushManager gives it (`subscription.toJSON()`). */
export interface PushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** An SMS (or Zalo, or whatever the webhook gateway does) to a phone number. */
export type SmsNotification = { [K in NotificationKind]: { channel: 'sms'; to: string; kind: K; data: NotificationData[K] } }[NotificationKind];

/** A Web Push to the phone page; a one-time code never goes this way (it proves the phone number). */
export type PushNotification = {
  [K in Exclude<NotificationKind, 'otp'>]: { channel: 'push'; to: PushSubscription; kind: K; data: NotificationData[K] };
}[Exclude<NotificationKind, 'otp'>];

/** What a caller asks to send: the text is composed from the kind and its data. */
export type Notification = (SmsNotification | PushNotification) & { lang?: 'vi' | 'en' };

export type NotificationChannelName = Notification['channel'];
