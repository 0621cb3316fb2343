/**
 * The demo driver (and the default without NOTIFY_WEBHOOK_URL or VAPID keys): writes one log line
 * per message. Only the kind, the channel and a masked recipient: the text can hold a one-time
 * code, and a log is read by more people than the citizen.
 */
import type { Logger } from 'pino';
import type { NotificationChannel } from '../channel.js';
import { maskRecipient } from '../recipient-mask.js';

export function logDriver(log: Logger): NotificationChannel {
  return {
    async send(message, delivery) {
      log.info(
        { notification: delivery.id, kind: message.kind, channel: message.channel, to: maskRecipient(message.to) },
        'notification (log driver, not sent)',
      );
    },
  };
}
