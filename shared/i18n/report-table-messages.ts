/**
 * Texts of the report pages' tables, cards and charts (console/reports.html), Vietnamese first: column
 * headings, groupings and the sentences around the figures. The pages' other texts are in reports-messages.ts.
 */
import { translator, type Catalogue } from './translate.js';

const messages = {
  hoursMinutes: { vi: ({ h, m }) => `${h} giờ ${m} phút`, en: ({ h, m }) => `${h} h ${m} min` },
  day: { vi: 'Ngày', en: 'Day' },
  week: { vi: 'Tuần', en: 'Week' },
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  year: { vi: 'Năm', en: 'Year' },
  weekday: { vi: 'Thứ', en: 'Weekday' },
  hour: { vi: 'Giờ', en: 'Hour' },
  byGrouping: { vi: ({ by }) => `theo ${by}`, en: ({ by }) => `by ${by}` },
  detailBy: { vi: ({ by }) => `Chi tiết theo ${by}`, en: ({ by }) => `Detail by ${by}` },
  byDay: { vi: 'Theo ngày', en: 'By day' },
  byService: { vi: 'Theo lĩnh vực', en: 'By service' },
  byCounter: { vi: 'Theo quầy', en: 'By counter' },
  byOfficer: { vi: 'Theo cán bộ', en: 'By officer' },
  ticketCount: { vi: 'Số phiếu', en: 'Tickets' },
  share: { vi: 'Tỷ lệ', en: 'Share' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  cancelled: { vi: 'Hủy', en: 'Cancelled' },
  transferred: { vi: 'Chuyển', en: 'Transferred' },
  waitMeanMinutes: { vi: 'Chờ TB (phút)', en: 'Mean wait (min)' },
  waitMedian: { vi: 'Chờ trung vị', en: 'Median wait' },
  waitP90: { vi: '90% chờ ≤', en: '90% wait ≤' },
  calledOnTime: { vi: 'Gọi đúng chuẩn', en: 'Called within target' },
  serviceMeanMinutes: { vi: 'Phục vụ TB (phút)', en: 'Mean service (min)' },
  rating: { vi: 'Đánh giá', en: 'Rating' },
  satisfiedColumn: { vi: 'Hài lòng', en: 'Satisfied' },
  reconciliation: { vi: 'Đối chiếu', en: 'Reconciliation' },
  inMinutes: { vi: ({ label }) => `${label} (phút)`, en: ({ label }) => `${label} (min)` },
  p90WaitMinutes: { vi: '90% công dân chờ không quá (phút)', en: '90% of citizens waited at most (min)' },
  summaryFromTo: { vi: ({ from, to }) => `Tổng hợp từ ${from} đến ${to}`, en: ({ from, to }) => `Summary from ${from} to ${to}` },
  serviceOutcomes: { vi: 'Kết quả phục vụ', en: 'Service outcomes' },
  waitAndService: { vi: ({ wait, service }) => `${wait} và ${service}`, en: ({ wait, service }) => `${wait} and ${service}` },
  p90AtMost: { vi: '90% không quá', en: '90% at most' },
  medianHint: {
    vi: 'Trung vị: một nửa số công dân chờ ít hơn mức này. Số liệu trung vị và 90% tính theo từng phút (sai số dưới 1 phút).',
    en: 'Median: half of the citizens waited less than this. Median and 90% figures are counted by the minute (error under 1 minute).',
  },
  meanScore: { vi: 'Điểm trung bình (thang 4)', en: 'Mean score (of 4)' },
  complaintDeadlines: {
    vi: ({ onTime, late, pending }) => `${onTime} đúng hạn, ${late} quá hạn, ${pending} chưa đến hạn`,
    en: ({ onTime, late, pending }) => `${onTime} on time, ${late} late, ${pending} not yet due`,
  },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  answers: { vi: 'Số trả lời', en: 'Answers' },
  ratingsColumn: { vi: 'Số đánh giá', en: 'Ratings' },
  criteriaShares: { vi: 'Tỷ lệ hài lòng theo từng tiêu chí', en: 'Satisfied share by criterion' },
  comment: { vi: 'Ý kiến', en: 'Comment' },
  serviceColumn: { vi: 'Lĩnh vực', en: 'Service' },
  counterColumn: { vi: 'Quầy', en: 'Counter' },
  time: { vi: 'Thời gian', en: 'Time' },
  report: { vi: 'Báo cáo', en: 'Report' },
  reportPeriod: { vi: 'Kỳ báo cáo', en: 'Period' },
  complaintsLine: {
    vi: ({ received, resolved, open }) => `Tiếp nhận ${received}, đã giải quyết ${resolved}, còn mở ${open}, quá hạn chưa xử lý`,
    en: ({ received, resolved, open }) => `Received ${received}, resolved ${resolved}, open ${open}, overdue and unresolved`,
  },
  heatmapLabel: { vi: 'Lượng công dân đến theo giờ và thứ', en: 'Arrivals by hour and weekday' },
  heatmapCell: { vi: ({ day, h, v }) => `${day} ${h}h: ${v} phiếu/ngày`, en: ({ day, h, v }) => `${day} ${h}h: ${v} tickets/day` },
  heatmapLegend: {
    vi: 'Số phiếu trung bình mỗi ngày, theo giờ phát phiếu. Ô càng đậm, càng đông.',
    en: 'Mean tickets per day, by the hour they were issued. The darker the cell, the busier.',
  },
} satisfies Catalogue<string>;

export type ReportTableMessage = keyof typeof messages;
export const tt = translator<ReportTableMessage>(messages);
