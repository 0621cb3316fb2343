/**
 * The duration histograms the ticket scripts keep (scripts/includes/histogram.lua `bucket`): one-minute buckets below an
 * hour (index = minute), five-minute buckets from one to three hours (60 + (minute − 60) / 5), and
 * one open bucket for three hours or more (84). Percentiles are read from these counts, so a report
 * never touches individual tickets.
 *
 * Error: the reported percentile lies in the same bucket as the true one (nearest-rank definition
 * over the recorded whole seconds), so it is off by less than the bucket's width: under 60 seconds
 * for waits below an hour, under 5 minutes between one and three hours. In the open bucket the
 * value is its lower bound (3 hours) and flagged as overflow. See docs/reports.md.
 */
export const BUCKETS = 85;
export const OVERFLOW_BUCKET = 84;

/** Mirror of histogram.lua `bucket(seconds)`. */
export function bucketOf(seconds: number): number {
  const m = Math.floor(Math.max(0, seconds) / 60);
  if (m < 60) return m;
  if (m < 180) return 60 + Math.floor((m - 60) / 5);
  return OVERFLOW_BUCKET;
}

/** The seconds a bucket covers: [lo, hi); hi is Infinity for the open bucket. */
export function bucketBounds(b: number): { lo: number; hi: number } {
  if (b < 60) return { lo: b * 60, hi: (b + 1) * 60 };
  if (b < OVERFLOW_BUCKET) {
    const m = 60 + (b - 60) * 5;
    return { lo: m * 60, hi: (m + 5) * 60 };
  }
  return { lo: 180 * 60, hi: Infinity };
}

export interface Percentile {
  value: number;
  bucket: number;
  overflow: boolean;
}

/**
 * The p-quantile (0 < p ≤ 1) by nearest rank: the value of rank ⌈p·n⌉ in sorted order. Its bucket
 * is exact; inside the bucket the rank is placed by linear interpolation (values spread evenly).
 */
export function percentile(hist: ArrayLike<number>, p: number): Percentile | null {
  let n = 0;
  for (let i = 0; i < BUCKETS; i++) n += hist[i] ?? 0;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let before = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = hist[b] ?? 0;
    if (c > 0 && before + c >= rank) {
      const { lo, hi } = bucketBounds(b);
      if (hi === Infinity) return { value: lo, bucket: b, overflow: true };
      const v = lo + ((hi - lo) * (rank - before - 0.5)) / c;
      return { value: Math.min(hi - 1, Math.max(lo, Math.round(v))), bucket: b, overflow: false };
    }
    before += c;
  }
  return null;
}
