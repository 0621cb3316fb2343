/**
 * The ranking's figures of one office, of the province total and of the median office, from the
 * inputs read by ranking-reader.ts. Each figure is computed by the function the office's own
 * report uses (report-builder `figures`, `ratingFigures`, `dossierCounts`, `rates766FromTally`),
 * so a ranking and an office report over the same range agree. Definitions: docs/reports.md.
 */
import { RANKING_COLUMN_KEYS, type RankingChange, type RankingFigures, type RankingMedian } from '../../shared/schemas/ranking.js';
import type { RatingFigures } from '../../shared/schemas/report-figures.js';
import { rates766FromTally, type ComplaintTally } from '../complaints/complaint-stats.js';
import { dossierCounts } from '../dossiers/dossier-report.js';
import { figures } from '../reports/report-builder.js';
import { addMetrics, type Metrics } from '../reports/rollup-reader.js';
import { ratingFigures, sumRatingFigures } from '../reports/satisfaction.js';
import type { OfficeInput } from './ranking-reader.js';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const minutes = (seconds: number | null) => (seconds === null ? null : seconds / 60);
const metricsOf = (input: OfficeInput): Metrics => new Map(Object.entries(input.metrics));

function build(m: Metrics, ratings: RatingFigures, complaints: ComplaintTally): RankingFigures {
  // the ratings are passed in: a province total counts each office's "Bình thường" its own way
  const f = figures(m, 'satisfied', undefined, null);
  const d = dossierCounts(m);
  const r = rates766FromTally(complaints, ratings.count, ratings.official.dissatisfied);
  return {
    issued: f.issued,
    served: f.served,
    meanWaitMinutes: minutes(f.wait.mean),
    medianWaitMinutes: minutes(f.wait.median),
    p90WaitMinutes: minutes(f.wait.p90),
    p90WaitOverflow: f.wait.p90Overflow ?? false,
    withinTargetShare: f.wait.withinTargetShare,
    serviceMinutes: minutes(f.service.mean),
    satisfactionIndex: ratings.satisfactionIndex,
    fourLevelSatisfiedShare: share(ratings.distribution[4] + ratings.distribution[3], ratings.count),
    satisfactionMean: ratings.mean,
    ratings: ratings.count,
    ratingsPer100: f.issued ? (100 * ratings.count) / f.issued : null,
    complaints: f.complaints,
    complaintsOnTimeShare: r.onTimeRate,
    feedbackOkShare: r.feedbackOkRate,
    dossiersReceived: d.received,
    dossiersResolved: d.resolved,
    dossiersEarly: d.early,
    dossiersOnTime: d.onTime,
    dossiersLate: d.late,
    dossiersInProgress: d.inProgress,
    dossiersOnTimeShare: share(d.early + d.onTime, d.resolved),
    rates766: r,
  };
}

export function officeFigures(input: OfficeInput): RankingFigures {
  const m = metricsOf(input);
  return build(m, ratingFigures(m, input.neutral), input.complaints);
}

/** The province total: the offices' rollups and complaint tallies added, then computed as one office. */
export function totalFigures(inputs: OfficeInput[]): RankingFigures {
  const m: Metrics = new Map();
  const complaints: ComplaintTally = { complaints: 0, onTime: 0, late: 0, pending: 0 };
  const ratings: RatingFigures[] = [];
  for (const input of inputs) {
    const om = metricsOf(input);
    addMetrics(m, om);
    ratings.push(ratingFigures(om, input.neutral));
    complaints.complaints += input.complaints.complaints;
    complaints.onTime += input.complaints.onTime;
    complaints.late += input.complaints.late;
    complaints.pending += input.complaints.pending;
  }
  return build(m, sumRatingFigures(ratings), complaints);
}

/** Each column's median over the offices that have a value (the mean of the two middle values for an even count). */
export function medianFigures(rows: RankingFigures[]): RankingMedian {
  const out = {} as RankingMedian;
  for (const k of RANKING_COLUMN_KEYS) {
    const values = rows
      .map((r) => r[k])
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    const mid = values.length >> 1;
    out[k] = !values.length ? null : values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  }
  return out;
}

/** Whether a period holds anything at all: some count above zero. */
export const anythingRecorded = (f: RankingMedian | RankingFigures): boolean => RANKING_COLUMN_KEYS.some((k) => typeof f[k] === 'number' && f[k] !== 0);

/**
 * Current − previous, column by column. Against a period with nothing recorded (every count 0: the
 * office not on the system yet) there is no change to show, not a rise from zero.
 */
export function changeOf(current: RankingMedian | RankingFigures, previous: RankingMedian | RankingFigures): RankingChange {
  const recorded = anythingRecorded(previous);
  const out = {} as RankingChange;
  for (const k of RANKING_COLUMN_KEYS) {
    const [c, p] = [current[k], previous[k]];
    out[k] = recorded && typeof c === 'number' && typeof p === 'number' ? c - p : null;
  }
  return out;
}
