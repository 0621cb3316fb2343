import { z } from 'zod';
import { Text, TicketIdParam, Token } from './common.js';

/** The nine criteria of the official satisfaction form (Circular 01/2018/TT-VPCP), in order. */
export const OFFICIAL_CRITERIA = [
  'total_time',
  'agency_time',
  'contacts',
  'agencies',
  'one_stop_desk',
  'publicity',
  'attitude',
  'feedback_response',
  'online_service',
] as const;
export type CriterionId = (typeof OFFICIAL_CRITERIA)[number];

/** Four-level kiosk scale: 4 Rất hài lòng, 3 Hài lòng, 2 Bình thường, 1 Không hài lòng. */
export const RatingScore = z.int().min(1, 'score 1-4').max(4, 'score 1-4');

export const RatingBody = z.strictObject({
  token: Token,
  score: RatingScore,
  /** Official three-level answers per criterion: 2 Rất hài lòng, 1 Hài lòng, 0 Không hài lòng. */
  criteria: z.partialRecord(z.enum(OFFICIAL_CRITERIA), z.int().min(0).max(2)).optional(),
  /** Criteria the citizen picked as chips on the tablet ("what went well / badly"). */
  chips: z.array(z.enum(OFFICIAL_CRITERIA)).max(9).optional(),
  comment: Text(1000).optional(),
  source: z.enum(['tablet', 'phone', 'kiosk']).optional(),
});
export type RatingBody = z.infer<typeof RatingBody>;

/** A counter's rating tablet rates the ticket just completed there: no token leaves the server. */
export const TabletRatingBody = z.strictObject({
  ticketId: TicketIdParam,
  score: RatingScore,
  chips: z.array(z.enum(OFFICIAL_CRITERIA)).max(9).optional(),
  comment: Text(1000).optional(),
});
export type TabletRatingBody = z.infer<typeof TabletRatingBody>;

export interface Rating {
  ticketId: string;
  score: number;
  criteria?: Partial<Record<CriterionId, number>>;
  chips?: CriterionId[];
  comment?: string;
  serviceId: string;
  counterId?: string;
  officer?: string;
  at: number;
  source?: string;
}

export const COMPLAINT_TOPICS = ['waiting_time', 'attitude', 'procedure', 'facilities', 'fees', 'other'] as const;

export const ComplaintBody = z.strictObject({
  topic: z.enum(COMPLAINT_TOPICS),
  message: Text(2000).optional(),
  ticketId: TicketIdParam.optional(),
  token: Token.optional(),
  contactName: Text(120).optional(),
  contactPhone: z
    .string()
    .regex(/^[0-9+ .-]{6,20}$/, 'phone number')
    .optional(),
  contactEmail: z.email().max(200).optional(),
  source: z.enum(['kiosk', 'phone', 'rating']).optional(),
});
export type ComplaintBody = z.infer<typeof ComplaintBody>;

export const ComplaintStatus = z.enum(['new', 'in_progress', 'resolved']);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export interface Complaint {
  id: string;
  office: string;
  topic: (typeof COMPLAINT_TOPICS)[number];
  message?: string;
  ticketId?: string;
  serviceId?: string;
  counterId?: string;
  officer?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  source?: string;
  status: ComplaintStatus;
  createdAt: number;
  dueAt: number;
  assignee?: string;
  response?: string;
  respondedAt?: number;
  resolvedAt?: number;
  history?: { at: number; by: string; action: string; note?: string }[];
  /** when read: the dossier codes the complaint's ticket served (not stored with it) */
  dossiers?: string[];
}
