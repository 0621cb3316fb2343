/**
 * Report queries: the date range every report route takes (office-local YYYY-MM-DD, at most
 * MAX_RANGE_DAYS) and the groupings a breakdown can use.
 */
import { z } from 'zod';
import { IsoDate } from './common.js';

/** The longest range a report answers synchronously; longer exports run as background jobs. */
export const MAX_RANGE_DAYS = 1100;

export const GROUPINGS = ['day', 'week', 'month', 'quarter', 'year', 'service', 'counter', 'officer', 'hour', 'weekday'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const reportRange = {
  from: IsoDate,
  to: IsoDate,
};
export const checkRange = (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', message: 'from must not be after to', path: ['from'] });
  const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_RANGE_DAYS} days`, path: ['to'] });
};

export const RangeQuery = z.strictObject(reportRange).superRefine(checkRange);
export type RangeQuery = z.infer<typeof RangeQuery>;

export const BreakdownQuery = z.strictObject({ ...reportRange, by: z.enum(GROUPINGS) }).superRefine(checkRange);
export type BreakdownQuery = z.infer<typeof BreakdownQuery>;

export const SatisfactionQuery = z.strictObject({ ...reportRange, by: z.enum(['service', 'counter', 'officer']).optional() }).superRefine(checkRange);
export type SatisfactionQuery = z.infer<typeof SatisfactionQuery>;

export const CommentsQuery = z
  .strictObject({ ...reportRange, limit: z.coerce.number().int().min(1).max(500).default(100), maxScore: z.coerce.number().int().min(1).max(4).optional() })
  .superRefine(checkRange);
