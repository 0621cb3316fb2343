/**
 * Exports of any range: every table of the report as CSV or XLSX. Small ranges are built on the
 * request; large ones by a background job that reports its progress and keeps the file a day.
 */
import type { ExportQuery } from '../../shared/schemas/report-exports.js';
import type { Context } from '../context.js';
import { complaintCounts } from '../complaints/complaint-stats.js';
import { complaintsInDates } from '../complaints/complaint-store.js';
import { dossierReport } from '../dossiers/dossier-report.js';
import { toCsv } from './csv.js';
import { reportTables, type ReportBundle } from './export-tables.js';
import { breakdownReport, summaryReport } from './report-builder.js';
import { loadReportData, needsDaily, satisfactionReport } from './report-service.js';
import { toXlsx } from './xlsx.js';
import { rl } from '../../shared/i18n/report-label-messages.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export async function rangeBundle(
  ctx: Context,
  office: string,
  q: Pick<ExportQuery, 'from' | 'to' | 'by'>,
  onProgress?: (share: number) => void,
): Promise<ReportBundle> {
  const data = await loadReportData(ctx, office, q.from, q.to, { daily: needsDaily(q.by), onProgress: (done, total) => onProgress?.(done / total) });
  const complaints = await complaintsInDates(ctx, office, data.config.timeZone, q.from, q.to);
  const fmt = (d: string) => d.split('-').reverse().join('/');
  return {
    title: rl('exportTitle', { office: data.config.name, from: fmt(q.from), to: fmt(q.to) }, 'vi'),
    officeName: data.config.name,
    from: q.from,
    to: q.to,
    generatedAt: ctx.clock(),
    summary: summaryReport(data),
    breakdowns: [...new Set([q.by, 'service', 'counter', 'officer', 'hour'] as const)].map((by) => breakdownReport(data, by)),
    satisfaction: await satisfactionReport(ctx, data, 'service'),
    dossiers: dossierReport(data),
    complaints: complaintCounts(complaints, ctx.clock()),
  };
}

export async function bundleFile(bundle: ReportBundle, format: 'csv' | 'xlsx', name: string): Promise<ExportFile> {
  const tables = reportTables(bundle);
  const body = format === 'csv' ? Buffer.from(toCsv(tables), 'utf8') : await toXlsx(tables, { title: bundle.title });
  return { filename: `${name}.${format}`, contentType: CONTENT_TYPES[format], body };
}

export const exportName = (office: string, from: string, to: string) => `bao-cao-${office}-${from}-${to}`;
