/**
 * The one interface every way of reaching a citizen implements (log, webhook, Web Push). The
 * job processor composes the text and picks the driver by channel; a driver only delivers.
 */
import type { NotificationData, NotificationKind, PushSubscription } from './message-kinds.js';

/** A message ready to leave: the webhook contract's five fields (docs/api.md, "Notifications"). */
export type OutgoingMessage = {
  [K in NotificationKind]:
    | { channel: 'sms'; to: string; kind: K; text: string; data: NotificationData[K] }
    | { channel: 'push'; to: PushSubscription; kind: K; text: string; data: NotificationData[K] };
}[NotificationKind];

export interface Delivery {
  /** the notification's job id: the same on every retry, so a receiver can drop a repeat */
  id: string;
  lang: 'vi' | 'en';
}

export interface NotificationChannel {
  /** Resolves once the receiver accepted the message; throws to have the job retried. */
  send(message: OutgoingMessage, delivery: Delivery): Promise<void>;
}

/** Thrown by a driver when the recipient no longer exists (a push subscription the browser dropped): never retried. */
export class RecipientGone extends Error {
  constructor(readonly status: number) {
    super(`recipient gone (${status})`);
    this.name = 'RecipientGone';
  }
}
