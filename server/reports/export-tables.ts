/**
 * A report as plain tables, the one shape both exports write (CSV sections, XLSX sheets): totals,
 * a time breakdown, service, counter, officer and hour breakdowns, satisfaction, criteria, dossiers
 * and complaints. Durations are exported in minutes; shares in percent.
 */
import { OFFICIAL_CRITERIA } from '../../shared/schemas/feedback.js';
import type { BreakdownReport, CriterionResult, DossierReport, Figures, SatisfactionGroup, SatisfactionReport, SummaryReport } from '../../shared/schemas/reports.js';
import { CRITERION_NAMES } from '../../shared/i18n/reports-messages.js';

export type CellFormat = 'int' | 'minutes' | 'percent' | 'number' | 'text';

export interface Column {
  header: string;
  format: CellFormat;
}

export type Cell = string | number | null;

export interface Table {
  /** sheet name (≤ 31 characters) */
  name: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/** A column that also says how to read its cell from one item of the table. */
export interface ColumnOf<R> extends Column {
  get: (item: R) => Cell;
}

/** The one table shape: a row per item, each cell read by its column. */
export function tableOf<R>(name: string, title: string, columns: ColumnOf<R>[], items: readonly R[]): Table {
  return {
    name,
    title,
    columns: columns.map(({ header, format }) => ({ header, format })),
    rows: items.map((item) => columns.map((c) => c.get(item))),
  };
}

const count = <R>(header: string, get: (item: R) => number | null): ColumnOf<R> => ({ header, format: 'int', get });

/** One figure of a two-column table: what it is, and its value. */
export type Figure = [label: string, value: Cell];

export const figureTable = (name: string, title: string, figures: Figure[]): Table =>
  tableOf(name, title, [{ header: 'Chỉ tiêu', format: 'text', get: ([label]) => label }, { header: 'Giá trị', format: 'number', get: ([, value]) => value }], figures);

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

export const FIGURE_COLUMNS: ColumnOf<Figures>[] = [
  count('Số phiếu phát', (f) => f.issued),
  count('Đã phục vụ', (f) => f.served),
  count('Vắng mặt', (f) => f.noShow),
  count('Hết hạn', (f) => f.expired),
  count('Đã hủy', (f) => f.cancelled),
  count('Dở dang khi hết giờ', (f) => f.closedAtDayEnd),
  count('Chuyển đi', (f) => f.transferOut),
  count('Chuyển đến', (f) => f.transferIn),
  count('Đang chờ/phục vụ', (f) => f.open ?? null),
  { header: 'Đối chiếu', format: 'text', get: (f) => (f.reconciliation ? (f.reconciliation.balanced ? 'Khớp' : `Lệch ${f.reconciliation.difference}`) : '') },
  { header: 'Chờ TB (phút)', format: 'minutes', get: (f) => min(f.wait.mean) },
  { header: 'Chờ trung vị (phút)', format: 'minutes', get: (f) => min(f.wait.median) },
  { header: 'Chờ P90 (phút)', format: 'minutes', get: (f) => min(f.wait.p90) },
  { header: 'Gọi trong thời gian chuẩn (%)', format: 'percent', get: (f) => pct(f.wait.withinTargetShare) },
  { header: 'Phục vụ TB (phút)', format: 'minutes', get: (f) => min(f.service.mean) },
  { header: 'Phục vụ trung vị (phút)', format: 'minutes', get: (f) => min(f.service.median) },
  { header: 'Phục vụ P90 (phút)', format: 'minutes', get: (f) => min(f.service.p90) },
  count('Số đánh giá', (f) => f.ratings.count),
  { header: 'Chỉ số hài lòng (%)', format: 'percent', get: (f) => pct(f.ratings.satisfactionIndex) },
  count('Phản ánh', (f) => f.complaints),
];

/** The label column every table starts with: the group, service or criterion a row is about. */
const labelled = (header: string): ColumnOf<{ label: string }> => ({ header, format: 'text', get: (r) => r.label });
const withLabel = <T extends object>(label: string, row: T) => ({ ...row, label });

function breakdownTable(b: BreakdownReport): Table {
  const name = BREAKDOWN_NAMES[b.by] ?? b.by;
  return tableOf<Figures & { label: string }>(name, name, [labelled('Nhóm'), ...FIGURE_COLUMNS], [...b.rows, withLabel('Tổng cộng', b.total)]);
}

type Dossiers = Omit<DossierReport['byService'][number], 'key'>;

export function reportTables(b: ReportBundle): Table[] {
  const sat = b.satisfaction;
  const r = sat.rates766;
  const d = b.dossiers;
  return [
    figureTable('Tổng hợp', b.title, [
      ['Đơn vị', b.officeName],
      ['Từ ngày', b.from],
      ['Đến ngày', b.to],
      ...FIGURE_COLUMNS.map((c): Figure => [c.header, c.get(b.summary)]),
      ['Hồ sơ tiếp nhận', d.received],
      ['Hồ sơ đã giải quyết', d.resolved],
      ['Hồ sơ đang giải quyết', d.inProgress],
      ['Tỷ lệ phản ánh xử lý đúng hạn (%)', pct(r.onTimeRate)],
      ['Tỷ lệ phản hồi không "không hài lòng", không quá hạn (%)', pct(r.feedbackOkRate)],
    ]),
    ...b.breakdowns.map(breakdownTable),
    tableOf<SatisfactionGroup>(
      'Hài lòng',
      'Mức độ hài lòng',
      [
        labelled('Nhóm'),
        count('Số đánh giá', (g) => g.ratings.count),
        count('Rất hài lòng', (g) => g.ratings.distribution[4]),
        count('Hài lòng', (g) => g.ratings.distribution[3]),
        count('Bình thường', (g) => g.ratings.distribution[2]),
        count('Không hài lòng', (g) => g.ratings.distribution[1]),
        count('Hài lòng (3 mức, gồm rất hài lòng)', (g) => g.ratings.official.verySatisfied + g.ratings.official.satisfied),
        count('Không hài lòng (3 mức)', (g) => g.ratings.official.dissatisfied),
        { header: 'Chỉ số hài lòng (%)', format: 'percent', get: (g) => pct(g.ratings.satisfactionIndex) },
        count('Ý kiến', (g) => g.ratings.comments),
      ],
      [sat.total, ...sat.groups],
    ),
    tableOf<CriterionResult>(
      'Tiêu chí',
      'Kết quả theo 9 tiêu chí (Thông tư 01/2018/TT-VPCP)',
      [
        { header: 'Tiêu chí', format: 'text', get: (c) => CRITERION_NAMES[c.id].vi },
        count('Số trả lời', (c) => c.count),
        count('Rất hài lòng', (c) => c.levels[2]),
        count('Hài lòng', (c) => c.levels[1]),
        count('Không hài lòng', (c) => c.levels[0]),
        { header: 'Tỷ lệ hài lòng (%)', format: 'percent', get: (c) => pct(c.satisfiedShare) },
      ],
      OFFICIAL_CRITERIA.map((id) => sat.total.criteria.find((x) => x.id === id)!),
    ),
    tableOf<Dossiers>(
      'Hồ sơ',
      'Tình hình giải quyết hồ sơ',
      [
        labelled('Lĩnh vực'),
        count('Tiếp nhận', (x) => x.received),
        count('Đã giải quyết', (x) => x.resolved),
        count('Trước hạn', (x) => x.early),
        count('Đúng hạn', (x) => x.onTime),
        count('Quá hạn', (x) => x.late),
        count('Đang giải quyết', (x) => x.inProgress),
      ],
      [...d.byService, withLabel('Tổng cộng', d)],
    ),
    figureTable('Phản ánh', 'Phản ánh, kiến nghị (Quyết định 766/QĐ-TTg)', [
      ['Phản ánh, kiến nghị tiếp nhận', r.complaints],
      ['Đã xử lý đúng hạn', r.onTime],
      ['Quá hạn', r.late],
      ['Chưa đến hạn', r.pending],
      ['Tỷ lệ xử lý đúng hạn (%)', pct(r.onTimeRate)],
      ['Tỷ lệ phản hồi không "không hài lòng", không quá hạn (%)', pct(r.feedbackOkRate)],
      ...(b.complaints ? ([['Còn mở', b.complaints.open], ['Quá hạn chưa xử lý', b.complaints.overdue]] satisfies Figure[]) : []),
    ]),
  ];
}
