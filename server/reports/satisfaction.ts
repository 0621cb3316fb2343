/**
 * Ratings as leadership reads them: the four-level kiosk distribution, the official three-level
 * view (Circular 01/2018/TT-VPCP) with "Bình thường" where the office counts it, a satisfaction
 * index, and the nine official criteria.
 */
import { OFFICIAL_CRITERIA } from '../../shared/schemas/feedback.js';
import type { CriterionResult, RatingFigures } from '../../shared/schemas/report-figures.js';
import type { Metrics } from './rollup-reader.js';

export type NeutralCountsAs = 'satisfied' | 'dissatisfied';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

type Distribution = RatingFigures['distribution'];

function fromCounts(d: Distribution, official: RatingFigures['official'], comments: number): RatingFigures {
  const count = d[1] + d[2] + d[3] + d[4];
  return {
    count,
    distribution: d,
    mean: count ? (d[1] + 2 * d[2] + 3 * d[3] + 4 * d[4]) / count : null,
    official,
    satisfactionIndex: share(official.verySatisfied + official.satisfied, count),
    comments,
  };
}

export function ratingFigures(m: Metrics, neutral: NeutralCountsAs): RatingFigures {
  const d = { 1: m.get('r1') ?? 0, 2: m.get('r2') ?? 0, 3: m.get('r3') ?? 0, 4: m.get('r4') ?? 0 };
  const official = {
    verySatisfied: d[4],
    satisfied: d[3] + (neutral === 'satisfied' ? d[2] : 0),
    dissatisfied: d[1] + (neutral === 'dissatisfied' ? d[2] : 0),
  };
  return fromCounts(d, official, m.get('comments') ?? 0);
}

/** The ratings of several offices together, each office's "Bình thường" counted as that office counts it. */
export function sumRatingFigures(list: RatingFigures[]): RatingFigures {
  const d: Distribution = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const official = { verySatisfied: 0, satisfied: 0, dissatisfied: 0 };
  let comments = 0;
  for (const r of list) {
    for (const level of [1, 2, 3, 4] as const) d[level] += r.distribution[level];
    official.verySatisfied += r.official.verySatisfied;
    official.satisfied += r.official.satisfied;
    official.dissatisfied += r.official.dissatisfied;
    comments += r.comments;
  }
  return fromCounts(d, official, comments);
}

export function criteriaResults(m: Metrics): CriterionResult[] {
  return OFFICIAL_CRITERIA.map((id) => {
    const levels: [number, number, number] = [m.get(`crit:${id}:0`) ?? 0, m.get(`crit:${id}:1`) ?? 0, m.get(`crit:${id}:2`) ?? 0];
    const count = levels[0] + levels[1] + levels[2];
    return {
      id,
      levels,
      count,
      satisfiedShare: share(levels[1] + levels[2], count),
      mean: count ? (levels[1] + 2 * levels[2]) / count : null,
      chips: m.get(`chip:${id}`) ?? 0,
    };
  });
}
