/**
 * The province views (issue 13): every office of a supervisor's scope live, and ranked over a
 * period. Shared by the server, the live wall page and the API description.
 */
import { z } from 'zod';
import { OfficeGroup } from './common.js';

/** What needs a supervisor's attention in one office now. */
export const SupervisionAlertKind = z.enum(['long_wait', 'counter_paused', 'screen_offline', 'complaint_overdue']);
export type SupervisionAlertKind = z.infer<typeof SupervisionAlertKind>;

export interface SupervisionAlert {
  kind: SupervisionAlertKind;
  /** how many: lines (services) whose longest wait is past its target, counters paused too long, screens offline, complaints overdue */
  count: number;
}

/** A counter paused this long is an alert on the wall. */
export const PAUSE_ALERT_MINUTES = 15;

/** One office on the live wall. */
export interface LiveOfficeRow {
  id: string;
  name: string;
  /** the office's short name ("UBND phường Đông Ngạc"), which the wall shows; null where it has none */
  shortName: string | null;
  group: string | null;
  /** the office's day (its time zone) */
  date: string;
  waiting: number;
  /** seconds the longest-waiting citizen had waited at `at` */
  longestWaitSeconds: number;
  /** when the longest-waiting citizen took the number (null: nobody waits), so a page counts on */
  waitingSince: number | null;
  /** the wait target (minutes) of the line the longest-waiting citizen is in: the wait shown is measured against it */
  targetWaitMinutes: number | null;
  countersOpen: number;
  countersPaused: number;
  countersClosed: number;
  issuedToday: number;
  servedToday: number;
  /** today's satisfaction index so far (satisfied and very satisfied among ratings), null without ratings */
  satisfactionToday: number | null;
  ratingsToday: number;
  overdueComplaints: number;
  screensOffline: number;
  alerts: SupervisionAlert[];
  /** when these figures were read */
  at: number;
}

export interface SupervisionLive {
  offices: LiveOfficeRow[];
  serverTime: number;
}

/** `supervision.changed`: the rows that changed since the last delta (whole rows, at most one delta a second). */
export interface SupervisionChanged {
  offices: LiveOfficeRow[];
  serverTime: number;
}

export const LiveWallQuery = z.strictObject({ group: OfficeGroup.optional() });

/** `join { role: 'supervisor' }`: a group narrows the wall to one group of the scope. */
export const SupervisorJoinBody = z.strictObject({ role: z.literal('supervisor'), group: OfficeGroup.optional() });
export type SupervisorJoinBody = z.infer<typeof SupervisorJoinBody>;

// The ranking's queries and figures: shared/schemas/ranking.ts.
