/**
 * The reports contract: query and body schemas of the report, complaint-handling and dossier
 * routes, and the shapes they answer with. Durations are whole seconds; shares are 0..1 (or null
 * when there is nothing to divide by); dates are office-local YYYY-MM-DD.
 */
import { z } from 'zod';
import { IsoDate, OfficeId, Text } from './common.js';
import { COMPLAINT_TOPICS, type CriterionId } from './feedback.js';

/** The longest range a report answers synchronously; longer exports run as background jobs. */
export const MAX_RANGE_DAYS = 1100;
/** Exports of more days than this run as background jobs with progress. */
export const SYNC_EXPORT_DAYS = 120;

export const GROUPINGS = ['day', 'week', 'month', 'quarter', 'year', 'service', 'counter', 'officer', 'hour', 'weekday'] as const;
export type Grouping = (typeof GROUPINGS)[number];

const range = {
  from: IsoDate,
  to: IsoDate,
};
const checkRange = (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', message: 'from must not be after to', path: ['from'] });
  const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_RANGE_DAYS} days`, path: ['to'] });
};

export const RangeQuery = z.strictObject(range).superRefine(checkRange);
export type RangeQuery = z.infer<typeof RangeQuery>;

export const BreakdownQuery = z.strictObject({ ...range, by: z.enum(GROUPINGS) }).superRefine(checkRange);
export type BreakdownQuery = z.infer<typeof BreakdownQuery>;

export const SatisfactionQuery = z.strictObject({ ...range, by: z.enum(['service', 'counter', 'officer']).optional() }).superRefine(checkRange);
export type SatisfactionQuery = z.infer<typeof SatisfactionQuery>;

export const CommentsQuery = z
  .strictObject({ ...range, limit: z.coerce.number().int().min(1).max(500).default(100), maxScore: z.coerce.number().int().min(1).max(4).optional() })
  .superRefine(checkRange);

/** An export holds every table of a report: totals, the chosen time grouping (default: by day), by
 * service, counter, officer and hour, satisfaction and criteria, dossiers, complaints. */
export const ExportQuery = z
  .strictObject({
    ...range,
    format: z.enum(['csv', 'xlsx']),
    by: z.enum(['day', 'week', 'month', 'quarter', 'year', 'weekday']).default('day'),
  })
  .superRefine(checkRange);
export type ExportQuery = z.infer<typeof ExportQuery>;
export const ExportJobBody = ExportQuery;

export const SnapshotFormatQuery = z.strictObject({ format: z.enum(['csv', 'xlsx', 'json']).default('json') });
export const SnapshotParams = z.strictObject({ office: OfficeId, id: z.string().regex(/^(week|month)-\d{4}-(W\d{2}|\d{2})$/, 'snapshot id like week-2026-W47 or month-2026-11') });
export const GenerateSnapshotBody = z.strictObject({ kind: z.enum(['week', 'month']), date: IsoDate.optional() });
export const ExportJobParams = z.strictObject({ office: OfficeId, id: z.string().regex(/^exp-[a-z0-9-]{6,60}$/, 'export id') });

export const ComplaintListQuery = z.strictObject({
  status: z.enum(['new', 'in_progress', 'resolved', 'open', 'overdue', 'all']).default('all'),
  topic: z.enum(COMPLAINT_TOPICS).optional(),
  serviceId: Text(32).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: Text(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;
export const ComplaintParams = z.strictObject({ office: OfficeId, id: z.string().regex(/^PA\d{8}-\d{4,}$/, 'complaint id like PA20261125-0001') });
export const AssignBody = z.strictObject({ assignee: Text(64).min(1, 'assignee: required'), note: Text(500).optional() });
export const RespondBody = z.strictObject({ response: Text(4000).min(1, 'response: required'), resolve: z.boolean().default(false) });
export const ResolveBody = z.strictObject({ note: Text(500).optional() });

export const DossierParams = z.strictObject({ office: OfficeId, id: Text(60).min(1) });
export const ResolveDossierBody = z.strictObject({ date: IsoDate.optional() }).default({});
export const DossierListQuery = z.strictObject({ status: z.enum(['in_progress', 'resolved', 'all']).default('in_progress'), limit: z.coerce.number().int().min(1).max(500).default(100) });

/** Wait or service time statistics from the rollup histograms (seconds). */
export interface DurationStats {
  count: number;
  /** exact: sum / count of the whole seconds the scripts recorded */
  mean: number | null;
  /** from the histogram: within the bucket that holds the true value (see docs/reports.md) */
  median: number | null;
  p90: number | null;
  /** true when the percentile falls in the open-ended 180 min+ bucket (the value is then its lower bound) */
  p90Overflow?: boolean;
}

export interface WaitStats extends DurationStats {
  withinTarget: number;
  withinTargetShare: number | null;
}

export interface Reconciliation {
  /** issued (+ transferred in, per service) */
  expected: number;
  /** served + no-show + expired + cancelled + closed at day end + still open (+ transferred out, per service) */
  accounted: number;
  balanced: boolean;
  difference: number;
}

export interface RatingFigures {
  count: number;
  /** four-level counts: 4 Rất hài lòng, 3 Hài lòng, 2 Bình thường, 1 Không hài lòng */
  distribution: { 1: number; 2: number; 3: number; 4: number };
  mean: number | null;
  /** official three-level view, with "Bình thường" where the office counts it */
  official: { verySatisfied: number; satisfied: number; dissatisfied: number };
  /** share satisfied or very satisfied in the official view, 0..1 */
  satisfactionIndex: number | null;
  comments: number;
}

export interface Figures {
  issued: number;
  priority: number;
  served: number;
  noShow: number;
  expired: number;
  cancelled: number;
  /** still at a counter (called or being served) when the day closed: neither served nor a no-show */
  closedAtDayEnd: number;
  transferOut: number;
  transferIn: number;
  calls: number;
  recalls: number;
  /** still waiting, called or being served (only where tickets can be counted: all, time, hour, service) */
  open?: number;
  reconciliation?: Reconciliation;
  wait: WaitStats;
  service: DurationStats;
  ratings: RatingFigures;
  complaints: number;
}

export interface ReportRow extends Figures {
  key: string;
  label: string;
  /** days of the range in this row (time groupings) */
  days?: number;
}

export interface SummaryReport extends Figures {
  office: string;
  officeName: string;
  from: string;
  to: string;
  days: number;
  generatedAt: number;
  /** top-level alias of `served` with the contract's spelling kept: issued, served, noShow, expired, cancelled */
  transferred: number;
}

export interface BreakdownReport {
  office: string;
  from: string;
  to: string;
  by: Grouping;
  rows: ReportRow[];
  total: Figures;
  generatedAt: number;
}

export interface HeatmapReport {
  office: string;
  from: string;
  to: string;
  /** tickets issued: cells[weekday 0=Sunday][hour 0..23] */
  cells: number[][];
  /** how many days of each weekday the range holds (to show averages per day) */
  weekdayDays: number[];
  max: number;
}

export interface CriterionResult {
  id: CriterionId;
  /** counts of the official levels 0 Không hài lòng, 1 Hài lòng, 2 Rất hài lòng */
  levels: [number, number, number];
  count: number;
  /** share at level 1 or 2 */
  satisfiedShare: number | null;
  /** mean points 0..2 */
  mean: number | null;
  /** how often citizens picked it as a chip */
  chips: number;
}

export interface SatisfactionGroup {
  key: string;
  label: string;
  ratings: RatingFigures;
  criteria: CriterionResult[];
}

export interface SatisfactionReport {
  office: string;
  from: string;
  to: string;
  neutralCountsAs: 'satisfied' | 'dissatisfied';
  total: SatisfactionGroup;
  groups: SatisfactionGroup[];
  by?: 'service' | 'counter' | 'officer';
  /** Decision 766/QĐ-TTg rates for the range */
  rates766: Rates766;
}

export interface Rates766 {
  complaints: number;
  /** resolved by their deadline */
  onTime: number;
  /** resolved after their deadline, or still open past it */
  late: number;
  /** neither resolved nor past the deadline yet */
  pending: number;
  /** onTime / (onTime + late) */
  onTimeRate: number | null;
  ratings: number;
  dissatisfiedRatings: number;
  /** (ratings + complaints − dissatisfied ratings − late complaints) / (ratings + complaints) */
  feedbackOkRate: number | null;
}

export interface CommentItem {
  ticketId: string;
  date: string;
  at: number;
  score: number;
  comment: string;
  serviceId: string;
  /** the service's name on the day of the rating */
  serviceName: string;
  counterId?: string;
  officer?: string;
}

export interface DossierReport {
  office: string;
  from: string;
  to: string;
  /** received (at the desk) in the range */
  received: number;
  /** of those received in the range, still in progress now */
  inProgress: number;
  /** resolved in the range (by resolution date) */
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  earlyShare: number | null;
  onTimeShare: number | null;
  lateShare: number | null;
  byService: { key: string; label: string; received: number; resolved: number; early: number; onTime: number; late: number; inProgress: number }[];
}

export interface LiveService {
  id: string;
  name: string;
  prefix: string;
  waiting: number;
  /** seconds the longest-waiting citizen has waited now */
  longestWaitSeconds: number;
  targetWaitMinutes: number;
  overTarget: number;
}

export interface LiveCounter {
  id: string;
  number: number;
  name: string;
  status: 'closed' | 'open' | 'paused';
  officer?: string;
  officerName?: string;
  ticket?: { number: string; status: string; serviceId: string; sinceSeconds: number };
  served: number;
}

/** `values`: for `long_wait` the service's name, how many wait over its target and the longest wait in minutes. */
export interface LiveAlert {
  kind: 'long_wait' | 'complaint_overdue';
  values: Record<string, string | number>;
  ref: string;
  seconds?: number;
}

export interface LiveReport {
  office: string;
  officeName: string;
  date: string;
  now: number;
  services: LiveService[];
  counters: LiveCounter[];
  waiting: number;
  longestWaitSeconds: number;
  issued: number;
  served: number;
  noShow: number;
  averageWaitSeconds: number | null;
  withinTargetShare: number | null;
  ratings: number;
  satisfactionIndex: number | null;
  openComplaints: number;
  overdueComplaints: number;
  alerts: LiveAlert[];
}

export interface SnapshotMeta {
  id: string;
  kind: 'week' | 'month';
  from: string;
  to: string;
  title: string;
  generatedAt: number;
}

export interface SelfInspectionReport extends SnapshotMeta {
  office: string;
  officeName: string;
  summary: SummaryReport;
  byDay: BreakdownReport;
  byService: BreakdownReport;
  byCounter: BreakdownReport;
  byOfficer: BreakdownReport;
  satisfaction: SatisfactionReport;
  dossiers: DossierReport;
  complaints: { received: number; resolved: number; open: number; overdue: number };
}

export interface ExportJobStatus {
  id: string;
  state: 'waiting' | 'active' | 'completed' | 'failed' | 'unknown';
  progress: number;
  filename?: string;
  error?: string;
}

