/**
 * The report figures in the API's answers (report-figures.ts holds the interfaces, with the meaning
 * of each field): totals, breakdowns, the heatmap. See ticket-responses.ts for how these relate.
 */
import { z } from 'zod';
import { GROUPINGS } from './report-queries.js';
import { Instant } from './ticket-responses.js';

const Share = z.number().nullable().describe('0..1, null when there is nothing to divide by');
const Seconds = z.number().nullable();

export const DurationStats = z
  .object({ count: z.number(), mean: Seconds, median: Seconds, p90: Seconds, p90Overflow: z.boolean().optional() })
  .meta({ id: 'DurationStats', description: 'Wait or service times, whole seconds' });

export const WaitStats = DurationStats.extend({ withinTarget: z.number(), withinTargetShare: Share }).meta({ id: 'WaitStats' });

export const Reconciliation = z
  .object({ expected: z.number(), accounted: z.number(), balanced: z.boolean(), difference: z.number() })
  .meta({ id: 'Reconciliation', description: 'issued (+ transferred in) against every way a ticket ends (+ still open, transferred out)' });

export const RatingFigures = z
  .object({
    count: z.number(),
    distribution: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number() }),
    mean: z.number().nullable(),
    official: z.object({ verySatisfied: z.number(), satisfied: z.number(), dissatisfied: z.number() }),
    satisfactionIndex: Share,
    comments: z.number(),
  })
  .meta({ id: 'RatingFigures' });

export const BookingFigures = z
  .object({
    booked: z.number(),
    cancelled: z.number(),
    expired: z.number(),
    checkedIn: z.number(),
    checkedInLate: z.number(),
    slotCalled: z.number(),
    calledWithinSlot: z.number(),
    calledWithinSlotShare: Share,
    remote: z.number(),
    remoteServed: z.number(),
    remoteNoShow: z.number(),
  })
  .meta({ id: 'BookingFigures', description: 'Remote numbers and appointments, counted on the day of the visit' });

export const Figures = z
  .object({
    issued: z.number(),
    priority: z.number(),
    served: z.number(),
    noShow: z.number(),
    expired: z.number(),
    cancelled: z.number(),
    closedAtDayEnd: z.number(),
    transferOut: z.number(),
    transferIn: z.number(),
    calls: z.number(),
    recalls: z.number(),
    open: z.number().optional(),
    reconciliation: Reconciliation.optional(),
    wait: WaitStats,
    service: DurationStats,
    ratings: RatingFigures,
    complaints: z.number(),
    bookings: BookingFigures,
  })
  .meta({ id: 'Figures' });

export const ReportRow = Figures.extend({ key: z.string(), label: z.string(), days: z.number().optional() }).meta({ id: 'ReportRow' });

const Range = { office: z.string(), from: z.string(), to: z.string() };

export const SummaryReport = Figures.extend({
  ...Range,
  officeName: z.string(),
  days: z.number(),
  generatedAt: Instant,
  transferred: z.number(),
}).meta({ id: 'SummaryReport', description: 'Totals of a date range' });

export const BreakdownReport = z
  .object({ ...Range, by: z.enum(GROUPINGS), rows: z.array(ReportRow), total: Figures, generatedAt: Instant })
  .meta({ id: 'BreakdownReport', description: 'The range by day, week, …, service, counter, officer, hour or weekday' });

export const HeatmapReport = z
  .object({
    ...Range,
    cells: z.array(z.array(z.number())).describe('tickets issued: cells[weekday 0=Sunday][hour 0..23]'),
    weekdayDays: z.array(z.number()),
    max: z.number(),
  })
  .meta({ id: 'HeatmapReport' });
