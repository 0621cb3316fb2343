/**
 * Texts of the province ranking tab (console/province.html#ranking), Vietnamese first. The full
 * column headings (tooltips) are the exports' own, in ranking-messages.ts; the table shows the
 * short ones below under a group heading.
 */
import { translator, type Catalogue } from './translate.js';

const messages = {
  pageTitle: { vi: ({ view }) => `${view} – Hàng chờ một cửa`, en: ({ view }) => `${view} – One-stop queue` },
  tabsNav: { vi: 'Chế độ xem', en: 'Views' },
  tabLive: { vi: 'Trực tiếp', en: 'Live' },
  tabRanking: { vi: 'Xếp hạng', en: 'Ranking' },
  rankingTitle: { vi: 'Xếp hạng các đơn vị một cửa', en: 'Ranking of the one-stop offices' },
  controls: { vi: 'Kỳ báo cáo và nhóm', en: 'Period and group' },
  period: { vi: 'Kỳ', en: 'Period' },
  thisMonth: { vi: 'Tháng này', en: 'This month' },
  lastMonth: { vi: 'Tháng trước', en: 'Last month' },
  thisQuarter: { vi: 'Quý này', en: 'This quarter' },
  thisYear: { vi: 'Năm nay', en: 'This year' },
  lastYear: { vi: 'Năm trước', en: 'Last year' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  datesReversed: { vi: 'Ngày bắt đầu sau ngày kết thúc: chọn lại “Đến ngày”.', en: 'The start is after the end: choose the end date again.' },
  periodLine: {
    vi: ({ from, to, pFrom, pTo }) => `Từ ${from} đến ${to}, so với kỳ trước ${pFrom} – ${pTo}`,
    en: ({ from, to, pFrom, pTo }) => `From ${from} to ${to}, against the previous period ${pFrom} – ${pTo}`,
  },
  groupFilter: { vi: 'Nhóm / khu vực', en: 'Group / area' },
  allGroups: { vi: 'Tất cả các nhóm', en: 'All groups' },
  download: { vi: 'Tải xuống', en: 'Download' },
  exportAs: { vi: ({ format }) => `Tải bảng xếp hạng dạng ${format}`, en: ({ format }) => `Download the ranking as ${format}` },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  caption: {
    vi: ({ from, to, column }) =>
      `Xếp hạng các đơn vị từ ${from} đến ${to} theo “${column}”. Bấm tiêu đề cột để xếp hạng theo cột đó, bấm tên đơn vị để xem báo cáo của đơn vị.`,
    en: ({ from, to, column }) => `Offices ranked from ${from} to ${to} by “${column}”. Click a column heading to rank by it, an office to open its reports.`,
  },
  colRank: { vi: 'Hạng', en: 'Rank' },
  colOffice: { vi: 'Đơn vị', en: 'Office' },
  colGroup: { vi: 'Nhóm', en: 'Group' },
  grpTickets: { vi: 'Số phiếu', en: 'Tickets' },
  grpTimes: { vi: 'Thời gian (phút)', en: 'Times (minutes)' },
  grpSatisfaction: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
  grpComplaints: { vi: 'Phản ánh, kiến nghị (QĐ 766)', en: 'Complaints (Decision 766)' },
  grpDossiers: { vi: 'Hồ sơ giải quyết', en: 'Dossiers resolved' },
  shortIssued: { vi: 'Đã phát', en: 'Issued' },
  shortServed: { vi: 'Đã phục vụ', en: 'Served' },
  shortMeanWait: { vi: 'Chờ TB', en: 'Mean wait' },
  shortMedianWait: { vi: 'Chờ trung vị', en: 'Median wait' },
  shortP90Wait: { vi: 'Chờ P90', en: 'P90 wait' },
  shortWithinTarget: { vi: 'Gọi trong chuẩn', en: 'Called in target' },
  shortService: { vi: 'Phục vụ TB', en: 'Mean service' },
  shortIndex: { vi: 'Chỉ số (3 mức)', en: 'Index (3 levels)' },
  shortFourLevel: { vi: 'Hài lòng (4 mức)', en: 'Satisfied (4 levels)' },
  shortPer100: { vi: 'Đánh giá / 100 phiếu', en: 'Ratings / 100 tickets' },
  shortComplaints: { vi: 'Số PAKN', en: 'Received' },
  shortComplaintsOnTime: { vi: 'Xử lý đúng hạn', en: 'Handled on time' },
  shortFeedbackOk: { vi: 'Phản hồi đạt', en: 'Feedback OK' },
  shortEarly: { vi: 'Trước hạn', en: 'Early' },
  shortOnTime: { vi: 'Đúng hạn', en: 'On time' },
  shortLate: { vi: 'Quá hạn', en: 'Late' },
  shortOnTimeShare: { vi: 'Tỷ lệ đúng hạn', en: 'On-time share' },
  previousValue: { vi: ({ value }) => `Kỳ trước: ${value}`, en: ({ value }) => `Previous period: ${value}` },
  changeValue: { vi: ({ delta }) => `thay đổi ${delta}`, en: ({ delta }) => `change ${delta}` },
  better: { vi: 'tốt hơn', en: 'better' },
  worse: { vi: 'kém hơn', en: 'worse' },
  unchanged: { vi: 'không đổi', en: 'unchanged' },
  noData: { vi: 'không có dữ liệu', en: 'no data' },
  previousRank: { vi: ({ n }) => `Hạng kỳ trước: ${n}`, en: ({ n }) => `Previous rank: ${n}` },
  notRanked: { vi: 'Chưa xếp hạng (không có dữ liệu)', en: 'Not ranked (no data)' },
  total: { vi: ({ n }) => `Tổng cộng (${n} đơn vị)`, en: ({ n }) => (Number(n) === 1 ? 'Total (1 office)' : `Total (${n} offices)`) },
  median: { vi: 'Trung vị các đơn vị', en: 'Median office' },
  noOffices: { vi: 'Không có đơn vị nào trong phạm vi (hoặc nhóm) này.', en: 'No office in this scope (or group).' },
  openReports: { vi: ({ name }) => `Xem báo cáo của ${name} (chỉ xem)`, en: ({ name }) => `Open the reports of ${name} (read-only)` },
  legend: {
    vi: '▲ ▼: thay đổi so với kỳ trước (xanh: tốt hơn, đỏ: kém hơn; di chuột để xem số kỳ trước). “–”: không có dữ liệu. Chờ P90 “+”: từ 180 phút trở lên. Tỷ lệ làm tròn đến 0,1%.',
    en: '▲ ▼: change against the previous period (green: better, red: worse; hover for the previous figure). “–”: no data. P90 wait “+”: 180 minutes or more. Shares to 0.1%.',
  },
  reportsTitle: { vi: 'Báo cáo xếp hạng hằng tháng', en: 'Monthly ranking reports' },
  reportsHint: {
    vi: 'Lập tự động lúc 06:30 ngày 1 hằng tháng cho tháng trước (máy chủ không chạy lúc đó thì lập bù khi chạy lại); số liệu giữ nguyên như lúc lập.',
    en: 'Made at 06:30 on the 1st of each month for the month before (or, if the server was down then, when it is back); figures as they were then.',
  },
  reportsNone: { vi: 'Chưa có báo cáo tháng nào.', en: 'No monthly report yet.' },
  reportMonth: { vi: ({ month }) => `Tháng ${month}`, en: ({ month }) => `${month}` },
  reportMade: { vi: ({ at }) => `lập lúc ${at}`, en: ({ at }) => `made at ${at}` },
  reportOpen: { vi: 'Xem trong bảng', en: 'Show in the table' },
  reportFile: {
    vi: ({ month, format }) => `Tải báo cáo tháng ${month} dạng ${format}`,
    en: ({ month, format }) => `Download the report of ${month} as ${format}`,
  },
  viewingReport: {
    vi: ({ month, at }) => `Đang xem báo cáo tháng ${month} (lập lúc ${at}; số liệu tại thời điểm lập).`,
    en: ({ month, at }) => `Showing the report of ${month} (made at ${at}; figures as they were then).`,
  },
  backToPeriod: { vi: 'Về xếp hạng theo kỳ', en: 'Back to the ranking by period' },
  reportMissing: {
    vi: ({ month }) => `Chưa có báo cáo tháng ${month}: báo cáo hằng tháng được lập ngày 1 tháng sau, từ khi hệ thống chạy.`,
    en: ({ month }) => `There is no report of ${month}: a monthly report is made on the 1st of the month after, since the system has been running.`,
  },
} satisfies Catalogue<string>;

export type ProvinceRankingKey = keyof typeof messages;
export const rt = translator<ProvinceRankingKey>(messages);
