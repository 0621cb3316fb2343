/**
 * The province ranking and the monthly province reports in the API's answers (ranking.ts holds the
 * interfaces, with the meaning of each field; docs/reports.md, "Province ranking", how each is
 * computed). See ticket-responses.ts for how these relate.
 */
import { z } from 'zod';
import { RANKING_COLUMN_KEYS, type RankingColumn } from './ranking.js';
import { Rates766 } from './report-responses.js';
import { Instant } from './ticket-responses.js';

const Share = z.number().nullable().describe('0..1, null without data');
const Minutes = z.number().nullable().describe('minutes, null without data');
const Column = z.enum(RANKING_COLUMN_KEYS);

export const RankingFigures = z
  .object({
    issued: z.number(),
    served: z.number(),
    meanWaitMinutes: Minutes,
    medianWaitMinutes: Minutes,
    p90WaitMinutes: Minutes,
    p90WaitOverflow: z.boolean().describe('the 90th percentile fell in the open bucket: at least three hours'),
    withinTargetShare: Share,
    serviceMinutes: Minutes.describe('mean service time, minutes'),
    satisfactionIndex: Share.describe("satisfied and very satisfied in the official three-level view, as the office's reports count it"),
    fourLevelSatisfiedShare: Share.describe('the four-level kiosk view: levels 4 and 3 over all ratings'),
    satisfactionMean: z.number().nullable().describe('the four-level mean, 1..4'),
    ratings: z.number(),
    ratingsPer100: z.number().nullable().describe('ratings per 100 served'),
    complaints: z.number(),
    complaintsOnTimeShare: Share.describe('Decision 766: complaints handled by their deadline over those handled or overdue'),
    feedbackOkShare: Share.describe('Decision 766: feedback neither dissatisfied nor overdue'),
    dossiersReceived: z.number(),
    dossiersResolved: z.number(),
    dossiersEarly: z.number(),
    dossiersOnTime: z.number(),
    dossiersLate: z.number(),
    dossiersInProgress: z.number(),
    dossiersOnTimeShare: Share.describe('resolved by the deadline (early or on it) over resolved'),
    rates766: Rates766,
  })
  .meta({ id: 'RankingFigures', description: "One office's (or the province's) figures over one period" });

const columns = <S extends z.ZodType>(value: S) => Object.fromEntries(RANKING_COLUMN_KEYS.map((c) => [c, value])) as Record<RankingColumn, S>;

export const RankingChange = z
  .object(columns(z.number().nullable()))
  .meta({ id: 'RankingChange', description: "Each column's current value minus the previous period's; null where either is missing" });

export const RankingMedian = z
  .object(columns(z.number().nullable()))
  .meta({ id: 'RankingMedian', description: "Each column's median over the offices that have a value" });

export const RankingRow = RankingFigures.extend({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable().describe('the short name the ranking page shows (the files keep the full name `name`)'),
  group: z.string().nullable(),
  rank: z.number().nullable().describe('1 = best by the sorted column; ties share a rank; null without a value (listed last)'),
  previousRank: z.number().nullable().describe('the rank by the same column in the previous period'),
  previous: RankingFigures,
  change: RankingChange,
}).meta({ id: 'RankingRow', description: 'One office of the ranking' });

export const RankingTotal = RankingFigures.extend({
  offices: z.number().describe('offices in the ranking'),
  previous: RankingFigures,
  change: RankingChange,
}).meta({ id: 'RankingTotal', description: "The province: the offices' summed figures, computed as one office" });

export const RankingReport = z
  .object({
    from: z.string(),
    to: z.string(),
    previousFrom: z.string().describe('the previous period: as many whole months before a range of whole months, else as many days'),
    previousTo: z.string(),
    group: z.string().nullable(),
    sort: Column,
    generatedAt: Instant,
    offices: z.array(RankingRow).describe('best first by `sort`'),
    total: RankingTotal,
    median: RankingMedian.extend({ previous: RankingMedian, change: RankingChange }),
  })
  .meta({ id: 'RankingReport', description: 'Every office of the scope ranked over a range, with the previous period, the total and the median' });

const monthMeta = {
  id: z.string().describe('`month-YYYY-MM`'),
  month: z.string().describe('YYYY-MM'),
  from: z.string(),
  to: z.string(),
  generatedAt: Instant,
};

export const ProvinceReportMeta = z.object(monthMeta).meta({ id: 'ProvinceReportMeta', description: 'A monthly province report kept' });

export const ProvinceReport = RankingReport.extend({ ...monthMeta, title: z.string() }).meta({
  id: 'ProvinceReport',
  description: "A month's ranking, narrowed to the caller's scope",
});
