/**
 * How webhooks are delivered: the deployment's allowed networks (WEBHOOK_NETWORKS) and the retry
 * policy. The defaults try 10 times over about a day (3 min, doubling: 3, 6, 12 … 768 min); tests
 * set milliseconds.
 */
import type { Context } from '../context.js';

export interface WebhookSettings {
  /** address ranges (CIDR) the deployment administrator allows receivers in, private ones included (WEBHOOK_NETWORKS) */
  networks: readonly string[];
  /** tries before a delivery becomes a dead letter */
  attempts: number;
  /** the first retry after this many ms, doubling each time */
  backoffMs: number;
  /** a receiver that has not answered (status line and headers) within this many ms has failed this try */
  timeoutMs: number;
  /** the sweep that re-queues a delivery whose job was lost (a crash between two writes) runs this often */
  sweepEveryMs: number;
  /** a delivery whose endpoint is turned off, or that waits behind an earlier one of its ticket, looks again after this many ms */
  recheckMs: number;
}

export const WEBHOOK_DEFAULTS: WebhookSettings = {
  networks: [],
  attempts: 10,
  backoffMs: 3 * 60_000,
  timeoutMs: 10_000,
  sweepEveryMs: 60_000,
  recheckMs: 60_000,
};

export const webhookSettings = (ctx: Context): WebhookSettings => ({ ...WEBHOOK_DEFAULTS, ...ctx.webhooks });
