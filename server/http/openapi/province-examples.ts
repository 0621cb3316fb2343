/** Example answers of the province routes: a ranking of two offices (each is checked against its schema by test/api). */
import { RANKING_COLUMN_KEYS, type RankingColumn } from '../../../shared/schemas/ranking.js';

type Figures = Record<RankingColumn, number | null> & { p90WaitOverflow: boolean; rates766: Record<string, number | null> };

/** An office's month: `issued` tickets, `wait` the mean wait in minutes, `happy` the satisfaction index. */
function figures(issued: number, wait: number, happy: number): Figures {
  const served = Math.round(issued * 0.94);
  const ratings = Math.round(served * 0.35);
  const complaints = Math.round(issued / 400);
  return {
    issued,
    served,
    meanWaitMinutes: wait,
    medianWaitMinutes: Math.round(wait * 0.8 * 10) / 10,
    p90WaitMinutes: Math.round(wait * 2.1 * 10) / 10,
    p90WaitOverflow: false,
    withinTargetShare: 0.86,
    serviceMinutes: 7.4,
    satisfactionIndex: happy,
    fourLevelSatisfiedShare: Math.round((happy - 0.04) * 100) / 100,
    satisfactionMean: 3.4,
    ratings,
    ratingsPer100: Math.round((ratings / served) * 1000) / 10,
    complaints,
    complaintsOnTimeShare: 1,
    feedbackOkShare: 0.97,
    dossiersReceived: Math.round(issued * 0.6),
    dossiersResolved: Math.round(issued * 0.55),
    dossiersEarly: Math.round(issued * 0.2),
    dossiersOnTime: Math.round(issued * 0.33),
    dossiersLate: Math.round(issued * 0.02),
    dossiersInProgress: Math.round(issued * 0.05),
    dossiersOnTimeShare: 0.96,
    rates766: { complaints, onTime: complaints, late: 0, pending: 0, onTimeRate: 1, ratings, dissatisfiedRatings: 4, feedbackOkRate: 0.97 },
  };
}

const columns = (f: (c: RankingColumn) => number | null) => Object.fromEntries(RANKING_COLUMN_KEYS.map((c) => [c, f(c)]));
const minus = (a: Figures, b: Figures) => columns((c) => (a[c] === null || b[c] === null ? null : Math.round((a[c]! - b[c]!) * 1000) / 1000));
const picked = (f: Figures) => columns((c) => f[c]);

/** an office of the example ranking, named "Trung tâm Phục vụ hành chính công <place>" in full */
const office = (id: string, place: string, rank: number, previousRank: number, now: Figures, before: Figures) => ({
  ...now,
  id,
  name: `Trung tâm Phục vụ hành chính công ${place}`,
  shortName: `UBND ${place}`,
  group: 'Huyện Đông Anh (cũ)',
  rank,
  previousRank,
  previous: before,
  change: minus(now, before),
});

const A = [figures(2310, 11.2, 0.93), figures(2150, 13.5, 0.9)] as const;
const B = [figures(1480, 16.8, 0.88), figures(1390, 15.1, 0.89)] as const;
const total = [figures(3790, 13.4, 0.91), figures(3540, 14.2, 0.9)] as const;
const median = [figures(1895, 14, 0.905), figures(1770, 14.3, 0.895)] as const;

export const rankingExample = {
  from: '2026-10-01',
  to: '2026-10-31',
  previousFrom: '2026-09-01',
  previousTo: '2026-09-30',
  group: 'Huyện Đông Anh (cũ)',
  sort: 'satisfactionIndex',
  generatedAt: 1795410000000,
  offices: [office('dong-anh-tt', 'thị trấn Đông Anh', 1, 1, ...A), office('xuan-non', 'xã Xuân Nộn', 2, 2, ...B)],
  total: { ...total[0], offices: 2, previous: total[1], change: minus(...total) },
  median: { ...picked(median[0]), previous: picked(median[1]), change: minus(...median) },
};

export const provinceReportMetaExample = { id: 'month-2026-10', month: '2026-10', from: '2026-10-01', to: '2026-10-31', generatedAt: 1793496600000 };

export const provinceReportExample = { ...rankingExample, ...provinceReportMetaExample, title: 'Báo cáo xếp hạng các đơn vị tháng 10/2026' };
