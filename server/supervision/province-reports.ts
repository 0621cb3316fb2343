/**
 * The monthly province report: every office of the deployment ranked over the previous month,
 * made by a BullMQ job on the 1st (province-report-job.ts) and kept. It stores each office's
 * inputs, not a finished table, so a reader gets the ranking, total and median of the offices in
 * its own scope, as the directory places them now: a group supervisor never sees another group's
 * offices in it, nor a total that counts them.
 */
import { rankingText } from '../../shared/i18n/ranking-messages.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { DEFAULT_RANKING_SORT, type ProvinceReport, type ProvinceReportMeta, type RankingColumn } from '../../shared/schemas/ranking.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { officeDirectory, type DirectoryEntry } from '../offices/office-directory.js';
import { keys } from '../redis/keys.js';
import { monthEnd } from '../../shared/report-periods.js';
import { previousPeriod, rankingFromInputs } from './ranking.js';
import { readRankingInputs, type OfficeInput } from './ranking-reader.js';
import { inScope } from './scope.js';

interface StoredProvinceReport extends ProvinceReportMeta {
  previousFrom: string;
  previousTo: string;
  /** each office as it was named then (shown only for an office gone from the directory since) */
  offices: { id: string; name: string; shortName?: string; group: string | null; current: OfficeInput; previous: OfficeInput }[];
}

/** A monthly report's id: `month-2026-10`. */
export const provinceReportId = (month: string) => `month-${month}`;

/** Ranks every office of the deployment over a month (YYYY-MM) and keeps it. */
export async function generateProvinceReport(ctx: Context, month: string): Promise<ProvinceReportMeta> {
  const from = `${month}-01`;
  const to = monthEnd(from);
  const previous = previousPeriod(from, to);
  const now = ctx.clock();
  const inputs = await readRankingInputs(ctx, await officeDirectory(ctx), [{ from, to }, previous], now);
  const meta: ProvinceReportMeta = { id: provinceReportId(month), month, from, to, generatedAt: now };
  const stored: StoredProvinceReport = {
    ...meta,
    previousFrom: previous.from,
    previousTo: previous.to,
    offices: inputs.map(({ office, periods }) => ({
      id: office.id,
      name: office.name,
      ...(office.shortName ? { shortName: office.shortName } : {}),
      group: office.group ?? null,
      current: periods[0]!,
      previous: periods[1]!,
    })),
  };
  await ctx.redis.hset(keys.provinceReports(), meta.id, JSON.stringify(stored), `meta:${meta.id}`, JSON.stringify(meta));
  return meta;
}

/** The reports kept, newest month first. */
export async function listProvinceReports(ctx: Context): Promise<ProvinceReportMeta[]> {
  const fields = (await ctx.redis.hkeys(keys.provinceReports())).filter((f) => f.startsWith('meta:'));
  if (!fields.length) return [];
  const raws = await ctx.redis.hmget(keys.provinceReports(), ...fields);
  return raws
    .filter((r): r is string => !!r)
    .map((r) => JSON.parse(r) as ProvinceReportMeta)
    .sort((a, b) => (a.month < b.month ? 1 : -1));
}

export const monthlyTitle = (month: string, lang: 'vi' | 'en') =>
  rankingText('monthlyTitle', { month: Number(month.slice(5, 7)), year: month.slice(0, 4) }, lang);

/** One report, narrowed to the caller's scope (and to one group of it, when asked). */
export async function provinceReport(ctx: Context, user: SessionUser, id: string, q: { group?: string; sort?: RankingColumn }): Promise<ProvinceReport> {
  const [raw, directory] = await Promise.all([ctx.redis.hget(keys.provinceReports(), id), officeDirectory(ctx)]);
  if (!raw) throw notFound('province report');
  const stored = JSON.parse(raw) as StoredProvinceReport;
  const now = new Map(directory.map((o) => [o.id, o]));
  const visible = stored.offices
    .map((o) => ({
      o,
      entry:
        now.get(o.id) ??
        ({ id: o.id, name: o.name, ...(o.shortName ? { shortName: o.shortName } : {}), ...(o.group ? { group: o.group } : {}) } satisfies DirectoryEntry),
    }))
    .filter(({ entry }) => inScope(user, entry) && (q.group === undefined || entry.group === q.group));
  const { offices: _offices, ...meta } = stored;
  const ranking = rankingFromInputs(
    {
      from: stored.from,
      to: stored.to,
      previousFrom: stored.previousFrom,
      previousTo: stored.previousTo,
      group: q.group ?? null,
      sort: q.sort ?? DEFAULT_RANKING_SORT,
      generatedAt: stored.generatedAt,
    },
    visible.map(({ o, entry }) => ({ office: entry, periods: [o.current, o.previous] })),
  );
  return { ...meta, ...ranking, title: monthlyTitle(stored.month, 'vi') };
}
