/** Server errors in Vietnamese (with the server's own message kept for detail). */
import { getLang } from '../../shared/i18n/translate.js';
import { ApiError } from '../../shared/ui/api-client.js';

const VI: Record<string, string> = {
  network: 'Không liên lạc được máy chủ. Thao tác chưa được thực hiện; hãy thử lại.',
  unauthenticated: 'Chưa đăng nhập hoặc sai tên đăng nhập/mật khẩu',
  account_locked: 'Tài khoản tạm khóa 15 phút do đăng nhập sai nhiều lần',
  forbidden: 'Tài khoản không có quyền làm việc này',
  csrf_failed: 'Phiên làm việc không hợp lệ, hãy đăng nhập lại',
  counter_taken: 'Quầy đang do cán bộ khác làm việc',
  counter_not_open: 'Quầy chưa mở',
  counter_paused: 'Quầy đang tạm dừng: bấm "Tiếp tục" trước',
  no_current_ticket: 'Quầy chưa có số nào đang phục vụ',
  wrong_status: 'Thao tác không hợp với trạng thái hiện tại của số',
  validation_failed: 'Dữ liệu chưa hợp lệ',
  not_found: 'Không tìm thấy',
  conflict: 'Xung đột dữ liệu',
  rate_limited: 'Quá nhiều yêu cầu, hãy chờ một chút',
  unavailable: 'Máy chủ tạm thời không sẵn sàng, hãy thử lại',
  pairing_code_unknown: 'Không có màn hình nào đang hiện mã này (mã có thể đã hết hạn): xem lại mã trên màn hình',
  pairing_kind_mismatch: 'Mã này hiện trên một loại màn hình khác với thiết bị đã chọn',
};

export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const vi = getLang() === 'vi' ? VI[err.code] : undefined;
  if (err.isNetwork) return vi ?? err.message;
  return vi ? `${vi} (${err.message})` : err.message;
}
