/**
 * The province ranking (issue 13, item 3): every office of a supervisor's scope over a range, with
 * the previous period, the province total and the median office. Shared by the server, the pages
 * and the exports. How each figure is computed: docs/reports.md, "Province ranking".
 */
import { z } from 'zod';
import { IsoDate, OfficeGroup } from './common.js';
import type { Rates766 } from './report-figures.js';

/** Which way is better, for ranking: rank 1 is the best office. */
export type Better = 'higher' | 'lower';

/** The columns an office is ranked by, in the order tables show them, each with its better direction. */
export const RANKING_COLUMNS = {
  issued: 'higher',
  served: 'higher',
  meanWaitMinutes: 'lower',
  medianWaitMinutes: 'lower',
  p90WaitMinutes: 'lower',
  withinTargetShare: 'higher',
  serviceMinutes: 'lower',
  satisfactionIndex: 'higher',
  fourLevelSatisfiedShare: 'higher',
  satisfactionMean: 'higher',
  ratings: 'higher',
  ratingsPer100: 'higher',
  complaints: 'lower',
  complaintsOnTimeShare: 'higher',
  feedbackOkShare: 'higher',
  dossiersReceived: 'higher',
  dossiersResolved: 'higher',
  dossiersEarly: 'higher',
  dossiersOnTime: 'higher',
  dossiersLate: 'lower',
  dossiersInProgress: 'lower',
  dossiersOnTimeShare: 'higher',
} as const satisfies Record<string, Better>;
export type RankingColumn = keyof typeof RANKING_COLUMNS;
export const RANKING_COLUMN_KEYS = Object.keys(RANKING_COLUMNS) as RankingColumn[];

/** What a ranking is sorted by unless the query says otherwise. */
export const DEFAULT_RANKING_SORT: RankingColumn = 'satisfactionIndex';

/** One office's (or the province's) figures over one period. Shares are 0..1, times in minutes. */
export interface RankingFigures {
  issued: number;
  served: number;
  meanWaitMinutes: number | null;
  medianWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  /** the 90th percentile fell in the open bucket: at least three hours */
  p90WaitOverflow: boolean;
  withinTargetShare: number | null;
  /** mean service time */
  serviceMinutes: number | null;
  /** the office reports' satisfaction index: satisfied and very satisfied in the official three-level view (Circular 01/2018, "Bình thường" as the office counts it) */
  satisfactionIndex: number | null;
  /** the four-level kiosk view: levels 4 and 3 over all ratings ("Bình thường" not satisfied) */
  fourLevelSatisfiedShare: number | null;
  /** the four-level mean, 1..4 */
  satisfactionMean: number | null;
  ratings: number;
  ratingsPer100: number | null;
  complaints: number;
  /** Decision 766: complaints handled by their deadline over those handled or overdue */
  complaintsOnTimeShare: number | null;
  /** Decision 766: feedback neither dissatisfied nor overdue */
  feedbackOkShare: number | null;
  dossiersReceived: number;
  dossiersResolved: number;
  dossiersEarly: number;
  dossiersOnTime: number;
  dossiersLate: number;
  dossiersInProgress: number;
  /** resolved by the deadline (early or on it) over resolved */
  dossiersOnTimeShare: number | null;
  /** the Decision 766 satisfaction-group rates, as the office's satisfaction report gives them */
  rates766: Rates766;
}

/** A column's value in the current period minus the previous one (null where either is missing). */
export type RankingChange = Record<RankingColumn, number | null>;
/** The median office: each column's median over the offices that have a value. */
export type RankingMedian = Record<RankingColumn, number | null>;

export interface RankingRow extends RankingFigures {
  id: string;
  name: string;
  /** the office's short name, which the ranking page shows (the files keep the full name); null where it has none */
  shortName: string | null;
  group: string | null;
  /** 1 = best by the sorted column; ties share a rank; null without a value */
  rank: number | null;
  /** the rank by the same column in the previous period */
  previousRank: number | null;
  previous: RankingFigures;
  change: RankingChange;
}

export interface RankingTotal extends RankingFigures {
  /** offices in the ranking */
  offices: number;
  previous: RankingFigures;
  change: RankingChange;
}

export interface RankingReport {
  from: string;
  to: string;
  /** the period compared with: the one asked for, else as many whole months before a range of whole months, the same days of as many months before a range from the 1st, or as many days before */
  previousFrom: string;
  previousTo: string;
  group: string | null;
  sort: RankingColumn;
  generatedAt: number;
  offices: RankingRow[];
  total: RankingTotal;
  median: RankingMedian & { previous: RankingMedian; change: RankingChange };
}

const RankingSort = z.enum(RANKING_COLUMN_KEYS as [RankingColumn, ...RankingColumn[]]);
const THREE_YEARS_MS = 3 * 366 * 86_400_000;
const rangeChecks = <T extends z.ZodType<{ from: string; to: string; previousFrom?: string; previousTo?: string }>>(s: T) =>
  s
    .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
    .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= THREE_YEARS_MS, { message: 'at most three years', path: ['to'] })
    .refine((q) => (q.previousFrom === undefined) === (q.previousTo === undefined), {
      message: 'previousFrom and previousTo go together',
      path: ['previousTo'],
    })
    .refine((q) => !q.previousFrom || !q.previousTo || (q.previousFrom <= q.previousTo && q.previousTo < q.from), {
      message: 'the previous period must end before from',
      path: ['previousTo'],
    })
    .refine((q) => !q.previousFrom || !q.previousTo || Date.parse(q.previousTo) - Date.parse(q.previousFrom) <= THREE_YEARS_MS, {
      message: 'at most three years',
      path: ['previousTo'],
    });

/** The period to compare with (both or neither): this quarter so far with the same days of the quarter before, say. */
const comparison = {
  previousFrom: IsoDate.optional().describe('first day of the period to compare with (with previousTo; default: see previousFrom in the answer)'),
  previousTo: IsoDate.optional().describe('last day of the period to compare with, before from'),
};

export const RankingQuery = rangeChecks(
  z.strictObject({ from: IsoDate, to: IsoDate, ...comparison, group: OfficeGroup.optional(), sort: RankingSort.optional() }),
);
export type RankingQuery = z.infer<typeof RankingQuery>;

export const ExportLang = z.enum(['vi', 'en']);
/** a file's order: best first (the default), or worst first as the page can show it */
const RankingDir = z.enum(['best', 'worst']).describe('the offices best first (default) or worst first; files only');
export const RankingExportQuery = rangeChecks(
  z.strictObject({
    from: IsoDate,
    to: IsoDate,
    ...comparison,
    group: OfficeGroup.optional(),
    sort: RankingSort.optional(),
    format: z.enum(['csv', 'xlsx', 'pdf']),
    lang: ExportLang.default('vi'),
    dir: RankingDir.optional(),
  }),
);
export type RankingExportQuery = z.infer<typeof RankingExportQuery>;

/** The monthly province report (a BullMQ job on the 1st): its list entry. */
export interface ProvinceReportMeta {
  /** `month-YYYY-MM` */
  id: string;
  month: string;
  from: string;
  to: string;
  generatedAt: number;
}

export const ProvinceReportParams = z.strictObject({ id: z.string().regex(/^month-\d{4}-(0[1-9]|1[0-2])$/, 'report id like month-2026-10') });
export const ProvinceReportQuery = z.strictObject({
  group: OfficeGroup.optional(),
  sort: RankingSort.optional(),
  format: z.enum(['json', 'csv', 'xlsx', 'pdf']).default('json'),
  lang: ExportLang.default('vi'),
  dir: RankingDir.optional(),
});
export type ProvinceReportQuery = z.infer<typeof ProvinceReportQuery>;

/** `GET /supervision/reports/:id`: the month's ranking of the offices in the caller's scope. */
export interface ProvinceReport extends RankingReport, ProvinceReportMeta {
  title: string;
}
