/** How each ranking column is written in the files: its cell format, shares in percent, dates dd/mm/yyyy. */
import type { RankingColumn } from '../../shared/schemas/ranking.js';
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

/** dd/mm/yyyy */
export const dmy = (date: string) => date.split('-').reverse().join('/');
