/**
 * Whether a paired device is heard from. One definition for the office's device list and the
 * province's live wall, computed on the server's clock, so both say the same of the same screen.
 */
import type { DeviceConnection } from './schemas/device.js';

/** A paired screen sends a heartbeat every 15 s: three missed and it counts as lost. */
export const DEVICE_SILENT_SECONDS = 45;

/** `seen`: the device's last join or heartbeat and whether its socket was open then (none: it never connected). */
export function deviceConnection(seen: { lastSeen: number; connected: boolean } | undefined, now: number): DeviceConnection {
  if (!seen) return 'never';
  if (!seen.connected) return 'disconnected';
  return now - seen.lastSeen > DEVICE_SILENT_SECONDS * 1000 ? 'silent' : 'connected';
}

/** A screen that was heard from and is no longer: an alert. One paired but never yet opened is not in service yet (the device list says "never"). */
export const isLost = (connection: DeviceConnection | undefined): connection is 'disconnected' | 'silent' =>
  connection === 'disconnected' || connection === 'silent';
