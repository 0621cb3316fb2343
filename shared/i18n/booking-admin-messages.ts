/**
 * Texts of the administration of bookings (Vietnamese first): which services take online numbers
 * and appointments, and the office's booking rules, each with a sentence saying what it does.
 */
import { translator, type Catalogue } from './translate.js';

const messages = {
  servicesTitle: { vi: 'Số trực tuyến và lịch hẹn theo lĩnh vực', en: 'Online numbers and appointments by service' },
  servicesHelp: {
    vi: 'Số trực tuyến: công dân lấy số của hôm nay bằng điện thoại và xếp hàng cùng các số lấy tại kiosk. Lịch hẹn: công dân đặt trước một khung giờ trong giờ phát số của lĩnh vực, đến nơi thì xác nhận tại kiosk ("Tôi đã đặt lịch").',
    en: 'Online numbers: citizens take a number for today from their phone and queue with the kiosk tickets. Appointments: citizens book a slot within the service’s issuing hours and check in at the kiosk ("I have a booking") on arrival.',
  },
  service: { vi: 'Lĩnh vực', en: 'Service' },
  remote: { vi: 'Nhận số trực tuyến', en: 'Online numbers' },
  appointment: { vi: 'Nhận lịch hẹn', en: 'Appointments' },
  slotMinutes: { vi: 'Độ dài khung giờ (phút)', en: 'Slot length (min)' },
  capacity: { vi: 'Số chỗ mỗi khung giờ', en: 'Seats per slot' },

  policyTitle: { vi: 'Đặt lịch hẹn và lấy số trực tuyến', en: 'Appointments and online numbers' },
  policyHelp: {
    vi: 'Các quy định chung của đơn vị. Lĩnh vực nào nhận số trực tuyến hoặc lịch hẹn: đặt ở thẻ "Lĩnh vực".',
    en: 'The office’s rules. Which services take online numbers or appointments: see the "Services" tab.',
  },
  remoteFrom: { vi: 'Nhận số trực tuyến từ (HH:MM)', en: 'Online numbers from (HH:MM)' },
  remoteTo: { vi: 'đến (HH:MM)', en: 'until (HH:MM)' },
  remoteWindowHelp: {
    vi: (p) => `Công dân lấy số bằng điện thoại từ ${p.from} đến ${p.to}, và chỉ trong giờ phát số của lĩnh vực.`,
    en: (p) => `Citizens take numbers by phone from ${p.from} to ${p.to}, and only within the service’s issuing hours.`,
  },
  remoteStopPastClosing: {
    vi: 'Ngừng cấp số trực tuyến khi thời gian chờ dự kiến kéo quá giờ đóng cửa',
    en: 'Stop online numbers once the estimated wait runs past closing time',
  },
  daysAhead: { vi: 'Đặt lịch trước tối đa (ngày làm việc)', en: 'Book up to (working days ahead)' },
  daysAheadHelp: {
    vi: (p) => `Công dân chọn được khung giờ trong ${p.n} ngày làm việc tới.`,
    en: (p) => `Citizens may choose a slot within the next ${p.n} working days.`,
  },
  cutoffMinutes: { vi: 'Ngừng đặt trước giờ hẹn (phút)', en: 'Booking closes before the slot (min)' },
  cutoffHelp: {
    vi: (p) => `Một khung giờ ngừng nhận đặt lịch ${p.n} phút trước khi bắt đầu.`,
    en: (p) => `A slot stops taking bookings ${p.n} minutes before it starts.`,
  },
  callAheadMinutes: { vi: 'Gọi lịch hẹn sớm (phút trước giờ hẹn)', en: 'Call appointments early (min before the slot)' },
  lateAfterMinutes: { vi: 'Đến muộn tối đa (phút sau giờ hẹn)', en: 'Late after (min past the slot)' },
  callingHelp: {
    vi: (p) => `Lịch hẹn đã xác nhận tại kiosk được gọi trước từ ${p.ahead} phút trước giờ hẹn; đến muộn quá ${p.late} phút thành số thường.`,
    en: (p) => `A checked-in appointment is called first from ${p.ahead} minutes before its slot; more than ${p.late} minutes late, it is an ordinary ticket.`,
  },
  perPersonPerDay: { vi: 'Số lượt tối đa của một người trong ngày', en: 'Bookings per person per day' },
  perPersonPerService: { vi: 'Số lượt tối đa của một người cho một lĩnh vực trong ngày', en: 'Bookings per person per service per day' },
  perDevicePerDay: { vi: 'Số lượt tối đa từ một thiết bị trong ngày', en: 'Bookings per device per day' },
  capsHelp: {
    vi: (p) =>
      `Tính theo số điện thoại đã xác thực: tối đa ${p.day} lượt mỗi ngày, ${p.service} lượt cho mỗi lĩnh vực; mỗi thiết bị tối đa ${p.device} lượt mỗi ngày.`,
    en: (p) => `By verified phone number: at most ${p.day} a day, ${p.service} per service; at most ${p.device} a day from one device.`,
  },
  requireName: { vi: 'Yêu cầu công dân nhập họ tên khi đặt', en: 'Ask citizens for their name when booking' },
  turnNearAhead: { vi: 'Báo "sắp đến lượt" khi còn (người phía trước)', en: 'Say "your turn is near" at (people ahead)' },
  turnNearHelp: {
    vi: (p) => `Tin nhắn báo sắp đến lượt được gửi khi còn ${p.n} người phía trước.`,
    en: (p) => `The "turn is near" message goes when ${p.n} people are ahead.`,
  },
} satisfies Catalogue<string>;

export type BookingAdminMessage = keyof typeof messages;
export const bt = translator<BookingAdminMessage>(messages);
