/**
 * Texts the office sends to citizens (SMS through the webhook gateway, Web Push to the phone page),
 * Vietnamese first. An SMS goes without diacritics (server/notifications/message-text.ts folds them):
 * keep each text short, one sentence or two, and free of anything that needs a diacritic to be read.
 */
import { translator, type Catalogue } from './translate.js';

/** YYYY-MM-DD → dd/mm/yyyy, as both languages write dates here */
const day = (date: string | number | undefined) =>
  String(date ?? '')
    .split('-')
    .reverse()
    .join('/');

const messages = {
  pushTitle: { vi: 'Hàng chờ một cửa', en: 'One-stop office queue' },
  otp: {
    vi: (p) => `Mã xác thực đặt lịch của bạn là ${p.code}, có hiệu lực trong ${p.validMinutes} phút. Không cung cấp mã này cho người khác.`,
    en: (p) => `Your booking code is ${p.code}, valid for ${p.validMinutes} minutes. Do not share this code with anyone.`,
  },
  booking_confirmed: {
    vi: (p) => `Đã đặt lịch ${p.serviceName} tại ${p.officeName} lúc ${p.time} ngày ${day(p.date)}. Khi đến, vui lòng xác nhận có mặt để nhận số thứ tự.`,
    en: (p) => `Booked: ${p.serviceName} at ${p.officeName}, ${p.time} on ${day(p.date)}. On arrival, check in to get your number.`,
  },
  reminder_day_before: {
    vi: (p) => `Nhắc lịch: ngày mai ${day(p.date)} lúc ${p.time}, bạn có lịch ${p.serviceName} tại ${p.officeName}.`,
    en: (p) => `Reminder: tomorrow ${day(p.date)} at ${p.time} you are booked for ${p.serviceName} at ${p.officeName}.`,
  },
  reminder_soon: {
    vi: (p) => `Còn ${p.minutes} phút nữa đến lịch ${p.serviceName} lúc ${p.time} tại ${p.officeName}. Khi đến, vui lòng xác nhận có mặt.`,
    en: (p) => `In ${p.minutes} minutes: ${p.serviceName} at ${p.time} at ${p.officeName}. Check in on arrival.`,
  },
  turn_near: {
    vi: (p) => `Sắp đến lượt số ${p.number}: còn ${p.ahead} người trước bạn. Vui lòng có mặt tại ${p.officeName}.`,
    en: (p) => `Your turn is near, number ${p.number}: ${p.ahead} ahead of you. Please be at ${p.officeName}.`,
  },
  called: {
    vi: (p) => `Xin mời công dân có số thứ tự ${p.number} đến quầy số ${p.counterNumber}.`,
    en: (p) => `Number ${p.number}, please come to counter ${p.counterNumber}.`,
  },
  booking_cancelled: {
    vi: (p) => `Lịch ${p.serviceName} lúc ${p.time} ngày ${day(p.date)} tại ${p.officeName} đã được hủy.`,
    en: (p) => `Your booking for ${p.serviceName} at ${p.time} on ${day(p.date)} at ${p.officeName} is cancelled.`,
  },
} satisfies Catalogue<string>;

export type NotificationMessage = keyof typeof messages;
export const notificationText = translator<NotificationMessage>(messages);
