/**
 * The demo driver (and the default without NOTIFY_WEBHOOK_URL or VAPID keys): writes one log line
 * per message. Only the kind, the channel and a masked recipient: the text can hold a one-time
 * code, and a log is read by more people than the citizen. With `withText` (NOTIFY_LOG_TEXT, the
 * demo only) the text too, so the booking page can be tried without an SMS gateway.
 */
import type { Logger } from 'pino';
import type { NotificationChannel } from '../channel.js';
import { maskRecipient } from '../recipient-mask.js';

export function logDriver(log: Logger, withText = false): NotificationChannel {
  return {
    async send(message, delivery) {
      log.info(
        { notification: delivery.id, kind: message.kind, channel: message.channel, to: maskRecipient(message.to), ...(withText ? { text: message.text } : {}) },
        withText ? 'notification (log driver, NOTIFY_LOG_TEXT: demo only, not sent)' : 'notification (log driver, not sent)',
      );
    },
  };
}
