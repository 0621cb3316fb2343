/**
 * What the report routes answer with: totals, breakdowns, the heatmap, satisfaction with the
 * Decision 766 rates, comments. Durations are whole seconds; shares are 0..1 (or null when there is
 * nothing to divide by); dates are office-local YYYY-MM-DD.
 */
import type { CriterionId } from './feedback.js';
import type { Grouping } from './report-queries.js';

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
  bookings: BookingFigures;
}

/** Remote numbers and appointments (shared/schemas/booking.ts), counted on the day of the visit. */
export interface BookingFigures {
  /** appointments booked for the day, cancelled by their citizen, expired unused at the day's close */
  booked: number;
  cancelled: number;
  expired: number;
  /** checked in at the kiosk on time (in the priority line), and late (an ordinary ticket) */
  checkedIn: number;
  checkedInLate: number;
  /** appointments checked in on time and called, and of those called before their slot ended */
  slotCalled: number;
  calledWithinSlot: number;
  calledWithinSlotShare: number | null;
  /** remote numbers taken, served, absent when called */
  remote: number;
  remoteServed: number;
  remoteNoShow: number;
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
  /** the dossier codes the rated ticket served */
  dossiers?: string[];
}
