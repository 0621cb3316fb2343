/** The live report: today's queue of one office as it stands now, with its alerts. */

export interface LiveService {
  id: string;
  name: string;
  prefix: string;
  waiting: number;
  /** seconds the longest-waiting citizen has waited now */
  longestWaitSeconds: number;
  targetWaitMinutes: number;
  overTarget: number;
}

export interface LiveCounter {
  id: string;
  number: number;
  name: string;
  status: 'closed' | 'open' | 'paused';
  officer?: string;
  officerName?: string;
  ticket?: { number: string; status: string; serviceId: string; sinceSeconds: number };
  served: number;
}

/**
 * The alerts the province's live wall counts, one per line, complaint, counter or screen. `values`:
 * for `long_wait` the service's name, how many wait over its target and the longest wait in minutes;
 * for `counter_paused` the counter's name and minutes paused; for `screen_offline` the device's name
 * and its connection (shared/device-connection.ts).
 */
export interface LiveAlert {
  kind: 'long_wait' | 'complaint_overdue' | 'counter_paused' | 'screen_offline';
  values: Record<string, string | number>;
  ref: string;
  seconds?: number;
}

export interface LiveReport {
  office: string;
  officeName: string;
  date: string;
  now: number;
  services: LiveService[];
  counters: LiveCounter[];
  waiting: number;
  longestWaitSeconds: number;
  issued: number;
  served: number;
  noShow: number;
  averageWaitSeconds: number | null;
  withinTargetShare: number | null;
  ratings: number;
  satisfactionIndex: number | null;
  openComplaints: number;
  overdueComplaints: number;
  alerts: LiveAlert[];
}
