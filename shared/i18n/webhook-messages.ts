/**
 * Texts of the webhooks section of the admin page (Vietnamese first): the endpoints an office
 * sends its events to, their events, their secret shown once, and their recent deliveries.
 */
import type { WebhookDeliveryStatus, WebhookEvent, WebhookFailure } from '../schemas/webhooks.js';
import { translator, type Catalogue } from './translate.js';

const messages = {
  title: { vi: 'Webhook: gửi sự kiện sang phần mềm khác', en: 'Webhooks: send events to other software' },
  help: {
    vi: 'Máy chủ gửi mỗi sự kiện đã chọn (cấp số, gọi số, đánh giá, phản ánh, đặt lịch, kết thúc ngày) tới địa chỉ của phần mềm nhận (phần mềm một cửa của tỉnh, ứng dụng của thành phố…), có chữ ký HMAC-SHA256 để bên nhận kiểm tra. Chỉ dùng địa chỉ https công khai, trừ mạng nội bộ mà quản trị hệ thống đã cho phép. Cách kiểm tra chữ ký: docs/webhooks.md.',
    en: 'The server sends each chosen event (ticket issued, called, ratings, complaints, bookings, day closed) to the receiving software (the province’s one-stop software, a city app…), signed with HMAC-SHA256 for the receiver to check. Only public https addresses, except internal networks the deployment administrator allowed. How to check the signature: docs/webhooks.md.',
  },
  none: { vi: 'Đơn vị chưa có webhook nào.', en: 'This office has no webhooks yet.' },
  url: { vi: 'Địa chỉ nhận (URL)', en: 'Receiver URL' },
  description: { vi: 'Ghi chú', en: 'Note' },
  events: { vi: 'Sự kiện', en: 'Events' },
  state: { vi: 'Trạng thái', en: 'State' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  enabled: { vi: 'Đang bật', en: 'On' },
  disabled: { vi: 'Đã tắt', en: 'Off' },
  enabledLabel: { vi: 'Bật (gửi sự kiện)', en: 'On (send events)' },
  add: { vi: 'Thêm webhook', en: 'Add webhook' },
  edit: { vi: 'Sửa', en: 'Edit' },
  remove: { vi: 'Xóa', en: 'Delete' },
  showDeliveries: { vi: 'Lượt gửi', en: 'Deliveries' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  newTitle: { vi: 'Thêm webhook', en: 'New webhook' },
  editTitle: { vi: (p) => `Sửa webhook ${p.id}`, en: (p) => `Edit webhook ${p.id}` },
  secretLegend: { vi: 'Khóa ký (HMAC-SHA256)', en: 'Signing secret (HMAC-SHA256)' },
  secretMade: { vi: 'Máy chủ tạo khóa ký (khuyên dùng)', en: 'The server makes the signing secret (recommended)' },
  secretOwn: { vi: 'Tự nhập khóa ký (ít nhất 24 ký tự)', en: 'Type your own signing secret (24 characters or more)' },
  secretKeep: { vi: 'Giữ khóa ký hiện tại', en: 'Keep the current secret' },
  secretRotate: { vi: 'Tạo khóa ký mới (khóa cũ hết hiệu lực ngay)', en: 'Make a new secret (the old one stops working at once)' },
  secretOnce: {
    vi: 'Khóa ký chỉ hiện một lần này. Hãy sao chép và lưu vào phần mềm nhận ngay; sau đó không xem lại được (chỉ có thể tạo khóa mới).',
    en: 'The signing secret is shown this once. Copy it into the receiving software now; it cannot be shown again (only replaced).',
  },
  secretFor: { vi: (p) => `Khóa ký của ${p.url}`, en: (p) => `Signing secret of ${p.url}` },
  secretHide: { vi: 'Đã lưu, ẩn khóa', en: 'Saved it, hide' },
  added: { vi: 'Đã thêm webhook.', en: 'Webhook added.' },
  saved: { vi: 'Đã lưu webhook.', en: 'Webhook saved.' },
  deleted: { vi: 'Đã xóa webhook.', en: 'Webhook deleted.' },
  deleteConfirm: {
    vi: (p) => `Xóa webhook ${p.url}? Các lượt gửi chưa xong cũng bị bỏ.`,
    en: (p) => `Delete the webhook ${p.url}? Deliveries not yet done are dropped too.`,
  },
  chooseEvents: { vi: 'Chọn ít nhất một sự kiện.', en: 'Choose at least one event.' },
  groupTickets: { vi: 'Số thứ tự', en: 'Tickets' },
  groupFeedback: { vi: 'Đánh giá và phản ánh', en: 'Ratings and complaints' },
  groupBookings: { vi: 'Đặt lịch và số trực tuyến', en: 'Bookings and online numbers' },
  groupDay: { vi: 'Ngày làm việc', en: 'Office day' },

  deliveriesTitle: { vi: (p) => `Lượt gửi gần đây tới ${p.url}`, en: (p) => `Recent deliveries to ${p.url}` },
  deadTitle: { vi: 'Không gửi được sau lần thử cuối (thư chết)', en: 'Failed after the last try (dead letters)' },
  noDeliveries: { vi: 'Chưa có lượt gửi nào.', en: 'No deliveries yet.' },
  noDead: { vi: 'Không có lượt gửi nào thất bại.', en: 'No failed deliveries.' },
  when: { vi: 'Thời điểm sự kiện', en: 'Event time' },
  event: { vi: 'Sự kiện', en: 'Event' },
  attempts: { vi: 'Số lần thử', en: 'Tries' },
  response: { vi: 'Mã phản hồi', en: 'Response' },
  nextTry: { vi: 'Thử lại lúc', en: 'Next try' },
  problem: { vi: 'Lỗi lần thử cuối', en: 'Last error' },
  resend: { vi: 'Gửi lại', en: 'Resend' },
  resent: { vi: 'Đã xếp lượt gửi lại (cùng mã sự kiện).', en: 'Queued to send again (same event id).' },
  refresh: { vi: 'Tải lại', en: 'Refresh' },
  close: { vi: 'Đóng', en: 'Close' },
  failureAnswered: { vi: (p) => `Bên nhận trả lời mã lỗi ${p.status}`, en: (p) => `The receiver answered ${p.status}` },
  failureTimeout: { vi: 'Bên nhận không trả lời kịp thời gian chờ', en: 'No answer within the timeout' },
  failureRefused: { vi: 'Không kết nối được: bên nhận không hoạt động', en: 'Connection refused: the receiver is down' },
  failureAddress: { vi: 'Địa chỉ không được phép (mạng nội bộ chưa được cho phép)', en: 'Address not allowed (a network not allowed)' },
  failureUnresolved: { vi: 'Không tìm thấy tên miền của bên nhận', en: 'The receiver’s name does not resolve' },
  failureTls: { vi: 'Lỗi chứng chỉ HTTPS của bên nhận', en: 'The receiver’s HTTPS certificate failed' },
  failureNetwork: { vi: 'Lỗi mạng', en: 'Network error' },
  round: { vi: (p) => `lần gửi thứ ${p.n}`, en: (p) => `round ${p.n}` },
} satisfies Catalogue<string>;

export type WebhookMessage = keyof typeof messages;
export const wt = translator<WebhookMessage>(messages);

/** What each event is called on the page. */
export const EVENT_LABEL: Record<WebhookEvent, { vi: string; en: string }> = {
  'ticket.issued': { vi: 'Cấp số thứ tự', en: 'Ticket issued' },
  'ticket.called': { vi: 'Gọi số', en: 'Ticket called' },
  'ticket.completed': { vi: 'Hoàn thành phục vụ', en: 'Ticket completed' },
  'ticket.no_show': { vi: 'Vắng mặt khi gọi', en: 'No-show' },
  'rating.received': { vi: 'Nhận đánh giá', en: 'Rating received' },
  'complaint.filed': { vi: 'Nhận phản ánh, kiến nghị', en: 'Complaint filed' },
  'complaint.answered': { vi: 'Trả lời phản ánh', en: 'Complaint answered' },
  'complaint.overdue': { vi: 'Phản ánh quá hạn xử lý', en: 'Complaint overdue' },
  'booking.made': { vi: 'Đặt lịch hoặc lấy số trực tuyến', en: 'Booking made' },
  'booking.cancelled': { vi: 'Hủy đặt lịch', en: 'Booking cancelled' },
  'booking.checked_in': { vi: 'Công dân đến xác nhận lịch hẹn', en: 'Booking checked in' },
  'day.closed': { vi: 'Kết thúc ngày (kèm số liệu)', en: 'Day closed (with its figures)' },
};

/** The message of each kind of failure (`answered` takes the status). */
export const FAILURE_MESSAGE: Record<WebhookFailure, WebhookMessage> = {
  answered: 'failureAnswered',
  timeout: 'failureTimeout',
  refused: 'failureRefused',
  address: 'failureAddress',
  unresolved: 'failureUnresolved',
  tls: 'failureTls',
  network: 'failureNetwork',
};

export const STATUS_LABEL: Record<WebhookDeliveryStatus, { vi: string; en: string }> = {
  pending: { vi: 'Đang chờ gửi', en: 'Pending' },
  delivered: { vi: 'Đã gửi', en: 'Delivered' },
  dead: { vi: 'Thư chết', en: 'Dead letter' },
};
