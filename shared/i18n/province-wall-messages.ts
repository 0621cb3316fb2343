/** Texts of the province's live wall (console/province.html), Vietnamese first. */
import type { SupervisionAlertKind } from '../schemas/supervision.js';
import { translator, type Catalogue } from './translate.js';

const messages = {
  wallTitle: { vi: 'Giám sát trực tiếp các đơn vị một cửa', en: 'Live view of the one-stop offices' },
  signInHint: {
    vi: 'Trang này dành cho cán bộ giám sát cấp tỉnh và quản trị hệ thống (chỉ xem).',
    en: 'For province supervisors and the deployment administrator (read-only).',
  },
  notAllowed: {
    vi: 'Tài khoản này không xem được trang giám sát (chỉ giám sát cấp tỉnh và quản trị hệ thống).',
    en: 'This account may not open the province view (province supervisors and the deployment administrator only).',
  },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  connOnline: { vi: 'Trực tiếp', en: 'Live' },
  connConnecting: { vi: 'Đang kết nối…', en: 'Connecting…' },
  connOffline: { vi: 'Mất kết nối – đang thử lại', en: 'Offline – retrying' },
  lastUpdate: { vi: 'Cập nhật lúc', en: 'Updated at' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  tileOffices: { vi: 'Đơn vị', en: 'Offices' },
  tileWaiting: { vi: 'Đang chờ', en: 'Waiting' },
  tileIssued: { vi: 'Đã phát số hôm nay', en: 'Issued today' },
  tileServed: { vi: 'Đã phục vụ hôm nay', en: 'Served today' },
  tileAlerts: { vi: 'Đơn vị có cảnh báo', en: 'Offices with alerts' },
  filters: { vi: 'Lọc', en: 'Filter' },
  groupFilter: { vi: 'Nhóm / khu vực', en: 'Group / area' },
  allGroups: { vi: 'Tất cả các nhóm', en: 'All groups' },
  noGroup: { vi: '(Không thuộc nhóm)', en: '(No group)' },
  search: { vi: 'Tìm đơn vị', en: 'Find an office' },
  searchPlaceholder: { vi: 'Tên, mã hoặc nhóm', en: 'Name, id or group' },
  shownOf: { vi: ({ n, total }) => `Hiển thị ${n}/${total} đơn vị`, en: ({ n, total }) => `Showing ${n} of ${total} offices` },
  tableCaption: {
    vi: 'Các đơn vị trong phạm vi giám sát, số liệu hôm nay. Bấm tiêu đề cột để sắp xếp, bấm tên đơn vị để xem báo cáo.',
    en: 'Offices in scope, today’s figures. Click a column heading to sort, an office to open its reports.',
  },
  colOffice: { vi: 'Đơn vị', en: 'Office' },
  colGroup: { vi: 'Nhóm', en: 'Group' },
  colWaiting: { vi: 'Đang chờ', en: 'Waiting' },
  colLongestWait: { vi: 'Chờ lâu nhất / chuẩn', en: 'Longest wait / target' },
  colCounters: { vi: 'Quầy mở / dừng / đóng', en: 'Counters open / paused / closed' },
  colIssued: { vi: 'Đã phát', en: 'Issued' },
  colServed: { vi: 'Đã phục vụ', en: 'Served' },
  colSatisfaction: { vi: 'Hài lòng', en: 'Satisfied' },
  colOverdue: { vi: 'PAKN quá hạn', en: 'Overdue complaints' },
  colScreens: { vi: 'Màn hình mất kết nối', en: 'Screens offline' },
  colAlerts: { vi: 'Cảnh báo', en: 'Alerts' },
  /** phản ánh, kiến nghị (Decision 766), as the office's pages say: a khiếu nại is another procedure in law */
  colOverdueFull: { vi: 'Phản ánh, kiến nghị quá hạn', en: 'Overdue complaints' },
  colScreensFull: { vi: 'Màn hình mất kết nối', en: 'Screens offline' },
  targetMinutes: { vi: ({ n }) => `chuẩn ${n} phút`, en: ({ n }) => `target ${n} min` },
  countersLine: {
    vi: ({ open, paused, closed }) => `${open} mở, ${paused} tạm dừng, ${closed} đóng`,
    en: ({ open, paused, closed }) => `${open} open, ${paused} paused, ${closed} closed`,
  },
  ratingsCount: { vi: ({ n }) => `${n} lượt đánh giá`, en: ({ n }) => `${n} ratings` },
  ratingsShort: { vi: ({ n }) => `${n} lượt`, en: ({ n }) => `${n} rated` },
  noAlerts: { vi: 'Ổn định', en: 'All well' },
  noOffices: { vi: 'Không có đơn vị nào trong phạm vi giám sát.', en: 'No office in your scope.' },
  noMatch: { vi: 'Không có đơn vị nào khớp bộ lọc.', en: 'No office matches the filter.' },
  openReports: { vi: ({ name }) => `Xem báo cáo của ${name} (chỉ xem)`, en: ({ name }) => `Open the reports of ${name} (read-only)` },
  /** counted by lines (services) with someone waiting past the target: as many as the office's own long-wait alerts */
  alertLongWait: { vi: 'Chờ quá hạn', en: 'Wait over target' },
  alertLongWaitCount: { vi: ({ n }) => `Chờ quá hạn ở ${n} lĩnh vực`, en: ({ n }) => `Wait over target in ${n} services` },
  alertCounterPaused: { vi: 'Quầy tạm dừng lâu', en: 'Counter paused long' },
  alertScreenOffline: { vi: 'Màn hình mất kết nối', en: 'Screen offline' },
  alertComplaintOverdue: { vi: 'PAKN quá hạn', en: 'Complaint overdue' },
  alertCount: { vi: ({ label, n }) => `${label}: ${n}`, en: ({ label, n }) => `${label}: ${n}` },
  readOnly: { vi: 'Chỉ xem', en: 'Read-only' },
} satisfies Catalogue<string>;

export type ProvinceWallKey = keyof typeof messages;
export const t = translator<ProvinceWallKey>(messages);

export const ALERT_LABEL: Record<SupervisionAlertKind, ProvinceWallKey> = {
  long_wait: 'alertLongWait',
  counter_paused: 'alertCounterPaused',
  screen_offline: 'alertScreenOffline',
  complaint_overdue: 'alertComplaintOverdue',
};
