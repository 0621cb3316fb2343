/**
 * The ranking table's columns: which of the API's columns the page shows, under which group
 * heading, and how each value and its change are written (Vietnamese numbers: 1.234; 12,5;
 * 85,3%, shares to the tenth of a percent as the offices report them). Whether a change is better
 * or worse follows the column's direction in the API (RANKING_COLUMNS), so the colours agree with
 * the ranks.
 */
import { rt, type ProvinceRankingKey } from '../../shared/i18n/province-ranking-messages.js';
import { formatNumber } from '../../shared/i18n/translate.js';
import { RANKING_COLUMNS, type RankingColumn } from '../../shared/schemas/ranking.js';

export type ValueKind = 'int' | 'minutes' | 'percent' | 'number';

export interface ColumnView {
  key: RankingColumn;
  label: ProvinceRankingKey;
  kind: ValueKind;
}

export interface ColumnGroup {
  label: ProvinceRankingKey;
  columns: ColumnView[];
}

const col = (key: RankingColumn, label: ProvinceRankingKey, kind: ValueKind): ColumnView => ({ key, label, kind });

export const COLUMN_GROUPS: ColumnGroup[] = [
  { label: 'grpTickets', columns: [col('issued', 'shortIssued', 'int'), col('served', 'shortServed', 'int')] },
  {
    label: 'grpTimes',
    columns: [
      col('meanWaitMinutes', 'shortMeanWait', 'minutes'),
      col('medianWaitMinutes', 'shortMedianWait', 'minutes'),
      col('p90WaitMinutes', 'shortP90Wait', 'minutes'),
      col('withinTargetShare', 'shortWithinTarget', 'percent'),
      col('serviceMinutes', 'shortService', 'minutes'),
    ],
  },
  {
    label: 'grpSatisfaction',
    columns: [
      col('satisfactionIndex', 'shortIndex', 'percent'),
      col('fourLevelSatisfiedShare', 'shortFourLevel', 'percent'),
      col('ratingsPer100', 'shortPer100', 'number'),
    ],
  },
  {
    label: 'grpComplaints',
    columns: [
      col('complaints', 'shortComplaints', 'int'),
      col('complaintsOnTimeShare', 'shortComplaintsOnTime', 'percent'),
      col('feedbackOkShare', 'shortFeedbackOk', 'percent'),
    ],
  },
  {
    label: 'grpDossiers',
    columns: [
      col('dossiersEarly', 'shortEarly', 'int'),
      col('dossiersOnTime', 'shortOnTime', 'int'),
      col('dossiersLate', 'shortLate', 'int'),
      col('dossiersOnTimeShare', 'shortOnTimeShare', 'percent'),
    ],
  },
];

export const SHOWN_COLUMNS: ColumnView[] = COLUMN_GROUPS.flatMap((g) => g.columns);

const DIGITS: Record<ValueKind, number> = { int: 0, minutes: 1, percent: 1, number: 1 };
/** shares are 0..1 in the API and percent on the page */
const scaled = (kind: ValueKind, v: number) => (kind === 'percent' ? v * 100 : v);

/** A value as the table writes it: "–" without data, "180+" for a P90 wait in the open bucket. */
export function formatValue(kind: ValueKind, v: number | null, overflow = false): string {
  if (v === null) return '–';
  const text = formatNumber(scaled(kind, v), DIGITS[kind]);
  return kind === 'percent' ? `${text}%` : overflow ? `${text}+` : text;
}

export type Verdict = 'better' | 'worse' | 'same';

export interface ChangeView {
  /** ▲ up, ▼ down, = unchanged at the shown precision */
  arrow: '▲' | '▼' | '=';
  /** the size of the change at the shown precision, without a sign ("3,1") */
  size: string;
  /** with its sign, for the tooltip ("+3,1") */
  signed: string;
  verdict: Verdict;
}

/**
 * A column's change against the previous period, judged by the column's better direction; null
 * without both figures. It is the difference of the two figures as shown, so it always agrees with
 * them (10,3 against 10,1 is +0,2, though the exact figures differ by 0,12), and a change too small
 * to see is "unchanged", never a green 0,0.
 */
export function changeOf(key: RankingColumn, kind: ValueKind, now: number | null, before: number | null): ChangeView | null {
  if (now === null || before === null) return null;
  const digits = DIGITS[kind];
  const asShown = (v: number) => Math.round(scaled(kind, v) * 10 ** digits);
  const shown = (asShown(now) - asShown(before)) / 10 ** digits;
  if (shown === 0) return { arrow: '=', size: formatNumber(0, digits), signed: formatNumber(0, digits), verdict: 'same' };
  const up = shown > 0;
  const size = formatNumber(Math.abs(shown), digits);
  const better = up === (RANKING_COLUMNS[key] === 'higher');
  return { arrow: up ? '▲' : '▼', size, signed: `${up ? '+' : '−'}${size}`, verdict: better ? 'better' : 'worse' };
}

/** A rank's hint: the previous rank, or that the office had none then; or that it has none now. */
export function rankHint(rank: number | null, previousRank: number | null): string {
  if (rank === null) return rt('notRanked');
  return previousRank === null ? rt('notRankedBefore') : rt('previousRank', { n: previousRank });
}

/** aria-sort of the sorted column: the API puts the best first, which is the largest value where higher is better. */
export function ariaSort(key: RankingColumn, bestFirst: boolean): 'ascending' | 'descending' {
  const descending = (RANKING_COLUMNS[key] === 'higher') === bestFirst;
  return descending ? 'descending' : 'ascending';
}
