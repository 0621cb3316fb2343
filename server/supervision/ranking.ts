/**
 * The province ranking (issue 13, item 3): every office of a scope over a range and over the
 * period before it, ranked by one column (rank 1 = best, in the column's better direction), with
 * the province total and the median office. A year of 500 offices reads about 13 hashes per office
 * and period (whole months as one), in pipelines of many offices.
 */
import { addDays, datesBetween, monthsBefore } from '../../shared/office-time.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import {
  DEFAULT_RANKING_SORT,
  RANKING_COLUMN_KEYS,
  RANKING_COLUMNS,
  type RankingColumn,
  type RankingFigures,
  type RankingQuery,
  type RankingReport,
  type RankingRow,
} from '../../shared/schemas/ranking.js';
import type { Context } from '../context.js';
import type { DirectoryEntry } from '../offices/office-directory.js';
import { monthStart } from '../../shared/report-periods.js';
import { wallOffices } from './live-wall.js';
import { anythingRecorded, changeOf, medianFigures, officeFigures, totalFigures } from './ranking-figures.js';
import { readRankingInputs, type OfficeInputs, type Period } from './ranking-reader.js';
import { byPlaceName } from '../../shared/office-name-order.js';

/**
 * The period a range is compared with, unless the caller names one: as many whole months before a
 * range of whole months (October before November); from a month's 1st to a day within a month
 * (this month so far), the same days of as many months before (1–20 November: 1–20 October);
 * otherwise as many days just before.
 */
export function previousPeriod(from: string, to: string): Period {
  if (from === monthStart(from)) {
    const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
    return monthsBefore({ from, to }, months);
  }
  return { from: addDays(from, -datesBetween(from, to).length), to: addDays(from, -1) };
}

/** Ranks by one column: best first, ties share a rank (1, 2, 2, 4), offices without a value last and unranked. */
function rankBy(figures: RankingFigures[], column: RankingColumn, names: string[]): { order: number[]; ranks: (number | null)[] } {
  const sign = RANKING_COLUMNS[column] === 'higher' ? -1 : 1;
  const order = figures
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [figures[a]![column], figures[b]![column]];
      if (x === null || y === null) return x === y ? byPlaceName(names[a]!, names[b]!) : x === null ? 1 : -1;
      return x === y ? byPlaceName(names[a]!, names[b]!) : sign * (x - y);
    });
  const ranks = new Array<number | null>(figures.length).fill(null);
  order.forEach((i, pos) => {
    const v = figures[i]![column];
    if (v === null) return;
    const before = pos > 0 ? order[pos - 1]! : -1;
    ranks[i] = before >= 0 && figures[before]![column] === v ? ranks[before]! : pos + 1;
  });
  return { order, ranks };
}

export interface RankingMeta {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  group: string | null;
  sort: RankingColumn;
  generatedAt: number;
}

const nothingRecorded = (f: RankingFigures): RankingFigures => ({ ...f, ...Object.fromEntries(RANKING_COLUMN_KEYS.map((k) => [k, null])) });

/** The ranking of offices whose inputs are read (two periods each: the range, then the previous period). */
export function rankingFromInputs(meta: RankingMeta, inputs: OfficeInputs[]): RankingReport {
  const current = inputs.map((x) => officeFigures(x.periods[0]!));
  const previous = inputs.map((x) => officeFigures(x.periods[1]!));
  const names = inputs.map((x) => x.office.name);
  const now = rankBy(current, meta.sort, names);
  // an office with nothing recorded then had no rank then
  const before = rankBy(
    previous.map((f) => (anythingRecorded(f) ? f : nothingRecorded(f))),
    meta.sort,
    names,
  );
  const offices: RankingRow[] = now.order.map((i) => ({
    id: inputs[i]!.office.id,
    name: inputs[i]!.office.name,
    shortName: inputs[i]!.office.shortName ?? null,
    group: inputs[i]!.office.group ?? null,
    rank: now.ranks[i]!,
    previousRank: before.ranks[i]!,
    ...current[i]!,
    previous: previous[i]!,
    change: changeOf(current[i]!, previous[i]!),
  }));
  const total = totalFigures(inputs.map((x) => x.periods[0]!));
  const totalBefore = totalFigures(inputs.map((x) => x.periods[1]!));
  const median = medianFigures(current);
  const medianBefore = medianFigures(previous);
  return {
    ...meta,
    offices,
    total: { offices: inputs.length, ...total, previous: totalBefore, change: changeOf(total, totalBefore) },
    median: { ...median, previous: medianBefore, change: changeOf(median, medianBefore) },
  };
}

/** Ranks the given offices over from..to (the benchmark calls this directly). */
export async function rankOffices(
  ctx: Context,
  offices: DirectoryEntry[],
  from: string,
  to: string,
  opts: { sort?: RankingColumn; group?: string; previous?: Period } = {},
): Promise<RankingReport> {
  const now = ctx.clock();
  const previous = opts.previous ?? previousPeriod(from, to);
  const inputs = await readRankingInputs(ctx, offices, [{ from, to }, previous], now);
  return rankingFromInputs(
    { from, to, previousFrom: previous.from, previousTo: previous.to, group: opts.group ?? null, sort: opts.sort ?? DEFAULT_RANKING_SORT, generatedAt: now },
    inputs,
  );
}

/** `GET /supervision/ranking`: the offices of the caller's scope (of one group of it, when asked). */
export async function provinceRanking(ctx: Context, user: SessionUser, q: RankingQuery): Promise<RankingReport> {
  return rankOffices(ctx, await wallOffices(ctx, user, q.group), q.from, q.to, {
    ...(q.sort ? { sort: q.sort } : {}),
    ...(q.group ? { group: q.group } : {}),
    ...(q.previousFrom && q.previousTo ? { previous: { from: q.previousFrom, to: q.previousTo } } : {}),
  });
}
