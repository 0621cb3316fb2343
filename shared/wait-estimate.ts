/**
 * The one wait estimate of the system: the kiosk's home screen, the ticket it issues, the phone
 * following it and the printed slip all call `estimateWait` with the same inputs, so a citizen is
 * never promised two different waits for the same queue.
 */

export interface WaitInputs {
  /** people a ticket waits behind: for a new normal ticket, everyone waiting in its service */
  ahead: number;
  /** the recent mean service time of the service (svc-stats), absent or ≤ 0 when none yet */
  recentServiceSeconds: number | null | undefined;
  /** the service's configured typical time (`avgServiceMinutes`) */
  configuredMinutes: number;
  /** counters open (not paused) for the service */
  openCounters: number;
}

/** Whole minutes: people ahead × service time, shared by the open counters (at least one). */
export function estimateWait(i: WaitInputs): number {
  return estimateWaitMinutes(i.ahead, serviceSeconds(i.recentServiceSeconds, i.configuredMinutes), i.openCounters);
}

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
  if (recentSeconds === null || recentSeconds === undefined || !(recentSeconds > 0)) return configured;
  return Math.min(Math.max(recentSeconds, configured / 4), configured * 4);
}

/** A service's recent mean as svc-stats stores it (a string of seconds, or nothing). */
export function storedServiceSeconds(raw: string | null | undefined): number | null {
  return raw ? Number(raw) : null;
}
