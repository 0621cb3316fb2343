/**
 * What the province ranking is computed from, read for many offices at once: each office's `all`
 * figures over each period, summed from the day and month rollups its own reports read (whole
 * months as one hash: server/reports/rollup-reader.ts), and its complaints. One script call per
 * office sums the fields the ranking needs inside Redis (sumRollups.lua): a year and its previous
 * year are 24 month hashes of about a hundred fields each, which would otherwise all cross to the
 * server to be added there. The calls of all offices go out together (ioredis pipelines them; on a
 * Cluster it groups them by node).
 */
import { addDays, officeInstant } from '../../shared/office-time.js';
import { tallyComplaints, type ComplaintTally } from '../complaints/complaint-stats.js';
import { complaintsBetween } from '../complaints/complaint-store.js';
import type { Context } from '../context.js';
import type { DirectoryEntry } from '../offices/office-directory.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import { BUCKETS } from '../reports/histogram.js';
import { rollupSpans } from '../reports/rollup-reader.js';
import type { NeutralCountsAs } from '../reports/satisfaction.js';

/** The rollup metrics the ranking's figures read (report-builder `figures`, `ratingFigures`, `dossierCounts`). */
export const RANKING_METRICS = [
  'issued',
  'served',
  'waitCnt',
  'waitSum',
  'waitOk',
  'svcCnt',
  'svcSum',
  'r1',
  'r2',
  'r3',
  'r4',
  'comments',
  'complaints',
  'dosIn',
  'dosDone',
  'dosEarly',
  'dosOnTime',
  'dosLate',
  ...Array.from({ length: BUCKETS }, (_, b) => `waitH${b}`),
];
const FIELDS = RANKING_METRICS.map((m) => `${m}|all`);

export interface Period {
  from: string;
  to: string;
}

/** One office's inputs over one period: plain data, so a stored report can keep it and rank it again for any scope. */
export interface OfficeInput {
  /** the summed `all` metrics that are not zero */
  metrics: Record<string, number>;
  /** how the office counts "Bình thường" in the official view */
  neutral: NeutralCountsAs;
  /** the complaints filed in the period, against their deadlines when read */
  complaints: ComplaintTally;
}

export interface OfficeInputs {
  office: DirectoryEntry;
  /** one per period asked, in the same order */
  periods: OfficeInput[];
}

async function readOffice(ctx: Context, office: DirectoryEntry, periods: Period[], now: number): Promise<OfficeInputs> {
  const { config } = await ctx.offices.get(office.id);
  const spans = periods.map((p) => rollupSpans(office.id, p.from, p.to, false));
  const at = (date: string) => officeInstant(date, 0, config.timeZone);
  const first = periods.reduce((a, p) => (p.from < a ? p.from : a), periods[0]!.from);
  const last = periods.reduce((a, p) => (p.to > a ? p.to : a), periods[0]!.to);
  const [summed, complaints] = await Promise.all([
    scripts.sumRollups(ctx.redis, { rollups: spans.flat().map((s) => s.key) }, { fields: FIELDS, spans: spans.map((s) => s.length) }),
    // the complaints of every period in one read, each then put in its period as complaintsInDates would
    complaintsBetween(ctx, office.id, at(first), at(addDays(last, 1))),
  ]);
  // a rollup holding something that is not a count
  if (isFailure(summed)) throw new Error(`rollups of ${office.id} not summed: ${summed.message}`);
  return {
    office,
    periods: periods.map((p, k) => {
      const metrics: Record<string, number> = {};
      summed.sums[k]!.forEach((v, f) => {
        if (v) metrics[RANKING_METRICS[f]!] = v;
      });
      const [start, end] = [at(p.from), at(addDays(p.to, 1))];
      const filed = complaints.filter((c) => c.createdAt >= start && c.createdAt < end);
      return { metrics, neutral: config.rating.neutralCountsAs, complaints: tallyComplaints(filed, now) };
    }),
  };
}

/** Every office's inputs over each period, in the offices' order. */
export async function readRankingInputs(ctx: Context, offices: DirectoryEntry[], periods: Period[], now: number): Promise<OfficeInputs[]> {
  if (!periods.length) return [];
  return Promise.all(offices.map((office) => readOffice(ctx, office, periods, now)));
}
