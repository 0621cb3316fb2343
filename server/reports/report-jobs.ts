/**
 * The reports' background work on BullMQ: self-inspection snapshots from job schedulers (Monday
 * 06:00 for the previous week, the 1st at 06:00 for the previous month, in the office's zone),
 * exports of large ranges with progress, and complaint deadline alerts.
 */
import { randomBytes } from 'node:crypto';
import type { Job, Queue } from 'bullmq';
import type { ExportQuery } from '../../shared/schemas/report-exports.js';
import type { Context } from '../context.js';
import { createQueue, QUEUE } from '../jobs/queues.js';
import { JOB_PREFIX, keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';
import { processDeadline, scheduleOpenDeadlines, type DeadlineJob } from '../complaints/deadline-job.js';
import { bundleFile, exportName, rangeBundle } from './report-export.js';
import { previousPeriodDate } from './report-service.js';
import { generateSnapshot } from './snapshots.js';
import type { ScheduleKeeper } from '../jobs/schedules.js';

export interface SnapshotJob {
  office: string;
  kind: 'week' | 'month';
  /** a date inside the period; default: the period before the run */
  date?: string;
}

export interface ExportJob extends Pick<ExportQuery, 'from' | 'to' | 'format' | 'by'> {
  office: string;
}

export interface ReportQueues {
  snapshots: Queue<SnapshotJob>;
  exports: Queue<ExportJob>;
  deadlines: Queue<DeadlineJob>;
}

const byConnection = new WeakMap<object, Map<string, ReportQueues>>();

/** The report queues on a connection (one set per connection and prefix; the HTTP routes use the app's). */
export function reportQueues(connection: RedisClient, prefix: string = JOB_PREFIX): ReportQueues {
  let byPrefix = byConnection.get(connection);
  if (!byPrefix) byConnection.set(connection, (byPrefix = new Map()));
  let q = byPrefix.get(prefix);
  if (!q) {
    q = {
      snapshots: createQueue<SnapshotJob>(QUEUE.selfInspection, connection, prefix),
      exports: createQueue<ExportJob>(QUEUE.reportExports, connection, prefix),
      deadlines: createQueue<DeadlineJob>(QUEUE.complaintDeadline, connection, prefix),
    };
    byPrefix.set(prefix, q);
  }
  return q;
}

export async function closeReportQueues(connection: RedisClient): Promise<void> {
  const byPrefix = byConnection.get(connection);
  if (!byPrefix) return;
  byConnection.delete(connection);
  await Promise.all([...byPrefix.values()].flatMap((q) => [q.snapshots.close(), q.exports.close(), q.deadlines.close()]));
}

export async function runSnapshotJob(ctx: Context, job: Job<SnapshotJob>) {
  const { office, kind } = job.data;
  const { config } = await ctx.offices.get(office);
  const date = job.data.date ?? previousPeriodDate(kind, ctx.clock(), config.timeZone);
  const report = await generateSnapshot(ctx, office, kind, date);
  return { id: report.id };
}

export async function runExportJob(ctx: Context, job: Job<ExportJob>) {
  const { office, from, to, format, by } = job.data;
  // progress writes one after another: a late 90 % must never land after the final 100 %
  let progress = Promise.resolve();
  const onProgress = (share: number) => {
    progress = progress.then(() => job.updateProgress(Math.floor(share * 90))).catch(() => {});
  };
  const bundle = await rangeBundle(ctx, office, { from, to, by }, onProgress);
  const file = await bundleFile(bundle, format, exportName(office, from, to));
  await ctx.redis.set(keys.reportExport(office, job.id!), file.body.toString('base64'), 'EX', 86_400);
  await progress;
  await job.updateProgress(100);
  return { filename: file.filename };
}

export async function queueExport(queues: ReportQueues, job: ExportJob): Promise<string> {
  const id = `exp-${randomBytes(8).toString('hex')}`;
  await queues.exports.add('export', job, { jobId: id, attempts: 2, removeOnComplete: { age: 86_400 }, removeOnFail: { age: 86_400 } });
  return id;
}

/** Processors for workers.ts. */
export function reportProcessors(ctx: Context, queues: ReportQueues) {
  return [
    { queue: QUEUE.selfInspection, process: (job: Job) => runSnapshotJob(ctx, job as Job<SnapshotJob>) },
    { queue: QUEUE.reportExports, process: (job: Job) => runExportJob(ctx, job as Job<ExportJob>) },
    { queue: QUEUE.complaintDeadline, process: (job: Job) => processDeadline(ctx, queues.deadlines, job as Job<DeadlineJob>) },
  ];
}

/** Weekly and monthly self-inspection schedules of one office, in its time zone. */
function selfInspectionSchedules(ctx: Context, office: string) {
  const of = async (kind: 'week' | 'month') => {
    const { config } = await ctx.offices.get(office, true);
    const [id, pattern] = kind === 'week' ? [`weekly-${office}`, '0 6 * * 1'] : [`monthly-${office}`, '0 6 1 * *'];
    return { id, pattern, tz: config.timeZone, name: 'self-inspection', data: { office, kind } };
  };
  return { week: () => of('week'), month: () => of('month') };
}

/** Called where the workers start: an office whose configuration changes gets its schedules again. */
export function watchReportSchedules(ctx: Context, queues: ReportQueues, keeper: ScheduleKeeper): () => void {
  return ctx.offices.onChange((office) => {
    const s = selfInspectionSchedules(ctx, office);
    Promise.all([keeper.upsert(queues.snapshots, s.week), keeper.upsert(queues.snapshots, s.month)]).catch((err) =>
      ctx.log.warn({ err }, 'self-inspection schedule failed'),
    );
  });
}

/** At start: the schedules missing or changed, and the complaint deadline jobs still missing; returns the schedules written. */
export async function scheduleReportJobs(
  ctx: Context,
  queues: ReportQueues,
  keeper: ScheduleKeeper,
  offices: string[],
  stopped: () => boolean,
): Promise<number> {
  const ids = offices.flatMap((office) => [`week:${office}`, `month:${office}`]);
  const written = await keeper.keep(
    queues.snapshots,
    ids,
    (id) => {
      const [kind, office] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
      return selfInspectionSchedules(ctx, office)[kind as 'week' | 'month']();
    },
    stopped,
  );
  if (!stopped()) await scheduleOpenDeadlines(ctx, queues.deadlines, offices, stopped);
  return written;
}
