/**
 * The Decision 766/QĐ-TTg rates over a range: the share of complaints handled on time, and the
 * share of feedback (ratings and complaints) neither dissatisfied nor overdue. Definitions in
 * docs/reports.md.
 */
import type { Rates766 } from '../../shared/schemas/report-figures.js';
import { isLate, type StoredComplaint } from './complaint-store.js';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Complaints by how they stand against their deadlines at `now`. */
export interface ComplaintTally {
  complaints: number;
  onTime: number;
  late: number;
  pending: number;
}

export function tallyComplaints(complaints: StoredComplaint[], now: number): ComplaintTally {
  let onTime = 0;
  let late = 0;
  let pending = 0;
  for (const c of complaints) {
    if (isLate(c, now)) late++;
    else if (c.status === 'resolved') onTime++;
    else pending++;
  }
  return { complaints: complaints.length, onTime, late, pending };
}

/** The rates from a tally (the province ranking adds the tallies of its offices). */
export function rates766FromTally(t: ComplaintTally, ratings: number, dissatisfiedRatings: number): Rates766 {
  const feedback = ratings + t.complaints;
  return {
    ...t,
    onTimeRate: share(t.onTime, t.onTime + t.late),
    ratings,
    dissatisfiedRatings,
    feedbackOkRate: share(feedback - dissatisfiedRatings - t.late, feedback),
  };
}

export function rates766(complaints: StoredComplaint[], ratings: number, dissatisfiedRatings: number, now: number): Rates766 {
  return rates766FromTally(tallyComplaints(complaints, now), ratings, dissatisfiedRatings);
}

export function complaintCounts(complaints: StoredComplaint[], now: number) {
  return {
    received: complaints.length,
    resolved: complaints.filter((c) => c.status === 'resolved').length,
    open: complaints.filter((c) => c.status !== 'resolved').length,
    overdue: complaints.filter((c) => c.status !== 'resolved' && now > c.dueAt).length,
  };
}
