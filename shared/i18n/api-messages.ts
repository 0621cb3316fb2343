/** Texts of the API reference page (console/api.html), Vietnamese first. The description itself (summaries, fields) is the API's English. */
import { translator, type Catalogue } from './translate.js';

const messages = {
  title: { vi: 'Tài liệu API', en: 'API reference' },
  intro: {
    vi: 'Mô tả OpenAPI 3.1 của mọi đường dẫn HTTP, sinh ra từ chính các lược đồ máy chủ dùng để kiểm tra yêu cầu và trả lời. Quy ước chung, vai trò, sự kiện socket.io và thông báo: xem docs/api.md.',
    en: 'The OpenAPI 3.1 description of every HTTP route, generated from the very schemas the server checks requests and answers with. Conventions, roles, socket.io events and notifications: see docs/api.md.',
  },
  download: { vi: 'Tải tệp openapi.json', en: 'Download openapi.json' },
  version: { vi: (p) => `Phiên bản ${p.v}`, en: (p) => `Version ${p.v}` },
  loading: { vi: 'Đang tải mô tả API…', en: 'Loading the API description…' },
  loadFailed: { vi: 'Không tải được mô tả API.', en: 'Could not load the API description.' },
  contents: { vi: 'Mục lục', en: 'Contents' },
  filter: { vi: 'Lọc: đường dẫn, tên', en: 'Filter: path, summary' },
  nothingMatches: { vi: 'Không có đường dẫn nào khớp.', en: 'No route matches.' },
  who: { vi: 'Ai được gọi', en: 'Who may call' },
  scopeOffice: { vi: 'trong đơn vị ở đường dẫn', en: 'in the office of the path' },
  scopeCounter: { vi: 'tại quầy ở đường dẫn', en: 'at the counter of the path' },
  parameters: { vi: 'Tham số', en: 'Parameters' },
  name: { vi: 'Tên', en: 'Name' },
  where: { vi: 'Vị trí', en: 'In' },
  type: { vi: 'Kiểu', en: 'Type' },
  required: { vi: 'bắt buộc', en: 'required' },
  optional: { vi: 'không bắt buộc', en: 'optional' },
  description: { vi: 'Mô tả', en: 'Description' },
  requestBody: { vi: 'Nội dung yêu cầu (JSON)', en: 'Request body (JSON)' },
  bodyOptional: { vi: 'có thể bỏ trống', en: 'may be left out' },
  responses: { vi: 'Trả lời', en: 'Responses' },
  errorCodes: { vi: 'Mã lỗi', en: 'Error codes' },
  example: { vi: 'Ví dụ', en: 'Example' },
  schema: { vi: 'Lược đồ', en: 'Schema' },
  schemas: { vi: 'Các lược đồ dùng chung', en: 'Shared schemas' },
  noBody: { vi: 'không có nội dung', en: 'no body' },
  file: { vi: (p) => `tệp ${p.type}`, en: (p) => `file ${p.type}` },
  headers: { vi: 'Tiêu đề trả về', en: 'Response headers' },
  oneOf: { vi: 'một trong các dạng', en: 'one of' },
  itemsOf: { vi: (p) => `danh sách ${p.of}`, en: (p) => `list of ${p.of}` },
  anyValue: { vi: 'giá trị bất kỳ', en: 'any value' },
  language: { vi: 'English', en: 'Tiếng Việt' },
  // the groups of routes (the description's tags)
  'tag:Citizens': { vi: 'Công dân, kiosk, bảng gọi số', en: 'Citizens, kiosks, boards' },
  'tag:Bookings': { vi: 'Đặt lịch và lấy số trực tuyến', en: 'Bookings' },
  'tag:Kiosks and tablets': { vi: 'Máy in kiosk và máy tính bảng đánh giá', en: 'Kiosk printers and rating tablets' },
  'tag:Devices': { vi: 'Ghép nối thiết bị', en: 'Device pairing' },
  'tag:Counter': { vi: 'Quầy của cán bộ', en: "The officer's counter" },
  'tag:Reports': { vi: 'Báo cáo', en: 'Reports' },
  'tag:Province': { vi: 'Giám sát cấp tỉnh', en: 'Province' },
  'tag:Complaints': { vi: 'Phản ánh, kiến nghị', en: 'Complaints' },
  'tag:Dossiers': { vi: 'Hồ sơ', en: 'Dossiers' },
  'tag:Administration': { vi: 'Quản trị', en: 'Administration' },
  'tag:Webhooks': { vi: 'Webhook của đơn vị', en: 'Webhooks' },
  'tag:Staff sign-in': { vi: 'Đăng nhập của cán bộ', en: 'Staff sign-in' },
  'tag:Operations': { vi: 'Vận hành', en: 'Operations' },
  // who may call (the access table's audiences)
  'who:anyone': { vi: 'mọi người, không cần đăng nhập', en: 'anyone, no sign-in' },
  'who:signed-in': { vi: 'mọi tài khoản đã đăng nhập', en: 'any signed-in account' },
  'who:officer': { vi: 'cán bộ', en: 'officer' },
  'who:chairman': { vi: 'lãnh đạo đơn vị', en: 'chairman' },
  'who:office-admin': { vi: 'quản trị đơn vị', en: 'office administrator' },
  'who:deployment-admin': { vi: 'quản trị hệ thống', en: 'deployment administrator' },
  'who:supervisor': { vi: 'giám sát (chỉ xem)', en: 'supervisor (read only)' },
  'who:kiosk': { vi: 'kiosk đã ghép nối', en: 'paired kiosk' },
  'who:tablet': { vi: 'máy tính bảng đã ghép nối', en: 'paired tablet' },
  'who:board': { vi: 'bảng gọi số đã ghép nối', en: 'paired board' },
  'who:counter-screen': { vi: 'màn hình quầy đã ghép nối', en: 'paired counter screen' },
} satisfies Catalogue<string>;

export type ApiMessage = keyof typeof messages;
export const at = translator<ApiMessage>(messages);

/** A key of this catalogue built from the description (a tag, an audience), or the text as it came when the catalogue has none. */
export function apiText(prefix: 'tag' | 'who', name: string): string {
  const key = `${prefix}:${name}`;
  return key in messages ? at(key as ApiMessage) : name;
}
