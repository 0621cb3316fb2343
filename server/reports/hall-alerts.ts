/**
 * The office's own alerts about its hall, as the province's live wall counts them
 * (server/supervision/live-row.ts): a counter paused too long, a board, kiosk or counter screen
 * no longer heard from (a rating tablet is not a hall screen; one never yet opened is not in service).
 */
import { isLost } from '../../shared/device-connection.js';
import { PAUSE_ALERT_MINUTES } from '../../shared/schemas/supervision.js';
import type { DeviceView } from '../../shared/schemas/device.js';
import type { LiveAlert } from '../../shared/schemas/live-report.js';
import type { readCounters } from '../tickets/counter-state.js';

type CounterRead = Awaited<ReturnType<typeof readCounters>>[number];

export function hallAlerts(counters: CounterRead[], devices: DeviceView[], now: number): LiveAlert[] {
  const alerts: LiveAlert[] = [];
  for (const { state, view } of counters) {
    const pausedAt = state?.pausedAt;
    if (view.status !== 'paused' || pausedAt === undefined || now - pausedAt <= PAUSE_ALERT_MINUTES * 60_000) continue;
    const seconds = Math.floor((now - pausedAt) / 1000);
    alerts.push({ kind: 'counter_paused', ref: view.id, seconds, values: { counter: view.name, minutes: Math.floor(seconds / 60) } });
  }
  for (const d of devices)
    if (isLost(d.connection) && d.kind !== 'tablet') alerts.push({ kind: 'screen_offline', ref: d.id, values: { device: d.name, connection: d.connection } });
  return alerts;
}
