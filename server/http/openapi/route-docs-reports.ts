/** The chairman's reports (and a supervisor's, read only). */
import { z } from 'zod';
import { OfficeParams } from '../../../shared/schemas/common.js';
import {
  ExportJobBody,
  ExportJobParams,
  ExportQuery,
  GenerateSnapshotBody,
  SnapshotFormatQuery,
  SnapshotParams,
} from '../../../shared/schemas/report-exports.js';
import { BreakdownReport, HeatmapReport, SummaryReport } from '../../../shared/schemas/report-figure-responses.js';
import { BreakdownQuery, CommentsQuery, RangeQuery, SatisfactionQuery } from '../../../shared/schemas/report-queries.js';
import {
  CommentsReport,
  DossierReport,
  ExportJobStatus,
  LiveReport,
  SatisfactionReport,
  SelfInspectionReport,
  SnapshotMeta,
} from '../../../shared/schemas/report-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import type { RouteDoc } from './route-doc.js';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const FILE_HEADERS = { 'Content-Disposition': 'attachment; filename="…"' };
const RANGE = 'Office-local dates `from`..`to` (YYYY-MM-DD), at most 1100 days.';

const rangeReport = (summary: string, description: string, query: z.ZodType, body: z.ZodType): RouteDoc => ({
  tag: 'Reports',
  summary,
  description: `${description} ${RANGE}`,
  params: OfficeParams,
  query,
  responses: { 200: { description: 'the report', body } },
});

export const REPORT_DOCS = {
  'GET /offices/:office/reports/live': {
    tag: 'Reports',
    summary: 'Today, live',
    description: 'The lines with their longest waits against the targets, the counters, the day so far, open and overdue complaints, the alerts.',
    params: OfficeParams,
    responses: { 200: { description: 'the live report', body: LiveReport } },
  },
  'GET /offices/:office/reports/summary': rangeReport(
    'Totals of a range',
    'Issued, served, no-shows and every other end of a ticket; wait and service times (mean, median, p90); ratings; complaints; bookings; and a reconciliation.',
    RangeQuery,
    SummaryReport,
  ),
  'GET /offices/:office/reports/breakdown': rangeReport(
    'A range broken down',
    "By day, week, month, quarter, year, service, counter, officer, hour or weekday: the totals' figures per row.",
    BreakdownQuery,
    BreakdownReport,
  ),
  'GET /offices/:office/reports/heatmap': rangeReport('Weekday × hour', 'Tickets issued per weekday and hour.', RangeQuery, HeatmapReport),
  'GET /offices/:office/reports/satisfaction': rangeReport(
    'Satisfaction',
    'Both scales (four levels, and the official three with the nine criteria), optionally by service, counter or officer, and the rates of Decision 766.',
    SatisfactionQuery,
    SatisfactionReport,
  ),
  'GET /offices/:office/reports/comments': rangeReport("Citizens' comments", 'Newest first; `maxScore` keeps the unhappy ones.', CommentsQuery, CommentsReport),
  'GET /offices/:office/reports/dossiers': rangeReport(
    'Dossier figures',
    'Received, resolved early, on time or late, still in progress; by service.',
    RangeQuery,
    DossierReport,
  ),
  'GET /offices/:office/reports/export': {
    tag: 'Reports',
    summary: 'Export a range (CSV or XLSX)',
    description: `Every table of the reports. More than 120 days: 400, use the background export (POST …/reports/exports). ${RANGE}`,
    params: OfficeParams,
    query: ExportQuery,
    responses: { 200: { description: 'the file', files: [CSV, XLSX], headers: FILE_HEADERS } },
  },
  'POST /offices/:office/reports/exports': {
    tag: 'Reports',
    summary: 'Queue a large export',
    description: `A background job; follow it with GET …/reports/exports/{id}. ${RANGE}`,
    params: OfficeParams,
    body: ExportJobBody,
    bodyExample: { from: '2026-01-01', to: '2026-11-30', format: 'xlsx', by: 'month' },
    responses: { 202: { description: 'queued', body: ExportJobStatus, example: { id: 'exp-tay-mo-2026-01-01-2026-11-30-x1', state: 'waiting', progress: 0 } } },
  },
  'GET /offices/:office/reports/exports/:id': {
    tag: 'Reports',
    summary: 'A background export',
    params: ExportJobParams,
    errors: ['not_found'],
    responses: { 200: { description: 'its state and progress (0..100), its file name once completed', body: ExportJobStatus } },
  },
  'GET /offices/:office/reports/exports/:id/file': {
    tag: 'Reports',
    summary: "A background export's file",
    params: ExportJobParams,
    errors: ['not_found'],
    responses: { 200: { description: 'the file', files: [CSV, XLSX], headers: FILE_HEADERS } },
  },
  'GET /offices/:office/reports/snapshots': {
    tag: 'Reports',
    summary: 'Self-inspection reports',
    description: 'The weekly and monthly reports made (by schedule or by hand), newest first.',
    params: OfficeParams,
    responses: { 200: { description: 'the list', body: z.object({ snapshots: z.array(SnapshotMeta) }) } },
  },
  'POST /offices/:office/reports/snapshots': {
    tag: 'Reports',
    summary: 'Make a self-inspection report',
    description: 'Of the week or month holding `date` (default: the last one finished); made again if it exists.',
    params: OfficeParams,
    body: GenerateSnapshotBody,
    bodyExample: { kind: 'month', date: '2026-10-01' },
    responses: { 201: { description: 'made', body: z.object({ snapshot: SnapshotMeta }) } },
  },
  'GET /offices/:office/reports/snapshots/:id': {
    tag: 'Reports',
    summary: 'One self-inspection report',
    description: 'As JSON (default), CSV or XLSX (`format`).',
    params: SnapshotParams,
    query: SnapshotFormatQuery,
    errors: ['not_found'],
    responses: { 200: { description: 'the report', body: SelfInspectionReport, files: [CSV, XLSX] } },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
