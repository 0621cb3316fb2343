/**
 * Texts of the province ranking and its exports (CSV sections, XLSX sheets, the A4 PDF) and of the
 * monthly province report, Vietnamese first. Column headings are short enough for a landscape A4
 * table; sheet names stay within 31 characters.
 */
import type { RankingColumn } from '../schemas/ranking.js';
import { translator, type Catalogue } from './translate.js';

/** The heading of each ranking column. */
export const RANKING_HEADERS: Record<RankingColumn, { vi: string; en: string }> = {
  issued: { vi: 'Số phiếu phát', en: 'Tickets issued' },
  served: { vi: 'Đã phục vụ', en: 'Served' },
  meanWaitMinutes: { vi: 'Chờ TB (phút)', en: 'Mean wait (min)' },
  medianWaitMinutes: { vi: 'Chờ trung vị (phút)', en: 'Median wait (min)' },
  p90WaitMinutes: { vi: 'Chờ P90 (phút)', en: 'P90 wait (min)' },
  withinTargetShare: { vi: 'Gọi trong thời gian chuẩn (%)', en: 'Called within target (%)' },
  serviceMinutes: { vi: 'Phục vụ TB (phút)', en: 'Mean service (min)' },
  satisfactionIndex: { vi: 'Chỉ số hài lòng (%)', en: 'Satisfaction index (%)' },
  fourLevelSatisfiedShare: { vi: 'Hài lòng, thang 4 mức (%)', en: 'Satisfied, four levels (%)' },
  satisfactionMean: { vi: 'Điểm hài lòng TB (1–4)', en: 'Mean score (1–4)' },
  ratings: { vi: 'Số đánh giá', en: 'Ratings' },
  ratingsPer100: { vi: 'Đánh giá / 100 phiếu', en: 'Ratings per 100 tickets' },
  complaints: { vi: 'Phản ánh, kiến nghị', en: 'Complaints' },
  complaintsOnTimeShare: { vi: 'Phản ánh xử lý đúng hạn (%)', en: 'Complaints handled on time (%)' },
  feedbackOkShare: { vi: 'Phản hồi không "không hài lòng", không quá hạn (%)', en: 'Feedback not dissatisfied, not overdue (%)' },
  dossiersReceived: { vi: 'Hồ sơ tiếp nhận', en: 'Dossiers received' },
  dossiersResolved: { vi: 'Hồ sơ đã giải quyết', en: 'Dossiers resolved' },
  dossiersEarly: { vi: 'Trước hạn', en: 'Early' },
  dossiersOnTime: { vi: 'Đúng hạn', en: 'On time' },
  dossiersLate: { vi: 'Quá hạn', en: 'Late' },
  dossiersInProgress: { vi: 'Đang giải quyết', en: 'In progress' },
  dossiersOnTimeShare: { vi: 'Hồ sơ giải quyết đúng hạn (%)', en: 'Dossiers resolved on time (%)' },
};

const messages = {
  rank: { vi: 'Hạng', en: 'Rank' },
  previousRank: { vi: 'Hạng kỳ trước', en: 'Previous rank' },
  office: { vi: 'Đơn vị', en: 'Office' },
  group: { vi: 'Nhóm', en: 'Group' },
  /** only over every office of the deployment; any narrower scope's total is the page's "Tổng cộng (N đơn vị)" */
  total: { vi: 'Toàn tỉnh', en: 'Province total' },
  median: { vi: 'Trung vị các đơn vị', en: 'Median office' },
  sheetCurrent: { vi: 'Xếp hạng', en: 'Ranking' },
  sheetPrevious: { vi: 'Kỳ trước', en: 'Previous period' },
  sheetChange: { vi: 'Thay đổi', en: 'Change' },
  title: {
    vi: ({ from, to }) => `Xếp hạng các đơn vị từ ${from} đến ${to}`,
    en: ({ from, to }) => `Ranking of the offices from ${from} to ${to}`,
  },
  previousTitle: {
    vi: ({ from, to }) => `Kỳ trước: từ ${from} đến ${to}`,
    en: ({ from, to }) => `Previous period: from ${from} to ${to}`,
  },
  changeTitle: {
    vi: ({ from, to }) => `Thay đổi so với kỳ trước (${from} – ${to})`,
    en: ({ from, to }) => `Change against the previous period (${from} – ${to})`,
  },
  sortedBy: { vi: ({ column }) => `Xếp hạng theo: ${column}`, en: ({ column }) => `Ranked by: ${column}` },
  bestFirst: { vi: 'tốt nhất trước', en: 'best first' },
  worstFirst: { vi: 'kém nhất trước', en: 'worst first' },
  generatedAt: { vi: ({ at }) => `Lập lúc ${at}`, en: ({ at }) => `Made at ${at}` },
  page: { vi: ({ n, of }) => `Trang ${n}/${of}`, en: ({ n, of }) => `Page ${n} of ${of}` },
  overflowNote: {
    vi: 'Dấu + sau thời gian chờ P90: từ 180 phút trở lên. Tỷ lệ tính trên số có dữ liệu; ô trống: không có dữ liệu.',
    en: 'A + after the P90 wait: 180 minutes or more. Shares are over the cases recorded; an empty cell: no data.',
  },
  monthlyTitle: {
    vi: ({ month, year }) => `Báo cáo xếp hạng các đơn vị tháng ${month}/${year}`,
    en: ({ month, year }) => `Monthly ranking of the offices, ${month}/${year}`,
  },
} satisfies Catalogue<string>;

export type RankingLabel = keyof typeof messages;
export const rankingText = translator<RankingLabel>(messages);
