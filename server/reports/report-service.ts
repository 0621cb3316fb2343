/**
 * Entry points of the reports: each loads the rollups of its range once and builds its figures.
 */
import { datesBetween, officeClock, officeDate } from '../../shared/office-time.js';
import type { LiveAlert, LiveReport } from '../../shared/schemas/live-report.js';
import type { SelfInspectionReport } from '../../shared/schemas/report-exports.js';
import type { CommentItem, SatisfactionGroup, SatisfactionReport } from '../../shared/schemas/report-figures.js';
import type { Grouping } from '../../shared/schemas/report-queries.js';
import type { Rating } from '../../shared/schemas/feedback.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { complaintCounts, rates766 } from '../complaints/complaint-stats.js';
import { complaintsInDates, isOverdueOpen, openComplaints } from '../complaints/complaint-store.js';
import { dossiersOfTickets } from '../dossiers/dossier-links.js';
import { dossierReport } from '../dossiers/dossier-report.js';
import { serviceNameOn } from '../offices/service-names.js';
import { listDevices } from '../devices/device-store.js';
import { readCounters } from '../tickets/counter-state.js';
import { hallAlerts } from './hall-alerts.js';
import { breakdownReport, summaryReport, type ReportData } from './report-builder.js';
import { dimsWithPrefix, readOpenTickets, readRollups, sumDim, parseRollup, type RollupOptions } from './rollup-reader.js';
import { criteriaResults, ratingFigures } from './satisfaction.js';
import { inspectionPeriod } from '../../shared/report-periods.js';
import { rl } from '../../shared/i18n/report-label-messages.js';

/** Groupings that need each day on its own (the rest read whole months as one rollup). */
export const needsDaily = (by: Grouping | undefined) => by === 'day' || by === 'week' || by === 'weekday';

export async function loadReportData(ctx: Context, office: string, from: string, to: string, opts: RollupOptions = {}): Promise<ReportData> {
  const { config } = await ctx.offices.get(office);
  const [days, open, serviceNames] = await Promise.all([
    readRollups(ctx, office, from, to, opts),
    readOpenTickets(ctx, office, config, from, to),
    ctx.offices.serviceNames(office),
  ]);
  const officers = dimsWithPrefix(days, 'off:').map((d) => d.slice(4));
  const names = new Map<string, string>();
  if (officers.length) {
    const raws = await ctx.redis.hmget(keys.users(), ...officers);
    raws.forEach((r, i) => {
      if (r) names.set(officers[i]!, (JSON.parse(r) as { name: string }).name);
    });
  }
  return { office, config, from, to, days, daily: opts.daily ?? false, open, names, serviceNames, now: ctx.clock() };
}

export async function satisfactionReport(ctx: Context, data: ReportData, by?: 'service' | 'counter' | 'officer'): Promise<SatisfactionReport> {
  const neutral = data.config.rating.neutralCountsAs;
  const group = (key: string, label: string, dim: string): SatisfactionGroup => {
    const m = sumDim(data.days, dim);
    return { key, label, ratings: ratingFigures(m, neutral), criteria: criteriaResults(m) };
  };
  const total = group('all', rl('wholeOffice', {}, 'vi'), 'all');
  let groups: SatisfactionGroup[] = [];
  if (by) {
    groups = breakdownReport(data, by).rows.map((r) => group(r.key, r.label, `${by === 'service' ? 'svc' : by === 'counter' ? 'ctr' : 'off'}:${r.key}`));
  }
  const complaints = await complaintsInDates(ctx, data.office, data.config.timeZone, data.from, data.to);
  return {
    office: data.office,
    from: data.from,
    to: data.to,
    neutralCountsAs: neutral,
    total,
    groups,
    ...(by ? { by } : {}),
    rates766: rates766(complaints, total.ratings.count, total.ratings.official.dissatisfied, ctx.clock()),
  };
}

/** Comments with their ratings, newest first (reads the range's rating records, not rollups). */
export async function commentsReport(
  ctx: Context,
  office: string,
  from: string,
  to: string,
  limit: number,
  maxScore?: number,
): Promise<{ comments: CommentItem[]; total: number }> {
  const dates = datesBetween(from, to);
  const [{ config }, serviceNames] = await Promise.all([ctx.offices.get(office), ctx.offices.serviceNames(office)]);
  const pipe = ctx.redis.pipeline();
  for (const d of dates) pipe.hvals(keys.ratings(office, d));
  const res = (await pipe.exec()) ?? [];
  const items: CommentItem[] = [];
  dates.forEach((date, i) => {
    for (const raw of (res[i]?.[1] as string[]) ?? []) {
      const r = JSON.parse(raw) as Rating;
      if (!r.comment || (maxScore && r.score > maxScore)) continue;
      const named = serviceNameOn(config, serviceNames, r.serviceId, date);
      items.push({
        ticketId: r.ticketId,
        date,
        at: r.at,
        score: r.score,
        comment: r.comment,
        serviceId: r.serviceId,
        serviceName: named?.name ?? r.serviceId,
        ...(r.counterId ? { counterId: r.counterId } : {}),
        ...(r.officer ? { officer: r.officer } : {}),
      });
    }
  });
  items.sort((a, b) => b.at - a.at);
  const shown = items.slice(0, limit);
  // each rating traced to the dossiers its ticket served
  const codes = await dossiersOfTickets(
    ctx,
    office,
    shown.map((c) => c.ticketId),
  );
  return { comments: shown.map((c) => (codes.has(c.ticketId) ? { ...c, dossiers: codes.get(c.ticketId)! } : c)), total: items.length };
}

/** Today, live: queues, counters, today's figures and alerts. */
export async function liveReport(ctx: Context, office: string): Promise<LiveReport> {
  const { config } = await ctx.offices.get(office);
  const now = ctx.clock();
  const date = officeDate(now, config.timeZone);
  const pipe = ctx.redis.pipeline();
  for (const s of config.services) {
    pipe.zrange(keys.queue(office, date, s.id, true), '0', '-1', 'WITHSCORES');
    pipe.zrange(keys.queue(office, date, s.id, false), '0', '-1', 'WITHSCORES');
  }
  pipe.hgetall(keys.aggregates(office, date));
  const [res, counters, complaints, devices] = await Promise.all([
    pipe.exec(),
    readCounters(ctx, office, config),
    openComplaints(ctx, office),
    listDevices(ctx, office),
  ]);
  const rows = res ?? [];
  const agg = parseRollup(date, (rows[config.services.length * 2]?.[1] ?? {}) as Record<string, string>);
  const all = agg.dims.get('all') ?? new Map<string, number>();
  const alerts: LiveAlert[] = [];
  const services = config.services.map((s, i) => {
    const scores = [...((rows[2 * i]?.[1] as string[]) ?? []), ...((rows[2 * i + 1]?.[1] as string[]) ?? [])].filter((_, j) => j % 2 === 1).map(Number);
    const oldest = scores.length ? Math.min(...scores) : now;
    const longest = Math.max(0, Math.floor((now - oldest) / 1000));
    const target = s.targetWaitMinutes * 60;
    const overTarget = scores.filter((sc) => now - sc > target * 1000).length;
    if (overTarget)
      alerts.push({
        kind: 'long_wait',
        ref: s.id,
        seconds: longest,
        values: { service: s.name, waiting: overTarget, targetMinutes: s.targetWaitMinutes, longestMinutes: Math.floor(longest / 60) },
      });
    return {
      id: s.id,
      name: s.name,
      prefix: s.prefix,
      waiting: scores.length,
      longestWaitSeconds: longest,
      targetWaitMinutes: s.targetWaitMinutes,
      overTarget,
    };
  });
  const overdue = complaints.filter((c) => isOverdueOpen(c, now));
  for (const c of overdue) alerts.push({ kind: 'complaint_overdue', ref: c.id, values: {} });
  alerts.push(...hallAlerts(counters, devices, now));
  const g = (k: string) => all.get(k) ?? 0;
  const ratings = ratingFigures(all, config.rating.neutralCountsAs);
  return {
    office,
    officeName: config.name,
    date,
    now,
    services,
    counters: counters.map(({ view, ticket }) => ({
      id: view.id,
      number: view.number,
      name: view.name,
      status: view.status,
      ...(view.officer ? { officer: view.officer } : {}),
      ...(view.officerName ? { officerName: view.officerName } : {}),
      ...(ticket && view.ticket
        ? {
            ticket: {
              number: ticket.number,
              status: ticket.status,
              serviceId: ticket.serviceId,
              sinceSeconds: Math.max(0, Math.floor((now - (ticket.calledAt ?? now)) / 1000)),
            },
          }
        : {}),
      served: agg.dims.get(`ctr:${view.id}`)?.get('served') ?? 0,
    })),
    waiting: services.reduce((a, s) => a + s.waiting, 0),
    longestWaitSeconds: Math.max(0, ...services.map((s) => s.longestWaitSeconds)),
    issued: g('issued'),
    served: g('served'),
    noShow: g('noShow'),
    averageWaitSeconds: g('waitCnt') ? g('waitSum') / g('waitCnt') : null,
    withinTargetShare: g('waitCnt') ? g('waitOk') / g('waitCnt') : null,
    ratings: ratings.count,
    satisfactionIndex: ratings.satisfactionIndex,
    openComplaints: complaints.length,
    overdueComplaints: overdue.length,
    alerts,
  };
}

/** A weekly or monthly self-inspection report (báo cáo tự kiểm tra): everything leadership reviews. */
export async function selfInspectionReport(ctx: Context, office: string, kind: 'week' | 'month', date: string): Promise<SelfInspectionReport> {
  const period = inspectionPeriod(kind, date);
  const data = await loadReportData(ctx, office, period.from, period.to, { daily: true });
  const complaints = await complaintsInDates(ctx, office, data.config.timeZone, period.from, period.to);
  const by = (g: Grouping) => breakdownReport(data, g);
  return {
    ...period,
    kind,
    office,
    officeName: data.config.name,
    generatedAt: ctx.clock(),
    summary: summaryReport(data),
    byDay: by('day'),
    byService: by('service'),
    byCounter: by('counter'),
    byOfficer: by('officer'),
    satisfaction: await satisfactionReport(ctx, data, 'service'),
    dossiers: dossierReport(data),
    complaints: complaintCounts(complaints, ctx.clock()),
  };
}

/** The period a scheduler run at `now` reports on: the previous week or month. */
export function previousPeriodDate(kind: 'week' | 'month', now: number, timeZone: string): string {
  const today = officeClock(now, timeZone).date;
  const d = new Date(`${today}T00:00:00Z`);
  if (kind === 'week') d.setUTCDate(d.getUTCDate() - 7);
  else d.setUTCDate(0); // last day of the previous month
  return d.toISOString().slice(0, 10);
}
