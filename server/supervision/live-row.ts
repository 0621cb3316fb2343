/** One office's line on the live wall, computed from its vitals at an instant (no Redis). */
import { deviceConnection, isLost } from '../../shared/device-connection.js';
import { PAUSE_ALERT_MINUTES, type LiveOfficeRow, type SupervisionAlert } from '../../shared/schemas/supervision.js';
import { ratingFigures } from '../reports/satisfaction.js';
import type { OfficeVitals } from './office-vitals.js';

export function liveRow(v: OfficeVitals, now: number): LiveOfficeRow {
  const waitingLines = v.lines.filter((l) => l.oldest !== null);
  // the line whose citizen has waited longest, with its own target (of two as old, the stricter)
  const longest = waitingLines.reduce<(typeof waitingLines)[number] | undefined>(
    (a, l) => (!a || l.oldest! < a.oldest! || (l.oldest === a.oldest && l.targetWaitMinutes < a.targetWaitMinutes) ? l : a),
    undefined,
  );
  const waitingSince = longest ? longest.oldest! : null;
  const overTarget = waitingLines.filter((l) => now - l.oldest! > l.targetWaitMinutes * 60_000).length;
  const pausedLong = v.counters.filter((c) => c.status === 'paused' && c.pausedAt !== undefined && now - c.pausedAt > PAUSE_ALERT_MINUTES * 60_000).length;
  // as the office's own device list shows them (a tablet is not a hall screen)
  const offline = v.screens.filter((s) => isLost(deviceConnection(s.seen, now))).length;
  const overdue = v.complaintDues.filter((due) => now > due).length;
  const alerts: SupervisionAlert[] = [];
  // a line counts once however many wait over its target: the office's own live report lists them
  if (overTarget) alerts.push({ kind: 'long_wait', count: overTarget });
  if (pausedLong) alerts.push({ kind: 'counter_paused', count: pausedLong });
  if (offline) alerts.push({ kind: 'screen_offline', count: offline });
  if (overdue) alerts.push({ kind: 'complaint_overdue', count: overdue });
  const ratings = ratingFigures(v.today, v.config.rating.neutralCountsAs);
  const states = v.counters.map((c) => c.status);
  const open = states.filter((s) => s === 'open').length;
  const paused = states.filter((s) => s === 'paused').length;
  return {
    id: v.office.id,
    name: v.office.name,
    shortName: v.config.shortName ?? null,
    group: v.office.group ?? null,
    date: v.date,
    waiting: v.lines.reduce((a, l) => a + l.waiting, 0),
    longestWaitSeconds: waitingSince === null ? 0 : Math.max(0, Math.floor((now - waitingSince) / 1000)),
    waitingSince,
    targetWaitMinutes: longest ? longest.targetWaitMinutes : null,
    countersOpen: open,
    countersPaused: paused,
    countersClosed: v.config.counters.length - open - paused,
    issuedToday: v.today.get('issued') ?? 0,
    servedToday: v.today.get('served') ?? 0,
    satisfactionToday: ratings.satisfactionIndex,
    ratingsToday: ratings.count,
    overdueComplaints: overdue,
    screensOffline: offline,
    alerts,
    at: now,
  };
}
