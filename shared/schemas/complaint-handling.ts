/** Complaint handling by the chairman's office: the list's filters, and the bodies that assign, answer and resolve a complaint. */
import { z } from 'zod';
import { IsoDate, OfficeId, Text } from './common.js';
import { COMPLAINT_TOPICS } from './feedback.js';

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
