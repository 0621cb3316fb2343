/**
 * Every text of the citizen's booking page (/kiosk/book.html): a number for today taken from a
 * phone, or an appointment in a free slot, with the phone verified by a code sent by SMS.
 * Vietnamese first (full diacritics), English second; plain words for citizens of every age.
 */
import type { BookingOptions } from '../schemas/booking.js';
import { translator, type Catalogue } from './translate.js';

type RemoteReason = NonNullable<NonNullable<BookingOptions['services'][number]['remote']>['reason']>;

export const bookingMessages = {
  pageTitle: { vi: 'Đặt lịch / lấy số trực tuyến', en: 'Book a visit or take a number online' },
  intro: {
    vi: 'Lấy số thứ tự hôm nay ngay trên điện thoại, hoặc đặt lịch hẹn vào khung giờ còn chỗ.',
    en: 'Take a number for today on your phone, or book a time that still has room.',
  },
  noServices: { vi: 'Đơn vị chưa nhận đặt lịch trực tuyến.', en: 'This office does not take online bookings yet.' },
  loadFailed: {
    vi: 'Chưa tải được thông tin đơn vị. Bạn kiểm tra kết nối và tải lại trang.',
    en: 'Could not load the office. Check the connection and reload.',
  },

  // services
  chooseService: { vi: 'Chọn lĩnh vực bạn cần giải quyết', en: 'Choose the service you need' },
  takeNumber: { vi: 'Lấy số hôm nay', en: 'Number for today' },
  bookSlot: { vi: 'Đặt lịch hẹn', en: 'Book a time' },
  freeSlots: { vi: (p) => `Còn ${p.n} khung giờ trống`, en: (p) => (Number(p.n) === 1 ? '1 free slot' : `${p.n} free slots`) },
  noFreeSlots: { vi: 'Các ngày tới đã hết chỗ', en: 'No free slots in the coming days' },
  remote_outside_window: {
    vi: (p) => `Chỉ lấy số trực tuyến từ ${p.from} đến ${p.to}`,
    en: (p) => `Online numbers only from ${p.from} to ${p.to}`,
  },
  remote_past_closing: {
    vi: 'Hết số trực tuyến hôm nay: thời gian chờ sẽ quá giờ làm việc',
    en: 'No more online numbers today: the wait would run past closing time',
  },
  remote_day_off: { vi: 'Hôm nay đơn vị nghỉ', en: 'The office is closed today' },
  remote_day_closed: { vi: 'Đã hết giờ làm việc hôm nay', en: 'Closed for today' },
  remote_service_closed: { vi: 'Lĩnh vực tạm ngừng cấp số', en: 'This service is paused' },
  remote_limit_reached: { vi: 'Đã hết số hôm nay', en: 'No more numbers today' },

  // slots
  chooseDay: { vi: 'Chọn ngày', en: 'Choose a day' },
  chooseTime: { vi: 'Chọn giờ', en: 'Choose a time' },
  today: { vi: 'Hôm nay', en: 'Today' },
  tomorrow: { vi: 'Ngày mai', en: 'Tomorrow' },
  seatsLeft: { vi: (p) => `Còn ${p.n} chỗ`, en: (p) => `${p.n} left` },
  freeShort: { vi: (p) => `${p.n} giờ trống`, en: (p) => `${p.n} free` },
  slotFull: { vi: 'Hết chỗ', en: 'Full' },
  dayFull: { vi: 'Ngày này không còn giờ trống. Bạn chọn ngày khác.', en: 'No free time on this day. Please choose another day.' },

  // phone verification
  verifyTitle: { vi: 'Xác thực số điện thoại', en: 'Verify your phone' },
  phoneLabel: { vi: 'Số điện thoại di động', en: 'Mobile phone number' },
  phoneHint: { vi: 'Chúng tôi gửi mã xác thực 6 chữ số qua tin nhắn SMS.', en: 'We send a 6-digit code by text message (SMS).' },
  phoneInvalid: {
    vi: 'Số điện thoại chưa đúng (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).',
    en: 'Not a valid mobile number (10 digits starting 03, 05, 07, 08 or 09).',
  },
  sendCode: { vi: 'Gửi mã xác thực', en: 'Send the code' },
  codeSent: { vi: (p) => `Đã gửi mã tới số ${p.phone}.`, en: (p) => `A code was sent to ${p.phone}.` },
  codeLabel: { vi: 'Mã xác thực (6 chữ số)', en: 'Code (6 digits)' },
  codeInvalid: { vi: 'Mã xác thực gồm đúng 6 chữ số.', en: 'The code has exactly 6 digits.' },
  resendIn: { vi: (p) => `Gửi lại mã sau ${p.n} giây`, en: (p) => `Send again in ${p.n} s` },
  resend: { vi: 'Gửi lại mã', en: 'Send the code again' },
  changePhone: { vi: 'Đổi số điện thoại', en: 'Change the number' },
  otpTooSoon: { vi: 'Bạn vừa yêu cầu mã. Vui lòng chờ một lúc rồi thử lại.', en: 'A code was just sent. Please wait a little and try again.' },
  nameLabel: { vi: 'Họ và tên', en: 'Full name' },
  nameMissing: { vi: 'Vui lòng nhập họ và tên.', en: 'Please enter your name.' },
  priorityLabel: { vi: 'Đối tượng ưu tiên (nếu có)', en: 'Priority (if any)' },
  priorityNone: { vi: 'Không thuộc đối tượng ưu tiên', en: 'No priority' },
  priorityNote: { vi: 'Cán bộ có thể đề nghị xuất trình giấy tờ chứng minh.', en: 'The officer may ask for proof.' },
  youChose: { vi: 'Bạn đã chọn', en: 'You chose' },
  remoteSummary: { vi: (p) => `Số thứ tự hôm nay: ${p.service}`, en: (p) => `A number for today: ${p.service}` },
  confirmRemote: { vi: 'Xác nhận lấy số', en: 'Take the number' },
  confirmAppointment: { vi: 'Xác nhận đặt lịch', en: 'Confirm the booking' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },

  // the booking
  bookedTitle: { vi: 'Đã đặt lịch hẹn', en: 'Your visit is booked' },
  yourCode: { vi: 'Mã đặt lịch', en: 'Booking code' },
  codeHint: {
    vi: 'Khi đến, bạn quét mã QR này hoặc nhập mã đặt lịch tại ki-ốt để nhận số thứ tự.',
    en: 'When you arrive, scan this QR code or type the booking code at the kiosk to get your number.',
  },
  qrLabel: { vi: (p) => `Mã QR của mã đặt lịch ${p.code}`, en: (p) => `QR code of booking code ${p.code}` },
  serviceLabel: { vi: 'Lĩnh vực', en: 'Service' },
  whenLabel: { vi: 'Thời gian', en: 'When' },
  placeLabel: { vi: 'Địa điểm', en: 'Where' },
  slotWhen: { vi: (p) => `${p.from}–${p.to}, ${p.day}`, en: (p) => `${p.from}–${p.to}, ${p.day}` },
  checkInBy: { vi: (p) => `Vui lòng nhận số tại ki-ốt trước ${p.time}.`, en: (p) => `Please check in at the kiosk by ${p.time}.` },
  addToCalendar: { vi: 'Thêm vào lịch', en: 'Add to calendar' },
  another: { vi: 'Đặt lịch hoặc lấy số khác', en: 'Make another booking' },
  remoteTitle: { vi: 'Số thứ tự trực tuyến của bạn', en: 'Your online number' },
  remoteHint: {
    vi: 'Bạn đến bộ phận một cửa trước khi đến lượt và chú ý màn hình gọi số.',
    en: 'Come to the office before your turn and watch the display.',
  },
  followPage: { vi: 'Mở trang theo dõi số', en: 'Open the tracking page' },
  checkedInTitle: { vi: 'Bạn đã nhận số tại ki-ốt', en: 'You have checked in at the kiosk' },
  cancelledTitle: { vi: 'Lịch hẹn đã được huỷ', en: 'This booking is cancelled' },
  cancelledRemote: { vi: 'Số thứ tự trực tuyến đã được huỷ', en: 'This online number is cancelled' },
  expiredTitle: { vi: 'Lịch hẹn đã hết hiệu lực', en: 'This booking has expired' },
  notFound: { vi: 'Không tìm thấy lịch hẹn này. Có thể đường dẫn chưa đúng.', en: 'This booking was not found. The link may be wrong.' },

  // cancelling
  cancelAppointment: { vi: 'Huỷ lịch hẹn', en: 'Cancel the booking' },
  cancelRemote: { vi: 'Tôi không đến nữa, huỷ số', en: 'I am not coming: cancel the number' },
  cancelAsk: { vi: 'Bạn chắc chắn muốn huỷ? Không thể hoàn tác.', en: 'Cancel for sure? This cannot be undone.' },
  cancelYes: { vi: 'Có, huỷ', en: 'Yes, cancel' },
  cancelNo: { vi: 'Không huỷ', en: 'Keep it' },

  // calendar file
  icsSummary: { vi: (p) => `Lịch hẹn ${p.service}`, en: (p) => `Appointment: ${p.service}` },
  icsDescription: {
    vi: (p) => `Mã đặt lịch: ${p.code}. Quét mã hoặc nhập mã tại ki-ốt trước ${p.time} để nhận số thứ tự.`,
    en: (p) => `Booking code: ${p.code}. Scan or type it at the kiosk by ${p.time} to get your number.`,
  },
  icsFile: { vi: (p) => `lich-hen-${p.code}.ics`, en: (p) => `appointment-${p.code}.ics` },
} satisfies Catalogue<string>;

export type BookingMessageKey = keyof typeof bookingMessages;
export const bt = translator<BookingMessageKey>(bookingMessages as Catalogue<BookingMessageKey>);

export const remoteReasonKey = (r: RemoteReason) => `remote_${r}` as const satisfies BookingMessageKey;
