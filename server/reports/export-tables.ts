/**
 * A report as plain tables, the one shape both exports write (CSV sections, XLSX sheets): totals,
 * a time breakdown, service, counter, officer and hour breakdowns, satisfaction, criteria, dossiers
 * and complaints. Durations are exported in minutes; shares in percent.
 */
import { OFFICIAL_CRITERIA } from '../../shared/schemas/feedback.js';
import type { BreakdownReport, DossierReport, Figures, SatisfactionReport, SummaryReport } from '../../shared/schemas/reports.js';
import { CRITERION_NAMES } from '../../shared/i18n/reports-messages.js';

export type CellFormat = 'int' | 'minutes' | 'percent' | 'number' | 'text';

export interface Column {
  header: string;
  format: CellFormat;
}

export interface Table {
  /** sheet name (≤ 31 characters) */
  name: string;
  title: string;
  columns: Column[];
  rows: (string | number | null)[][];
}

export interface ReportBundle {
  title: string;
  officeName: string;
  from: string;
  to: string;
  generatedAt: number;
  summary: SummaryReport;
  breakdowns: BreakdownReport[];
  satisfaction: SatisfactionReport;
  dossiers: DossierReport;
  complaints?: { received: number; resolved: number; open: number; overdue: number };
}

const min = (s: number | null) => (s === null ? null : s / 60);
const pct = (x: number | null) => (x === null ? null : x * 100);

export const BREAKDOWN_NAMES: Record<string, string> = {
  day: 'Theo ngày',
  week: 'Theo tuần',
  month: 'Theo tháng',
  quarter: 'Theo quý',
  year: 'Theo năm',
  weekday: 'Theo thứ',
  service: 'Theo lĩnh vực',
  counter: 'Theo quầy',
  officer: 'Theo cán bộ',
  hour: 'Theo giờ',
};

export const FIGURE_COLUMNS: { header: string; format: CellFormat; get: (f: Figures) => number | string | null }[] = [
  { header: 'Số phiếu phát', format: 'int', get: (f) => f.issued },
  { header: 'Đã phục vụ', format: 'int', get: (f) => f.served },
  { header: 'Vắng mặt', format: 'int', get: (f) => f.noShow },
  { header: 'Hết hạn', format: 'int', get: (f) => f.expired },
  { header: 'Đã hủy', format: 'int', get: (f) => f.cancelled },
  { header: 'Chuyển đi', format: 'int', get: (f) => f.transferOut },
  { header: 'Chuyển đến', format: 'int', get: (f) => f.transferIn },
  { header: 'Đang chờ/phục vụ', format: 'int', get: (f) => f.open ?? null },
  { header: 'Đối chiếu', format: 'text', get: (f) => (f.reconciliation ? (f.reconciliation.balanced ? 'Khớp' : `Lệch ${f.reconciliation.difference}`) : '') },
  { header: 'Chờ TB (phút)', format: 'minutes', get: (f) => min(f.wait.mean) },
  { header: 'Chờ trung vị (phút)', format: 'minutes', get: (f) => min(f.wait.median) },
  { header: 'Chờ P90 (phút)', format: 'minutes', get: (f) => min(f.wait.p90) },
  { header: 'Gọi trong thời gian chuẩn (%)', format: 'percent', get: (f) => pct(f.wait.withinTargetShare) },
  { header: 'Phục vụ TB (phút)', format: 'minutes', get: (f) => min(f.service.mean) },
  { header: 'Phục vụ trung vị (phút)', format: 'minutes', get: (f) => min(f.service.median) },
  { header: 'Phục vụ P90 (phút)', format: 'minutes', get: (f) => min(f.service.p90) },
  { header: 'Số đánh giá', format: 'int', get: (f) => f.ratings.count },
  { header: 'Chỉ số hài lòng (%)', format: 'percent', get: (f) => pct(f.ratings.satisfactionIndex) },
  { header: 'Phản ánh', format: 'int', get: (f) => f.complaints },
];

function breakdownTable(b: BreakdownReport): Table {
  const name = BREAKDOWN_NAMES[b.by] ?? b.by;
  return {
    name,
    title: name,
    columns: [{ header: 'Nhóm', format: 'text' }, ...FIGURE_COLUMNS.map(({ header, format }) => ({ header, format }))],
    rows: [...b.rows.map((r) => [r.label, ...FIGURE_COLUMNS.map((c) => c.get(r))]), ['Tổng cộng', ...FIGURE_COLUMNS.map((c) => c.get(b.total))]],
  };
}

export function reportTables(b: ReportBundle): Table[] {
  const s = b.summary;
  const kv = (label: string, value: number | string | null, format: CellFormat) => ({ label, value, format });
  const summaryRows = [
    kv('Đơn vị', b.officeName, 'text'),
    kv('Từ ngày', b.from, 'text'),
    kv('Đến ngày', b.to, 'text'),
    ...FIGURE_COLUMNS.map((c) => kv(c.header, c.get(s), c.format)),
    kv('Hồ sơ tiếp nhận', b.dossiers.received, 'int'),
    kv('Hồ sơ đã giải quyết', b.dossiers.resolved, 'int'),
    kv('Hồ sơ đang giải quyết', b.dossiers.inProgress, 'int'),
    kv('Tỷ lệ phản ánh xử lý đúng hạn (%)', pct(b.satisfaction.rates766.onTimeRate), 'percent'),
    kv('Tỷ lệ phản hồi không "không hài lòng", không quá hạn (%)', pct(b.satisfaction.rates766.feedbackOkRate), 'percent'),
  ];
  const tables: Table[] = [
    {
      name: 'Tổng hợp',
      title: b.title,
      columns: [
        { header: 'Chỉ tiêu', format: 'text' },
        { header: 'Giá trị', format: 'number' },
      ],
      rows: summaryRows.map((r) => [r.label, r.value]),
    },
    ...b.breakdowns.map(breakdownTable),
  ];
  const sat = b.satisfaction;
  const satGroups = [sat.total, ...sat.groups];
  tables.push({
    name: 'Hài lòng',
    title: 'Mức độ hài lòng',
    columns: [
      { header: 'Nhóm', format: 'text' },
      { header: 'Số đánh giá', format: 'int' },
      { header: 'Rất hài lòng', format: 'int' },
      { header: 'Hài lòng', format: 'int' },
      { header: 'Bình thường', format: 'int' },
      { header: 'Không hài lòng', format: 'int' },
      { header: 'Hài lòng (3 mức, gồm rất hài lòng)', format: 'int' },
      { header: 'Không hài lòng (3 mức)', format: 'int' },
      { header: 'Chỉ số hài lòng (%)', format: 'percent' },
      { header: 'Ý kiến', format: 'int' },
    ],
    rows: satGroups.map((g) => {
      const r = g.ratings;
      return [g.label, r.count, r.distribution[4], r.distribution[3], r.distribution[2], r.distribution[1], r.official.verySatisfied + r.official.satisfied, r.official.dissatisfied, pct(r.satisfactionIndex), r.comments];
    }),
  });
  tables.push({
    name: 'Tiêu chí',
    title: 'Kết quả theo 9 tiêu chí (Thông tư 01/2018/TT-VPCP)',
    columns: [
      { header: 'Tiêu chí', format: 'text' },
      { header: 'Số trả lời', format: 'int' },
      { header: 'Rất hài lòng', format: 'int' },
      { header: 'Hài lòng', format: 'int' },
      { header: 'Không hài lòng', format: 'int' },
      { header: 'Tỷ lệ hài lòng (%)', format: 'percent' },
    ],
    rows: OFFICIAL_CRITERIA.map((id) => {
      const c = sat.total.criteria.find((x) => x.id === id)!;
      return [CRITERION_NAMES[id].vi, c.count, c.levels[2], c.levels[1], c.levels[0], pct(c.satisfiedShare)];
    }),
  });
  const d = b.dossiers;
  tables.push({
    name: 'Hồ sơ',
    title: 'Tình hình giải quyết hồ sơ',
    columns: [
      { header: 'Lĩnh vực', format: 'text' },
      { header: 'Tiếp nhận', format: 'int' },
      { header: 'Đã giải quyết', format: 'int' },
      { header: 'Trước hạn', format: 'int' },
      { header: 'Đúng hạn', format: 'int' },
      { header: 'Quá hạn', format: 'int' },
      { header: 'Đang giải quyết', format: 'int' },
    ],
    rows: [...d.byService.map((r) => [r.label, r.received, r.resolved, r.early, r.onTime, r.late, r.inProgress]), ['Tổng cộng', d.received, d.resolved, d.early, d.onTime, d.late, d.inProgress]],
  });
  const r = sat.rates766;
  tables.push({
    name: 'Phản ánh',
    title: 'Phản ánh, kiến nghị (Quyết định 766/QĐ-TTg)',
    columns: [
      { header: 'Chỉ tiêu', format: 'text' },
      { header: 'Giá trị', format: 'number' },
    ],
    rows: [
      ['Phản ánh, kiến nghị tiếp nhận', r.complaints],
      ['Đã xử lý đúng hạn', r.onTime],
      ['Quá hạn', r.late],
      ['Chưa đến hạn', r.pending],
      ['Tỷ lệ xử lý đúng hạn (%)', pct(r.onTimeRate)],
      ['Tỷ lệ phản hồi không "không hài lòng", không quá hạn (%)', pct(r.feedbackOkRate)],
      ...(b.complaints ? [['Còn mở', b.complaints.open] as (string | number)[], ['Quá hạn chưa xử lý', b.complaints.overdue] as (string | number)[]] : []),
    ],
  });
  return tables;
}
