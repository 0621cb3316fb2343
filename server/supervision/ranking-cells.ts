/** How each ranking column is written in the files: its cell format, shares in percent, dates dd/mm/yyyy. */
import { RANKING_HEADERS, rankingText } from '../../shared/i18n/ranking-messages.js';
import type { Lang } from '../../shared/i18n/translate.js';
import type { RankingColumn, RankingReport } from '../../shared/schemas/ranking.js';
import type { CellFormat } from '../reports/export-tables.js';

export const RANKING_FORMATS: Record<RankingColumn, CellFormat> = {
  issued: 'int',
  served: 'int',
  meanWaitMinutes: 'minutes',
  medianWaitMinutes: 'minutes',
  p90WaitMinutes: 'minutes',
  withinTargetShare: 'percent',
  serviceMinutes: 'minutes',
  satisfactionIndex: 'percent',
  fourLevelSatisfiedShare: 'percent',
  satisfactionMean: 'number',
  ratings: 'int',
  ratingsPer100: 'number',
  complaints: 'int',
  complaintsOnTimeShare: 'percent',
  feedbackOkShare: 'percent',
  dossiersReceived: 'int',
  dossiersResolved: 'int',
  dossiersEarly: 'int',
  dossiersOnTime: 'int',
  dossiersLate: 'int',
  dossiersInProgress: 'int',
  dossiersOnTimeShare: 'percent',
};

/** A column's value as the files show it: shares in percent. */
export const shown = (column: RankingColumn, v: number | null): number | null => (v === null ? null : RANKING_FORMATS[column] === 'percent' ? v * 100 : v);

/** The decimals the files and the page show: whole counts, the mean rating (1–4) to hundredths, the rest to tenths. */
export const rankingDigits = (column: RankingColumn): number => (RANKING_FORMATS[column] === 'int' ? 0 : column === 'satisfactionMean' ? 2 : 1);

const rounded = (column: RankingColumn, v: number) => Math.round(v * 10 ** rankingDigits(column)) / 10 ** rankingDigits(column);

/** A figure as written in a file: shown, to its column's precision. */
export const written = (column: RankingColumn, v: number | null): number | null => {
  const s = shown(column, v);
  return s === null ? null : rounded(column, s);
};

/** A change as written: that of the two figures as written, so a reader's subtraction agrees with it; null where there is none. */
export const writtenChange = (column: RankingColumn, now: number | null, before: number | null, change: number | null): number | null => {
  const [a, b] = [written(column, now), written(column, before)];
  return change === null || a === null || b === null ? null : rounded(column, a - b) || 0;
};

/** dd/mm/yyyy */
export const dmy = (date: string) => date.split('-').reverse().join('/');
/** "Xếp hạng theo: Chờ TB (phút), tốt nhất trước" */
export const rankedByText = (r: Pick<RankingReport, 'sort'>, worstFirst: boolean, lang: Lang): string =>
  rankingText('sortedBy', { column: `${RANKING_HEADERS[r.sort][lang]}, ${rankingText(worstFirst ? 'worstFirst' : 'bestFirst', {}, lang)}` }, lang);
