/**
 * Report exports (CSV, XLSX; long ranges as background jobs with progress) and the weekly and monthly
 * self-inspection reports stored as snapshots.
 */
import { z } from 'zod';
import { IsoDate, OfficeId } from './common.js';
import type { DossierReport } from './dossiers.js';
import type { BreakdownReport, SatisfactionReport, SummaryReport } from './report-figures.js';
import { checkRange, reportRange } from './report-queries.js';

/** Exports of more days than this run as background jobs with progress. */
export const SYNC_EXPORT_DAYS = 120;

/** An export holds every table of a report: totals, the chosen time grouping (default: by day), by
 * service, counter, officer and hour, satisfaction and criteria, dossiers, complaints. */
export const ExportQuery = z
  .strictObject({
    ...reportRange,
    format: z.enum(['csv', 'xlsx']),
    by: z.enum(['day', 'week', 'month', 'quarter', 'year', 'weekday']).default('day'),
  })
  .superRefine(checkRange);
export type ExportQuery = z.infer<typeof ExportQuery>;
export const ExportJobBody = ExportQuery;

export const SnapshotFormatQuery = z.strictObject({ format: z.enum(['csv', 'xlsx', 'json']).default('json') });
export const SnapshotParams = z.strictObject({
  office: OfficeId,
  id: z.string().regex(/^(week|month)-\d{4}-(W\d{2}|\d{2})$/, 'snapshot id like week-2026-W47 or month-2026-11'),
});
export const GenerateSnapshotBody = z.strictObject({ kind: z.enum(['week', 'month']), date: IsoDate.optional() });
export const ExportJobParams = z.strictObject({ office: OfficeId, id: z.string().regex(/^exp-[a-z0-9-]{6,60}$/, 'export id') });

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
