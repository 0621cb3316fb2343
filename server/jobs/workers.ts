/**
 * The background workers and their schedules. They run inside the server process by default or
 * alone (`npm run worker`). A worker that stops taking jobs after a Redis outage is recreated.
 */
import { Worker, type Job, type Queue } from 'bullmq';
import type { Context } from '../context.js';
import { createRedis, type RedisTarget } from '../redis/connect.js';
import { JOB_PREFIX } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';
import { closeMissedDays, closeOfficeDays } from './day-close.js';
import { createQueue, QUEUE, type DayCloseJob } from './queues.js';
import { ScheduleKeeper } from './schedules.js';
import { watchWorkers, type WatchdogOptions } from './worker-watchdog.js';
import type { RetentionOptions } from '../retention/archive-office.js';
import { retentionProcessor, retentionQueue, scheduleRetention } from '../retention/retention-job.js';
import { registerReactions } from '../reactions.js';
import { closeReportQueues, reportProcessors, reportQueues, scheduleReportJobs, watchReportSchedules } from '../reports/report-jobs.js';
import { notificationProcessor, type NotificationOptions } from '../notifications/notification-jobs.js';
import { scheduleWebhookSweep, webhookProcessor } from '../webhooks/delivery-jobs.js';
import { catchUpProvinceReport, provinceReportProcessor, provinceReportQueue, scheduleProvinceReports } from '../supervision/province-report-job.js';

export interface JobProcessor {
  queue: string;
  /** `token`: the job's lock, for a processor that moves its job back to wait (DelayedError) */
  process: (job: Job, token?: string) => Promise<unknown>;
  /** jobs at once per worker (default 2) */
  concurrency?: number;
}

export interface Workers {
  queues: { dayClose: Queue<DayCloseJob> };
  /** Re-register the schedule of one office (after its closing time changed). */
  scheduleOffice(office: string): Promise<void>;
  /**
   * The per-office start-up work: schedules registered where missing or changed, the start-up day
   * close (days no run closed while the server was down), the complaint deadline jobs still missing.
   * Settled before startWorkers returns unless `officeWork: 'background'`; says how many schedulers
   * it had to write.
   */
  officeWork: Promise<{ schedulers: number }>;
  close(): Promise<void>;
  /** the running workers (a recreated worker replaces its entry) */
  workers: readonly Worker[];
}

const withTimeout = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<void>((r) => setTimeout(r, ms))]);

export interface WorkerOptions {
  /** run the processors here (false: only register schedules, for web processes with WORKERS=none) */
  run: boolean;
  /** offices to schedule; default every office in Redis */
  offices?: string[];
  /** how the watchdog recreates workers stuck after a Redis outage */
  watchdog?: WatchdogOptions;
  /** archive raw data older than the retention period (daily job); off when absent */
  retention?: RetentionOptions;
  /** how notifications leave (webhook, Web Push); without it they only reach the log */
  notifications?: NotificationOptions;
  /**
   * 'background': return before the per-office start-up work is done (the server listens meanwhile,
   * so its start does not grow with the office count); default 'before'
   */
  officeWork?: 'before' | 'background';
}

export async function startWorkers(ctx: Context, target: RedisTarget, opts: WorkerOptions): Promise<Workers> {
  const connection = createRedis(target, true);
  connection.on('error', (err) => ctx.log.warn({ err: err.message }, 'job queue connection error'));
  const prefix = ctx.jobPrefix ?? JOB_PREFIX;
  const dayClose = createQueue<DayCloseJob>(QUEUE.dayClose, connection, prefix);
  const reports = reportQueues(connection, prefix);
  const workers: Worker[] = [];
  const workerConnections: RedisClient[] = [];

  const processors: JobProcessor[] = [
    {
      queue: QUEUE.dayClose,
      process: async (job: Job<DayCloseJob>) => ('offices' in job.data ? closeMissedDays(ctx, job.data.offices) : closeOfficeDays(ctx, job.data.office)),
    },
    ...reportProcessors(ctx, reports),
    notificationProcessor(ctx, opts.notifications),
    webhookProcessor(ctx, opts.offices),
    provinceReportProcessor(ctx),
  ];
  const province = provinceReportQueue(connection, prefix);
  const retention = opts.retention ? retentionQueue(connection, prefix) : undefined;
  if (opts.retention) processors.push(retentionProcessor(ctx, opts.retention));

  const makeWorker = (p: JobProcessor): Worker => {
    const conn = createRedis(target, true);
    conn.on('error', () => {}); // reported by the worker's 'error' event; the watchdog handles a connection that stays down
    workerConnections.push(conn);
    const w = new Worker(p.queue, p.process, { connection: conn, prefix, concurrency: p.concurrency ?? 2 });
    w.on('failed', (job, err) => {
      ctx.metrics.jobFailures.inc({ queue: p.queue });
      ctx.log.warn({ queue: p.queue, job: job?.id, err: err.message }, 'job failed');
    });
    w.on('error', (err) => ctx.log.warn({ queue: p.queue, err: err.message }, 'worker error'));
    return w;
  };

  if (opts.run) for (const p of processors) workers.push(makeWorker(p));
  const stopWatchdog = opts.run ? watchWorkers(ctx, workers, (i) => makeWorker(processors[i]!), opts.watchdog) : () => {};

  const keeper = new ScheduleKeeper();
  const dayCloseSchedule = async (office: string) => {
    const { config } = await ctx.offices.get(office, true);
    // 24:00 is the next day's midnight: the run then closes the day that just ended
    const [h, m] = config.closingTime === '24:00' ? ['0', '0'] : config.closingTime.split(':');
    return { id: `close-${office}`, pattern: `${Number(m)} ${Number(h)} * * *`, tz: config.timeZone, name: 'close-day', data: { office } };
  };
  const scheduleOffice = (office: string) => keeper.upsert(dayClose, () => dayCloseSchedule(office));

  const offReports = watchReportSchedules(ctx, reports, keeper);
  const offReactions = registerReactions(ctx, { deadlines: reports.deadlines });
  if (retention) await scheduleRetention(retention);
  await scheduleWebhookSweep(ctx);
  await scheduleProvinceReports(province);
  const offChange = ctx.offices.onChange((office) => void scheduleOffice(office).catch((err) => ctx.log.warn({ err }, 'reschedule failed')));

  let stopping = false;
  const stopped = () => stopping;
  const officeWork = (async () => {
    const offices = opts.offices ?? (await ctx.offices.list());
    // days left open by a server that was down at closing time: one job for all the offices
    if (offices.length) await dayClose.add('close-missed-days', { offices }, { jobId: `startup-close-${Date.now()}` });
    const closing = await keeper.keep(dayClose, offices, dayCloseSchedule, stopped);
    const reporting = stopping ? 0 : await scheduleReportJobs(ctx, reports, keeper, offices, stopped);
    // and the province's monthly report, if the 1st's run was missed (its failure leaves the schedules above in place)
    if (!stopping) await catchUpProvinceReport(ctx, province).catch((err) => ctx.log.warn({ err }, 'province report catch-up failed'));
    return { schedulers: closing + reporting };
  })();
  if (opts.officeWork !== 'background') await officeWork;
  else officeWork.catch((err) => ctx.log.error({ err }, 'office start-up work failed'));

  return {
    queues: { dayClose },
    scheduleOffice,
    officeWork,
    workers,
    async close() {
      stopping = true;
      await withTimeout(
        officeWork.catch(() => {}),
        5000,
      );
      stopWatchdog();
      offChange();
      offReports();
      offReactions();
      await withTimeout(Promise.all(workers.map((w) => w.close())), 5000);
      await withTimeout(dayClose.close(), 2000);
      await withTimeout(closeReportQueues(connection), 2000);
      if (retention) await withTimeout(retention.close(), 2000);
      await withTimeout(province.close(), 2000);
      for (const c of [...workerConnections, connection]) c.disconnect();
    },
  };
}
