/** The chairman's complaint inbox. */
import { z } from 'zod';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { AssignBody, ComplaintListQuery, ComplaintParams, RespondBody, ResolveBody } from '../../../shared/schemas/complaint-handling.js';
import { Instant, StoredComplaint } from '../../../shared/schemas/ticket-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import { complaintExample } from './examples.js';
import type { RouteDoc } from './route-doc.js';

const ComplaintAnswer = z.object({ complaint: StoredComplaint });

const complaintAction = (summary: string, description: string, body: z.ZodType, bodyExample: unknown): RouteDoc => ({
  tag: 'Complaints',
  summary,
  description,
  params: ComplaintParams,
  body,
  bodyExample,
  errors: ['not_found', 'wrong_status'],
  responses: { 200: { description: 'the complaint', body: ComplaintAnswer } },
});

export const COMPLAINT_DOCS = {
  'GET /offices/:office/complaints': {
    tag: 'Complaints',
    summary: 'The complaint inbox',
    description: 'Newest first, filtered by status (`open`: not resolved; `overdue`: open past its deadline), topic, service, dates and text.',
    params: OfficeParams,
    query: ComplaintListQuery,
    responses: {
      200: {
        description: 'the complaints, how many match, and the server clock',
        body: z.object({ complaints: z.array(StoredComplaint), total: z.number(), now: Instant }),
        example: { complaints: [complaintExample], total: 1, now: 1795581060000 },
      },
    },
  },
  'GET /offices/:office/complaints/:id': {
    tag: 'Complaints',
    summary: 'One complaint',
    params: ComplaintParams,
    errors: ['not_found'],
    responses: { 200: { description: 'the complaint, with its history', body: ComplaintAnswer } },
  },
  'POST /offices/:office/complaints/:id/assign': complaintAction('Assign a complaint', 'To a member of staff; it is then in progress.', AssignBody, {
    assignee: 'an.nv',
    note: 'Xác minh với quầy 2',
  }),
  'POST /offices/:office/complaints/:id/respond': complaintAction('Answer a complaint', '`resolve: true` closes it with the answer.', RespondBody, {
    response: 'Đơn vị đã bổ sung cán bộ vào giờ cao điểm.',
    resolve: true,
  }),
  'POST /offices/:office/complaints/:id/resolve': complaintAction('Close a complaint', 'Counted on time when closed by its deadline.', ResolveBody, {
    note: 'Đã trả lời công dân',
  }),
} satisfies Partial<Record<RouteKey, RouteDoc>>;
