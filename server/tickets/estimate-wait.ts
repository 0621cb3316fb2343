/**
 * Estimated wait in whole minutes: people ahead × recent mean service time, shared by the
 * counters open for the service (at least one, so a closed hall still gives an estimate).
 */
export function estimateWaitMinutes(ahead: number, avgServiceSeconds: number, openCounters: number): number {
  if (ahead <= 0) return 0;
  return Math.ceil((ahead * avgServiceSeconds) / Math.max(1, openCounters) / 60);
}

/**
 * The recent mean from Redis when there is one, else the configured typical time. The recent mean
 * is kept within a quarter and four times the configured time, so a run of instant completions
 * (an officer clicking through) cannot promise "no wait" to a hall of people.
 */
export function serviceSeconds(recentSeconds: number | null | undefined, configuredMinutes: number): number {
  const configured = configuredMinutes * 60;
  if (recentSeconds === null || recentSeconds === undefined || recentSeconds <= 0) return configured;
  return Math.min(Math.max(recentSeconds, configured / 4), configured * 4);
}
