/**
 * Builds the figures of a report from summed rollups: counts, wait and service times (mean exact,
 * percentiles from the histograms), ratings, and the reconciliation issued = served + no-show +
 * expired + cancelled + closed at day end + still open (per service: + transferred in = … + transferred out).
 */
import { weekdayOf } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { BreakdownReport, DurationStats, Figures, HeatmapReport, ReportRow, SummaryReport, WaitStats } from '../../shared/schemas/report-figures.js';
import type { Grouping } from '../../shared/schemas/report-queries.js';
import { serviceLabel, type ServiceNames } from '../offices/service-names.js';
import { BUCKETS, percentile } from './histogram.js';
import { periodOf } from '../../shared/report-periods.js';
import { addMetrics, dimsWithPrefix, sumDim, type DayRollup, type Metrics, type OpenTicket } from './rollup-reader.js';
import { ratingFigures, type NeutralCountsAs } from './satisfaction.js';
import { rl } from '../../shared/i18n/report-label-messages.js';

export interface ReportData {
  office: string;
  config: OfficeConfig;
  from: string;
  to: string;
  /** day rollups, or whole months as one where `daily` is false */
  days: DayRollup[];
  daily: boolean;
  open: OpenTicket[];
  /** staff display names by username, for officer rows */
  names?: Map<string, string>;
  /** former names of services: rows are labelled by the name in force in the range */
  serviceNames?: ServiceNames;
  now: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function durationStats(m: Metrics, name: 'wait' | 'svc'): DurationStats {
  const count = m.get(`${name}Cnt`) ?? 0;
  const hist = new Array<number>(BUCKETS);
  for (let b = 0; b < BUCKETS; b++) hist[b] = m.get(`${name}H${b}`) ?? 0;
  const p50 = percentile(hist, 0.5);
  const p90 = percentile(hist, 0.9);
  const out: DurationStats = { count, mean: count ? (m.get(`${name}Sum`) ?? 0) / count : null, median: p50?.value ?? null, p90: p90?.value ?? null };
  if (p90?.overflow) out.p90Overflow = true;
  return out;
}

type ReconcileMode = 'all' | 'service' | null;

export function figures(m: Metrics, neutral: NeutralCountsAs, open: number | undefined, mode: ReconcileMode): Figures {
  const g = (k: string) => m.get(k) ?? 0;
  const waitBase = durationStats(m, 'wait');
  const wait: WaitStats = { ...waitBase, withinTarget: g('waitOk'), withinTargetShare: share(g('waitOk'), waitBase.count) };
  const f: Figures = {
    issued: g('issued'),
    priority: g('prio'),
    served: g('served'),
    noShow: g('noShow'),
    expired: g('expired'),
    cancelled: g('cancelled'),
    closedAtDayEnd: g('dayEnd'),
    transferOut: g('transferOut'),
    transferIn: g('transferIn'),
    calls: g('calls'),
    recalls: g('recalls'),
    wait,
    service: durationStats(m, 'svc'),
    ratings: ratingFigures(m, neutral),
    complaints: g('complaints'),
    bookings: {
      booked: g('booked'),
      cancelled: g('bookCancelled'),
      expired: g('bookExpired'),
      checkedIn: g('checkin'),
      checkedInLate: g('checkinLate'),
      slotCalled: g('slotCalled'),
      calledWithinSlot: g('slotOnTime'),
      calledWithinSlotShare: share(g('slotOnTime'), g('slotCalled')),
      remote: g('remote'),
      remoteServed: g('remoteServed'),
      remoteNoShow: g('remoteNoShow'),
    },
  };
  if (open !== undefined && mode) {
    f.open = open;
    const expected = f.issued + (mode === 'service' ? f.transferIn : 0);
    const accounted = f.served + f.noShow + f.expired + f.cancelled + f.closedAtDayEnd + open + (mode === 'service' ? f.transferOut : 0);
    f.reconciliation = { expected, accounted, balanced: expected === accounted, difference: expected - accounted };
  }
  return f;
}

function neutralOf(data: ReportData): NeutralCountsAs {
  return data.config.rating.neutralCountsAs;
}

export function totalFigures(data: ReportData): Figures {
  return figures(sumDim(data.days, 'all'), neutralOf(data), data.open.length, 'all');
}

export function summaryReport(data: ReportData): SummaryReport {
  const total = totalFigures(data);
  return {
    office: data.office,
    officeName: data.config.name,
    from: data.from,
    to: data.to,
    days: data.days.reduce((n, d) => n + d.days, 0),
    generatedAt: data.now,
    ...total,
    transferred: total.transferOut,
  };
}

const hourLabel = (h: string) => `${h}:00–${h}:59`;

/** A service row's label: the name it had at the end of the range, with its other names in the range. */
export function reportServiceLabel(data: ReportData, id: string): string {
  return serviceLabel(data.config, data.serviceNames ?? new Map(), id, data.from, data.to);
}

export function breakdownReport(data: ReportData, by: Grouping): BreakdownReport {
  const neutral = neutralOf(data);
  let rows: ReportRow[] = [];
  if (by === 'day' || by === 'week' || by === 'month' || by === 'quarter' || by === 'year' || by === 'weekday') {
    if (!data.daily && (by === 'day' || by === 'week' || by === 'weekday')) throw new Error(`a breakdown by ${by} needs daily rollups`);
    const groups = new Map<string, { label: string; m: Metrics; days: number; open: number }>();
    const keyOf = new Map<string, string>();
    for (const d of data.days) {
      const p = periodOf(d.date, by, undefined, data);
      keyOf.set(d.date, p.key);
      let g = groups.get(p.key);
      if (!g) groups.set(p.key, (g = { label: p.label, m: new Map(), days: 0, open: 0 }));
      addMetrics(g.m, d.dims.get('all'));
      g.days += d.days;
    }
    for (const t of data.open) {
      const g = groups.get(keyOf.get(t.date) ?? '');
      if (g) g.open++;
    }
    rows = [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, g]) => ({ key, label: g.label, days: g.days, ...figures(g.m, neutral, g.open, 'all') }));
  } else if (by === 'hour') {
    for (let h = 0; h < 24; h++) {
      const hh = String(h).padStart(2, '0');
      const m = sumDim(data.days, `hr:${hh}`);
      if (!m.size) continue;
      rows.push({ key: hh, label: hourLabel(hh), ...figures(m, neutral, data.open.filter((t) => t.hour === hh).length, 'all') });
    }
  } else if (by === 'service') {
    const ids = [...new Set([...data.config.services.map((s) => s.id), ...dimsWithPrefix(data.days, 'svc:').map((d) => d.slice(4))])];
    for (const id of ids) {
      const m = sumDim(data.days, `svc:${id}`);
      const open = data.open.filter((t) => t.serviceId === id).length;
      if (!m.size && !open && !data.config.services.some((s) => s.id === id)) continue;
      rows.push({ key: id, label: reportServiceLabel(data, id), ...figures(m, neutral, open, 'service') });
    }
  } else if (by === 'counter') {
    const ids = [...new Set([...data.config.counters.map((c) => c.id), ...dimsWithPrefix(data.days, 'ctr:').map((d) => d.slice(4))])];
    for (const id of ids) {
      const c = data.config.counters.find((x) => x.id === id);
      rows.push({ key: id, label: c ? c.name : rl('counterFallback', { id }, 'vi'), ...figures(sumDim(data.days, `ctr:${id}`), neutral, undefined, null) });
    }
  } else if (by === 'officer') {
    for (const dim of dimsWithPrefix(data.days, 'off:')) {
      const id = dim.slice(4);
      rows.push({ key: id, label: data.names?.get(id) ?? id, ...figures(sumDim(data.days, dim), neutral, undefined, null) });
    }
  }
  return { office: data.office, from: data.from, to: data.to, by, rows, total: totalFigures(data), generatedAt: data.now };
}

export function heatmapReport(data: ReportData): HeatmapReport {
  if (!data.daily) throw new Error('the heatmap needs daily rollups');
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const weekdayDays = new Array<number>(7).fill(0);
  let max = 0;
  for (const d of data.days) {
    const w = weekdayOf(d.date);
    weekdayDays[w]!++;
    for (let h = 0; h < 24; h++) {
      const n = d.dims.get(`hr:${String(h).padStart(2, '0')}`)?.get('issued') ?? 0;
      if (n) cells[w]![h]! += n;
    }
  }
  for (const row of cells) for (const v of row) max = Math.max(max, v);
  return { office: data.office, from: data.from, to: data.to, cells, weekdayDays, max };
}
