/** Satisfaction, comments, dossiers, the live report, exports and self-inspection snapshots in the API's answers. */
import { z } from 'zod';
import { OFFICIAL_CRITERIA } from './feedback.js';
import { BreakdownReport, RatingFigures, SummaryReport } from './report-figure-responses.js';
import { Instant } from './ticket-responses.js';

const Share = z.number().nullable();
const Range = { office: z.string(), from: z.string(), to: z.string() };

export const CriterionResult = z
  .object({
    id: z.enum(OFFICIAL_CRITERIA),
    levels: z.tuple([z.number(), z.number(), z.number()]).describe('counts of 0 Không hài lòng, 1 Hài lòng, 2 Rất hài lòng'),
    count: z.number(),
    satisfiedShare: Share,
    mean: Share,
    chips: z.number(),
  })
  .meta({ id: 'CriterionResult' });

export const SatisfactionGroup = z
  .object({ key: z.string(), label: z.string(), ratings: RatingFigures, criteria: z.array(CriterionResult) })
  .meta({ id: 'SatisfactionGroup' });

export const Rates766 = z
  .object({
    complaints: z.number(),
    onTime: z.number(),
    late: z.number(),
    pending: z.number(),
    onTimeRate: Share,
    ratings: z.number(),
    dissatisfiedRatings: z.number(),
    feedbackOkRate: Share,
  })
  .meta({ id: 'Rates766', description: 'The rates of Decision 766/QĐ-TTg for the range' });

export const SatisfactionReport = z
  .object({
    ...Range,
    neutralCountsAs: z.enum(['satisfied', 'dissatisfied']),
    total: SatisfactionGroup,
    groups: z.array(SatisfactionGroup),
    by: z.enum(['service', 'counter', 'officer']).optional(),
    rates766: Rates766,
  })
  .meta({ id: 'SatisfactionReport' });

export const CommentItem = z
  .object({
    ticketId: z.string(),
    date: z.string(),
    at: Instant,
    score: z.number(),
    comment: z.string(),
    serviceId: z.string(),
    serviceName: z.string().describe("the service's name on the day of the rating"),
    counterId: z.string().optional(),
    officer: z.string().optional(),
    dossiers: z.array(z.string()).optional().describe('the dossier codes the rated ticket served'),
  })
  .meta({ id: 'CommentItem' });

export const CommentsReport = z.object({ comments: z.array(CommentItem), total: z.number() }).meta({ id: 'CommentsReport' });

const DossierCounts = { received: z.number(), resolved: z.number(), early: z.number(), onTime: z.number(), late: z.number(), inProgress: z.number() };
export const DossierReport = z
  .object({
    ...Range,
    ...DossierCounts,
    earlyShare: Share,
    onTimeShare: Share,
    lateShare: Share,
    byService: z.array(z.object({ key: z.string(), label: z.string(), ...DossierCounts })),
  })
  .meta({ id: 'DossierReport', description: 'Dossiers received in the range, and resolved early, on time or late' });

export const LiveReport = z
  .object({
    office: z.string(),
    officeName: z.string(),
    date: z.string(),
    now: Instant,
    services: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        prefix: z.string(),
        waiting: z.number(),
        longestWaitSeconds: z.number(),
        targetWaitMinutes: z.number(),
        overTarget: z.number(),
      }),
    ),
    counters: z.array(
      z.object({
        id: z.string(),
        number: z.number(),
        name: z.string(),
        status: z.enum(['closed', 'open', 'paused']),
        officer: z.string().optional(),
        officerName: z.string().optional(),
        ticket: z.object({ number: z.string(), status: z.string(), serviceId: z.string(), sinceSeconds: z.number() }).optional(),
        served: z.number(),
      }),
    ),
    waiting: z.number(),
    longestWaitSeconds: z.number(),
    issued: z.number(),
    served: z.number(),
    noShow: z.number(),
    averageWaitSeconds: z.number().nullable(),
    withinTargetShare: Share,
    ratings: z.number(),
    satisfactionIndex: Share,
    openComplaints: z.number(),
    overdueComplaints: z.number(),
    alerts: z.array(
      z.object({
        kind: z.enum(['long_wait', 'complaint_overdue', 'counter_paused', 'screen_offline']),
        values: z.record(z.string(), z.union([z.string(), z.number()])),
        ref: z.string(),
        seconds: z.number().optional(),
      }),
    ),
  })
  .meta({ id: 'LiveReport', description: "Today's queue of one office as it stands now, with its alerts" });

export const ExportJobStatus = z
  .object({
    id: z.string(),
    state: z.enum(['waiting', 'active', 'completed', 'failed', 'unknown']),
    progress: z.number(),
    filename: z.string().optional(),
    error: z.string().optional(),
  })
  .meta({ id: 'ExportJobStatus', description: 'A background export' });

export const SnapshotMeta = z
  .object({ id: z.string(), kind: z.enum(['week', 'month']), from: z.string(), to: z.string(), title: z.string(), generatedAt: Instant })
  .meta({ id: 'SnapshotMeta', description: 'A stored self-inspection report' });

export const SelfInspectionReport = SnapshotMeta.extend({
  office: z.string(),
  officeName: z.string(),
  summary: SummaryReport,
  byDay: BreakdownReport,
  byService: BreakdownReport,
  byCounter: BreakdownReport,
  byOfficer: BreakdownReport,
  satisfaction: SatisfactionReport,
  dossiers: DossierReport,
  complaints: z.object({ received: z.number(), resolved: z.number(), open: z.number(), overdue: z.number() }),
}).meta({ id: 'SelfInspectionReport', description: 'A weekly or monthly self-inspection report' });
