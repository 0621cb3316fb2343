/** The chairman's report routes: leadership (chairman) and administrators only. */
import { OfficeParams } from '../../../shared/schemas/common.js';
import { datesBetween } from '../../../shared/office-time.js';
import {
  ExportJobBody,
  ExportJobParams,
  ExportQuery,
  GenerateSnapshotBody,
  SnapshotFormatQuery,
  SnapshotParams,
  SYNC_EXPORT_DAYS,
  type ExportJobStatus,
} from '../../../shared/schemas/report-exports.js';
import { BreakdownQuery, CommentsQuery, RangeQuery, SatisfactionQuery } from '../../../shared/schemas/report-queries.js';
import { officeDate } from '../../../shared/office-time.js';
import type { Context } from '../../context.js';
import { dossierReport } from '../../dossiers/dossier-report.js';
import { invalid, notFound } from '../../domain-error.js';
import { parse } from '../../validate.js';
import { keys } from '../../redis/keys.js';
import { breakdownReport, heatmapReport, summaryReport } from '../../reports/report-builder.js';
import { bundleFile, exportName, rangeBundle } from '../../reports/report-export.js';
import { queueExport, reportQueues } from '../../reports/report-jobs.js';
import { commentsReport, liveReport, loadReportData, needsDaily, previousPeriodDate, satisfactionReport } from '../../reports/report-service.js';
import { generateSnapshot, getSnapshot, listSnapshots, snapshotBundle } from '../../reports/snapshots.js';
import type { GuardedRouter } from '../guarded-router.js';
import { sendFile } from '../send-file.js';

export function reportRoutes(g: GuardedRouter, ctx: Context): void {
  const base = '/offices/:office/reports';
  const office = (params: unknown) => parse(OfficeParams, params, 'path').office;
  const queues = () => reportQueues(ctx.redis, ctx.jobPrefix);

  g.route('GET /offices/:office/reports/live', async (req, res) => {
    res.json(await liveReport(ctx, office(req.params)));
  });

  g.route('GET /offices/:office/reports/summary', async (req, res) => {
    const q = parse(RangeQuery, req.query, 'query');
    res.json(summaryReport(await loadReportData(ctx, office(req.params), q.from, q.to)));
  });

  g.route('GET /offices/:office/reports/breakdown', async (req, res) => {
    const q = parse(BreakdownQuery, req.query, 'query');
    res.json(breakdownReport(await loadReportData(ctx, office(req.params), q.from, q.to, { daily: needsDaily(q.by) }), q.by));
  });

  g.route('GET /offices/:office/reports/heatmap', async (req, res) => {
    const q = parse(RangeQuery, req.query, 'query');
    res.json(heatmapReport(await loadReportData(ctx, office(req.params), q.from, q.to, { daily: true })));
  });

  g.route('GET /offices/:office/reports/satisfaction', async (req, res) => {
    const q = parse(SatisfactionQuery, req.query, 'query');
    const data = await loadReportData(ctx, office(req.params), q.from, q.to);
    res.json(await satisfactionReport(ctx, data, q.by));
  });

  g.route('GET /offices/:office/reports/comments', async (req, res) => {
    const q = parse(CommentsQuery, req.query, 'query');
    res.json(await commentsReport(ctx, office(req.params), q.from, q.to, q.limit, q.maxScore));
  });

  g.route('GET /offices/:office/reports/dossiers', async (req, res) => {
    const q = parse(RangeQuery, req.query, 'query');
    res.json(dossierReport(await loadReportData(ctx, office(req.params), q.from, q.to)));
  });

  g.route('GET /offices/:office/reports/export', async (req, res) => {
    const o = office(req.params);
    const q = parse(ExportQuery, req.query, 'query');
    if (datesBetween(q.from, q.to).length > SYNC_EXPORT_DAYS) {
      throw invalid('range', `more than ${SYNC_EXPORT_DAYS} days is exported in the background: POST ${base.replace(':office', o)}/exports`);
    }
    sendFile(res, await bundleFile(await rangeBundle(ctx, o, q), q.format, exportName(o, q.from, q.to)));
  });

  g.route('POST /offices/:office/reports/exports', async (req, res) => {
    const o = office(req.params);
    const q = parse(ExportJobBody, req.body, 'body');
    await ctx.offices.get(o);
    const id = await queueExport(queues(), { office: o, from: q.from, to: q.to, format: q.format, by: q.by });
    res.status(202).json({ id, state: 'waiting', progress: 0 } satisfies ExportJobStatus);
  });

  g.route('GET /offices/:office/reports/exports/:id', async (req, res) => {
    const { office: o, id } = parse(ExportJobParams, req.params, 'path');
    let job = await queues().exports.getJob(id);
    if (!job || job.data.office !== o) throw notFound('export');
    const state = await job.getState();
    // the job may have ended between the two reads: read it again for its final progress and file
    if (state === 'completed' || state === 'failed') job = (await queues().exports.getJob(id)) ?? job;
    const known = ['waiting', 'active', 'completed', 'failed'] as const;
    const out: ExportJobStatus = {
      id,
      state: (known as readonly string[]).includes(state)
        ? (state as ExportJobStatus['state'])
        : state === 'delayed' || state === 'prioritized' || state === 'waiting-children'
          ? 'waiting'
          : 'unknown',
      progress: typeof job.progress === 'number' ? job.progress : 0,
    };
    if (job.returnvalue?.filename) out.filename = job.returnvalue.filename as string;
    if (state === 'failed') out.error = 'the export failed; try again';
    res.json(out);
  });

  g.route('GET /offices/:office/reports/exports/:id/file', async (req, res) => {
    const { office: o, id } = parse(ExportJobParams, req.params, 'path');
    const job = await queues().exports.getJob(id);
    const data = await ctx.redis.get(keys.reportExport(o, id));
    if (!job || job.data.office !== o || !data) throw notFound('export file');
    const { format, from, to } = job.data;
    sendFile(res, {
      filename: `${exportName(o, from, to)}.${format}`,
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: Buffer.from(data, 'base64'),
    });
  });

  g.route('GET /offices/:office/reports/snapshots', async (req, res) => {
    res.json({ snapshots: await listSnapshots(ctx, office(req.params)) });
  });

  g.route('POST /offices/:office/reports/snapshots', async (req, res) => {
    const o = office(req.params);
    const body = parse(GenerateSnapshotBody, req.body, 'body');
    const { config } = await ctx.offices.get(o);
    const date = body.date ?? previousPeriodDate(body.kind, ctx.clock(), config.timeZone);
    if (date > officeDate(ctx.clock(), config.timeZone)) throw invalid('date', 'the period has not started yet');
    const report = await generateSnapshot(ctx, o, body.kind, date);
    res
      .status(201)
      .json({ snapshot: { id: report.id, kind: report.kind, from: report.from, to: report.to, title: report.title, generatedAt: report.generatedAt } });
  });

  g.route('GET /offices/:office/reports/snapshots/:id', async (req, res) => {
    const { office: o, id } = parse(SnapshotParams, req.params, 'path');
    const { format } = parse(SnapshotFormatQuery, req.query, 'query');
    const snap = await getSnapshot(ctx, o, id);
    if (format === 'json') {
      res.json(snap);
      return;
    }
    sendFile(res, await bundleFile(snapshotBundle(snap), format, `tu-kiem-tra-${o}-${id}`));
  });
}
