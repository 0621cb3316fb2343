/**
 * Estimated wait in whole minutes: people ahead × recent mean service time, shared by the
 * counters open for the service (at least one, so a closed hall still gives an estimate).
 */
export function estimateWaitMinutes(ahead: number, avgServiceSeconds: number, openCounters: number): number {
  if (ahead <= 0) return 0;
  return Math.ceil((ahead * avgServiceSeconds) / Math.max(1, openCounters) / 60);
}

/** The recent mean from Redis when there is one, else the configured typical time. */
export function serviceSeconds(recentSeconds: number | null | undefined, configuredMinutes: number): number {
  return recentSeconds !== null && recentSeconds !== undefined && recentSeconds > 0 ? recentSeconds : configuredMinutes * 60;
}
