/**
 * The delivery log of an office's notifications: one entry per message when its fate is known
 * (sent, failed after its last attempt, or gone), newest first, capped. It answers "did the
 * citizen get the reminder?" without holding what was sent: no text, no code, no full number.
 */
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import type { NotificationChannelName, NotificationKind } from './message-kinds.js';

/** entries kept per office: a busy office sends a few hundred a day */
export const DELIVERY_LOG_LENGTH = 5000;

export type DeliveryStatus = 'sent' | 'failed' | 'gone';

export interface DeliveryEntry {
  /** the notification's id (its job id) */
  id: string;
  kind: NotificationKind;
  channel: NotificationChannelName;
  /** masked: "*******678" or the push service's host */
  to: string;
  status: DeliveryStatus;
  /** tries it took, the last included */
  attempts: number;
  /** ms */
  at: number;
  /** why it failed, without the receiver's answer (which may repeat the number) */
  error?: string;
}

export async function recordDelivery(ctx: Context, office: string, entry: DeliveryEntry): Promise<void> {
  const key = keys.notificationLog(office);
  await ctx.redis
    .multi()
    .lpush(key, JSON.stringify(entry))
    .ltrim(key, 0, DELIVERY_LOG_LENGTH - 1)
    .exec();
}

/** The newest entries first. */
export async function readDeliveryLog(ctx: Context, office: string, limit = 100): Promise<DeliveryEntry[]> {
  const raw = await ctx.redis.lrange(keys.notificationLog(office), 0, Math.max(0, limit - 1));
  return raw.map((r) => JSON.parse(r) as DeliveryEntry);
}
