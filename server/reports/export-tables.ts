/**
 * A report as plain tables, the one shape both exports write (CSV sections, XLSX sheets): totals,
 * a time breakdown, service, counter, officer and hour breakdowns, satisfaction, criteria, dossiers
 * and complaints. Durations are exported in minutes; shares in percent.
 */
import { OFFICIAL_CRITERIA } from '../../shared/schemas/feedback.js';
import type { DossierReport } from '../../shared/schemas/dossiers.js';
import type { BreakdownReport, CriterionResult, Figures, SatisfactionGroup, SatisfactionReport, SummaryReport } from '../../shared/schemas/report-figures.js';
import { CRITERION_NAMES } from '../../shared/i18n/reports-messages.js';
import { exportText } from '../../shared/i18n/export-messages.js';

/** Exports are documents in the office's language. */
const LANG = 'vi';
const x: typeof exportText = (key, params, lang = LANG) => exportText(key, params, lang);

export type CellFormat = 'int' | 'minutes' | 'percent' | 'number' | 'text';

export interface Column {
  header: string;
  format: CellFormat;
  /** decimals kept, where the column has its own precision (the province ranking's tenths); else two for durations and shares */
  digits?: number;
}

/** A figure with a mark after it: a 90th percentile past the scale is "180+" minutes, and still a number. */
export interface MarkedNumber {
  number: number;
  mark: string;
}

export type Cell = string | number | null | MarkedNumber;

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
  tableOf(
    name,
    title,
    [
      { header: x('measure'), format: 'text', get: ([label]) => label },
      { header: x('value'), format: 'number', get: ([, value]) => value },
    ],
    figures,
  );

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
  day: x('byDay'),
  week: x('byWeek'),
  month: x('byMonth'),
  quarter: x('byQuarter'),
  year: x('byYear'),
  weekday: x('byWeekday'),
  service: x('byService'),
  counter: x('byCounter'),
  officer: x('byOfficer'),
  hour: x('byHour'),
};

export const FIGURE_COLUMNS: ColumnOf<Figures>[] = [
  count(x('issued'), (f) => f.issued),
  count(x('served'), (f) => f.served),
  count(x('noShow'), (f) => f.noShow),
  count(x('expired'), (f) => f.expired),
  count(x('cancelled'), (f) => f.cancelled),
  count(x('closedAtDayEnd'), (f) => f.closedAtDayEnd),
  count(x('transferOut'), (f) => f.transferOut),
  count(x('transferIn'), (f) => f.transferIn),
  count(x('open'), (f) => f.open ?? null),
  {
    header: x('reconciliation'),
    format: 'text',
    get: (f) => (f.reconciliation ? (f.reconciliation.balanced ? x('balanced') : x('offBy', { n: f.reconciliation.difference })) : ''),
  },
  { header: x('waitMean'), format: 'minutes', get: (f) => min(f.wait.mean) },
  { header: x('waitMedian'), format: 'minutes', get: (f) => min(f.wait.median) },
  { header: x('waitP90'), format: 'minutes', get: (f) => min(f.wait.p90) },
  { header: x('withinTarget'), format: 'percent', get: (f) => pct(f.wait.withinTargetShare) },
  { header: x('serviceMean'), format: 'minutes', get: (f) => min(f.service.mean) },
  { header: x('serviceMedian'), format: 'minutes', get: (f) => min(f.service.median) },
  { header: x('serviceP90'), format: 'minutes', get: (f) => min(f.service.p90) },
  count(x('ratings'), (f) => f.ratings.count),
  { header: x('satisfactionIndex'), format: 'percent', get: (f) => pct(f.ratings.satisfactionIndex) },
  count(x('complaints'), (f) => f.complaints),
  count(x('booked'), (f) => f.bookings.booked),
  count(x('bookingsCancelled'), (f) => f.bookings.cancelled),
  count(x('bookingsExpired'), (f) => f.bookings.expired),
  count(x('checkedIn'), (f) => f.bookings.checkedIn + f.bookings.checkedInLate),
  { header: x('calledWithinSlot'), format: 'percent', get: (f) => pct(f.bookings.calledWithinSlotShare) },
  count(x('remoteNumbers'), (f) => f.bookings.remote),
  count(x('remoteServed'), (f) => f.bookings.remoteServed),
  count(x('remoteNoShow'), (f) => f.bookings.remoteNoShow),
];

/** The label column every table starts with: the group, service or criterion a row is about. */
const labelled = (header: string): ColumnOf<{ label: string }> => ({ header, format: 'text', get: (r) => r.label });
const withLabel = <T extends object>(label: string, row: T) => ({ ...row, label });

/** What only the hall counts (a ticket is issued, expires or is cancelled at no counter): not a column by counter or officer, as on the page. */
const HALL_ONLY = new Set([x('issued'), x('expired'), x('cancelled'), x('reconciliation')]);
const STAFF_COLUMNS = FIGURE_COLUMNS.filter((c) => !HALL_ONLY.has(c.header));

function breakdownTable(b: BreakdownReport): Table {
  const name = BREAKDOWN_NAMES[b.by] ?? b.by;
  const columns = b.by === 'counter' || b.by === 'officer' ? STAFF_COLUMNS : FIGURE_COLUMNS;
  return tableOf<Figures & { label: string }>(name, name, [labelled(x('group')), ...columns], [...b.rows, withLabel(x('total'), b.total)]);
}

type Dossiers = Omit<DossierReport['byService'][number], 'key'>;

export function reportTables(b: ReportBundle): Table[] {
  const sat = b.satisfaction;
  const r = sat.rates766;
  const d = b.dossiers;
  return [
    figureTable(x('summary'), b.title, [
      [x('office'), b.officeName],
      [x('from'), b.from],
      [x('to'), b.to],
      ...FIGURE_COLUMNS.map((c): Figure => [c.header, c.get(b.summary)]),
      [x('dossiersReceived'), d.received],
      [x('dossiersResolved'), d.resolved],
      [x('dossiersInProgress'), d.inProgress],
      [x('complaintsOnTimeRate'), pct(r.onTimeRate)],
      [x('feedbackOkRate'), pct(r.feedbackOkRate)],
    ]),
    ...b.breakdowns.map(breakdownTable),
    tableOf<SatisfactionGroup>(
      x('satisfied'),
      x('satisfactionTitle'),
      [
        labelled(x('group')),
        count(x('ratings'), (g) => g.ratings.count),
        count(x('verySatisfied'), (g) => g.ratings.distribution[4]),
        count(x('satisfied'), (g) => g.ratings.distribution[3]),
        count(x('neutral'), (g) => g.ratings.distribution[2]),
        count(x('dissatisfied'), (g) => g.ratings.distribution[1]),
        count(x('satisfiedOfficial'), (g) => g.ratings.official.verySatisfied + g.ratings.official.satisfied),
        count(x('dissatisfiedOfficial'), (g) => g.ratings.official.dissatisfied),
        { header: x('satisfactionIndex'), format: 'percent', get: (g) => pct(g.ratings.satisfactionIndex) },
        count(x('comments'), (g) => g.ratings.comments),
      ],
      [sat.total, ...sat.groups],
    ),
    tableOf<CriterionResult>(
      x('criteriaSheet'),
      x('criteriaTitle'),
      [
        { header: x('criteriaSheet'), format: 'text', get: (c) => CRITERION_NAMES[c.id][LANG] },
        count(x('answers'), (c) => c.count),
        count(x('verySatisfied'), (c) => c.levels[2]),
        count(x('satisfied'), (c) => c.levels[1]),
        count(x('dissatisfied'), (c) => c.levels[0]),
        { header: x('satisfiedShare'), format: 'percent', get: (c) => pct(c.satisfiedShare) },
      ],
      OFFICIAL_CRITERIA.map((id) => sat.total.criteria.find((x) => x.id === id)!),
    ),
    tableOf<Dossiers>(
      x('dossiersSheet'),
      x('dossiersTitle'),
      [
        labelled(x('service')),
        count(x('received'), (x) => x.received),
        count(x('resolved'), (x) => x.resolved),
        count(x('early'), (x) => x.early),
        count(x('onTime'), (x) => x.onTime),
        count(x('late'), (x) => x.late),
        count(x('inProgress'), (x) => x.inProgress),
      ],
      [...d.byService, withLabel(x('total'), d)],
    ),
    figureTable(x('complaints'), x('complaintsTitle'), [
      [x('complaintsReceived'), r.complaints],
      [x('handledOnTime'), r.onTime],
      [x('late'), r.late],
      [x('notYetDue'), r.pending],
      [x('onTimeRate'), pct(r.onTimeRate)],
      [x('feedbackOkRate'), pct(r.feedbackOkRate)],
      ...(b.complaints
        ? ([
            [x('stillOpen'), b.complaints.open],
            [x('overdueUnresolved'), b.complaints.overdue],
          ] satisfies Figure[])
        : []),
    ]),
  ];
}
