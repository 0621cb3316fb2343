/**
 * Texts of the slip the server prints on a kiosk's network printer (ESC/POS), Vietnamese first. The
 * printer has no Vietnamese code page: the server folds the diacritics away when it prints.
 */
import { translator, type Catalogue } from './translate.js';

const messages = {
  title: { vi: 'PHIẾU SỐ THỨ TỰ', en: 'QUEUE TICKET' },
  priority: { vi: '(Ưu tiên)', en: '(Priority)' },
  counters: { vi: 'Quầy phục vụ:', en: 'Counters:' },
  ahead: { vi: 'Số người đang chờ trước bạn:', en: 'People ahead of you:' },
  wait: { vi: 'Thời gian chờ dự kiến:', en: 'Estimated wait:' },
  waitMinutes: { vi: ({ n }) => `~${n} phút`, en: ({ n }) => `~${n} min` },
  issuedAt: { vi: 'Giờ lấy số:', en: 'Time of issue:' },
  scan: { vi: 'Quét mã để theo dõi số và đánh giá', en: 'Scan to follow your number and rate' },
} satisfies Catalogue<string>;

export type SlipMessage = keyof typeof messages;
export const slipText = translator<SlipMessage>(messages);
