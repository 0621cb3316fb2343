/**
 * How every screen words a refusal of the server: from the error's `code` and `values` (shared/errors.ts),
 * Vietnamese first. The server's own `message` is English for developers and logs and is never shown,
 * so a Vietnamese screen never mixes in "(counter is open by …)".
 */
import type { ErrorCode } from '../errors.js';
import { getLang, type Catalogue, type Lang, type Message } from './translate.js';

type P = Record<string, string | number>;

/** codes a browser makes up for answers that never were a server error body */
type ClientCode = 'network' | 'http_error' | 'aborted' | 'unexpected';

const errors: Catalogue<ErrorCode | ClientCode> = {
  bad_request: { vi: 'Yêu cầu không hợp lệ', en: 'The request is not valid' },
  bad_json: { vi: 'Dữ liệu gửi lên bị hỏng', en: 'The data sent was damaged' },
  validation_failed: {
    vi: (p: P) => (p.fields ? `Dữ liệu chưa hợp lệ: ${p.fields}` : 'Dữ liệu chưa hợp lệ'),
    en: (p: P) => (p.fields ? `Invalid data: ${p.fields}` : 'Invalid data'),
  },
  unauthenticated: { vi: 'Chưa đăng nhập hoặc sai tên đăng nhập/mật khẩu', en: 'Not signed in, or a wrong username or password' },
  forbidden: { vi: 'Tài khoản không có quyền làm việc này', en: 'This account may not do that' },
  csrf_failed: { vi: 'Phiên làm việc không hợp lệ, hãy đăng nhập lại', en: 'The session is not valid: sign in again' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  conflict: { vi: 'Xung đột dữ liệu', en: 'Conflicting data' },
  rate_limited: { vi: 'Hệ thống đang bận, hãy thử lại sau giây lát', en: 'The system is busy: try again in a moment' },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn', en: 'The data sent is too large' },
  unsupported_media_type: { vi: 'Dữ liệu gửi lên không đúng định dạng', en: 'The data sent is not in the expected format' },
  // a remote number says why: the office's window for them, or a wait that would run past closing
  outside_hours: {
    vi: (p: P) =>
      p.reason === 'outside_window'
        ? 'Ngoài giờ cấp số trực tuyến của đơn vị'
        : p.reason === 'past_closing'
          ? 'Thời gian chờ sẽ quá giờ làm việc: hôm nay không cấp thêm số trực tuyến'
          : 'Ngoài giờ lấy số của lĩnh vực này',
    en: (p: P) =>
      p.reason === 'outside_window'
        ? 'Outside the office’s hours for online numbers'
        : p.reason === 'past_closing'
          ? 'The wait would run past closing time: no more online numbers today'
          : 'Outside the issuing hours of this service',
  },
  day_off: { vi: 'Hôm nay đơn vị nghỉ', en: 'The office is closed today' },
  device_not_paired: {
    vi: 'Thiết bị này chưa được ghép nối (hoặc đã bị thu hồi): hãy ghép nối lại',
    en: 'This device is not paired (or was revoked): pair it again',
  },
  pairing_required: { vi: 'Chỉ thiết bị đã ghép nối mới làm được việc này', en: 'Only a paired device can do this' },
  paired_kiosk_required: { vi: 'Đơn vị chỉ cấp số tại ki-ốt đã ghép nối', en: 'This office issues tickets only at its paired kiosks' },
  pairing_code_unknown: {
    vi: 'Không có màn hình nào đang hiện mã này (mã có thể đã hết hạn): xem lại mã trên màn hình',
    en: 'No screen is showing this code (it may have expired): check the code on the screen',
  },
  pairing_kind_mismatch: {
    vi: 'Mã này hiện trên một loại màn hình khác với thiết bị đã chọn',
    en: 'This code is shown on another kind of screen than the chosen device',
  },
  day_closed: { vi: 'Đã hết giờ làm việc hôm nay', en: 'The office has closed for today' },
  limit_reached: {
    vi: (p: P) =>
      p.cap === 'day'
        ? `Số điện thoại này đã đặt đủ ${p.max} lượt trong ngày`
        : p.cap === 'service'
          ? `Số điện thoại này đã đặt đủ ${p.max} lượt cho lĩnh vực này trong ngày`
          : 'Lĩnh vực này đã hết số hôm nay',
    en: (p: P) =>
      p.cap === 'day'
        ? `This phone has made its ${p.max} bookings for the day`
        : p.cap === 'service'
          ? `This phone has made its ${p.max} booking(s) for this service today`
          : 'No more numbers today for this service',
  },
  service_closed: { vi: 'Lĩnh vực này tạm ngừng cấp số', en: 'This service is not issuing numbers' },
  counter_not_open: { vi: 'Quầy chưa mở', en: 'The counter is not open' },
  counter_paused: { vi: 'Quầy đang tạm dừng: bấm "Tiếp tục" trước', en: 'The counter is paused: press "Resume" first' },
  counter_taken: {
    vi: (p: P) => (p.holder ? `Quầy đang do cán bộ ${p.holder} làm việc` : 'Quầy đang do cán bộ khác làm việc'),
    en: (p: P) => (p.holder ? `This counter is held by ${p.holder}` : 'Another officer holds this counter'),
  },
  no_current_ticket: { vi: 'Quầy chưa có số nào đang phục vụ', en: 'The counter has no current ticket' },
  wrong_status: { vi: 'Thao tác không hợp với trạng thái hiện tại của số', en: 'Not possible in the ticket’s current state' },
  otp_invalid: { vi: 'Mã xác thực không đúng hoặc đã hết hạn; vui lòng yêu cầu mã mới', en: 'The code is wrong or has expired; ask for a new one' },
  slot_full: { vi: 'Khung giờ này đã hết chỗ; vui lòng chọn khung giờ khác', en: 'This slot is full; please choose another' },
  already_rated: { vi: 'Số này đã được đánh giá', en: 'This ticket has already been rated' },
  too_many_failures: { vi: 'Đăng nhập sai quá nhiều lần: vui lòng thử lại sau ít phút', en: 'Too many failed sign-ins: try again in a few minutes' },
  unavailable: { vi: 'Máy chủ tạm thời không sẵn sàng, hãy thử lại', en: 'The server is not available right now: try again' },
  internal: { vi: 'Máy chủ gặp lỗi, hãy thử lại', en: 'The server failed: try again' },
  network: { vi: 'Không liên lạc được máy chủ. Thao tác chưa được thực hiện; hãy thử lại.', en: 'Cannot reach the server. Nothing was done; try again.' },
  http_error: { vi: 'Máy chủ trả lời không như mong đợi, hãy thử lại', en: 'Unexpected answer from the server: try again' },
  aborted: { vi: 'Đã hủy', en: 'Cancelled' },
  unexpected: { vi: 'Đã có lỗi trên trang, hãy tải lại trang', en: 'Something went wrong on this page: reload it' },
};

/** The text of an error code with its values, in the screen's language; an unknown code by its name. */
export function errorMessage(code: string, values: P = {}, lang: Lang = getLang()): string {
  const entry = (errors as Record<string, { vi: Message; en: Message } | undefined>)[code];
  if (!entry) return lang === 'vi' ? `Máy chủ từ chối yêu cầu (mã ${code})` : `Refused by the server (code ${code})`;
  const m = entry[lang];
  return typeof m === 'function' ? m(values) : m;
}
