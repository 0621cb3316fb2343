/** Texts of a screen waiting to be paired (kiosk, counter tablet, board, counter screen). */
import { translator, type Catalogue } from './translate.js';

const KIND_VI = { kiosk: 'kiosk lấy số', tablet: 'máy tính bảng đánh giá', board: 'bảng gọi số', 'counter-screen': 'màn hình quầy' } as const;
const KIND_EN = { kiosk: 'ticket kiosk', tablet: 'rating tablet', board: 'hall board', 'counter-screen': 'counter screen' } as const;
type Kind = keyof typeof KIND_VI;

const messages = {
  pairTitle: { vi: (p) => `Ghép nối ${KIND_VI[p.kind as Kind] ?? 'thiết bị'}`, en: (p) => `Pair this ${KIND_EN[p.kind as Kind] ?? 'device'}` },
  pairWhy: {
    vi: 'Thiết bị này chưa được ghép nối với đơn vị. Quản trị viên mở trang Quản trị → Thiết bị, chọn thiết bị và nhập mã dưới đây.',
    en: 'This device is not paired with the office yet. An administrator opens Administration → Devices, picks the device and types the code below.',
  },
  pairCode: { vi: 'Mã ghép nối', en: 'Pairing code' },
  pairExpires: {
    vi: (p) => `Mã có hiệu lực trong ${p.n} phút; sau đó mã mới sẽ hiện ra.`,
    en: (p) => `The code is valid for ${p.n} minutes; a new one appears after that.`,
  },
  pairWaiting: { vi: 'Đang chờ quản trị viên xác nhận…', en: 'Waiting for an administrator to confirm…' },
  pairDone: { vi: (p) => `Đã ghép nối: ${p.name}`, en: (p) => `Paired: ${p.name}` },
  pairFailed: { vi: 'Không lấy được mã ghép nối – đang thử lại…', en: 'Could not get a pairing code – retrying…' },
} satisfies Catalogue<string>;

export type DeviceMessage = keyof typeof messages;
export const dt = translator<DeviceMessage>(messages);
