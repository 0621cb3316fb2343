/**
 * The Decision 766/QĐ-TTg rates over a range: the share of complaints handled on time, and the
 * share of feedback (ratings and complaints) neither dissatisfied nor overdue. Definitions in
 * docs/reports.md.
 */
import type { Rates766 } from '../../shared/schemas/report-figures.js';
import { isLate, type StoredComplaint } from './complaint-store.js';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function rates766(complaints: StoredComplaint[], ratings: number, dissatisfiedRatings: number, now: number): Rates766 {
  let onTime = 0;
  let late = 0;
  let pending = 0;
  for (const c of complaints) {
    if (isLate(c, now)) late++;
    else if (c.status === 'resolved') onTime++;
    else pending++;
  }
  const feedback = ratings + complaints.length;
  return {
    complaints: complaints.length,
    onTime,
    late,
    pending,
    onTimeRate: share(onTime, onTime + late),
    ratings,
    dissatisfiedRatings,
    feedbackOkRate: share(feedback - dissatisfiedRatings - late, feedback),
  };
}

export function complaintCounts(complaints: StoredComplaint[], now: number) {
  return {
    received: complaints.length,
    resolved: complaints.filter((c) => c.status === 'resolved').length,
    open: complaints.filter((c) => c.status !== 'resolved').length,
    overdue: complaints.filter((c) => c.status !== 'resolved' && now > c.dueAt).length,
  };
}
